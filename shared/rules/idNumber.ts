// Mainland resident ID numbers (GB 11643-1999): 18 characters, birth date in positions 7–14,
// check digit by ISO 7064 MOD 11-2 ('X' stands for 10).

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type IdNumberProblem = 'format' | 'region' | 'birthDate' | 'checkDigit';

export const ID_NUMBER_MESSAGES: Record<IdNumberProblem, string> = {
  format: '身份证号码应为18位，前17位为数字，最后一位为数字或X',
  region: '身份证号码的地区码不正确',
  birthDate: '身份证号码中的出生日期不正确',
  checkDigit: '身份证号码校验位不正确，请核对',
};

/** The check character for the first 17 digits, e.g. `idCheckChar('11010519491231002')` → `'X'`. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Normalises user input: trims, removes inner spaces, upper-cases a trailing x. */
export function normalizeIdNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/**
 * Checks an 18-character ID number; returns null when valid, else what is wrong.
 * `checkIdNumber('11010519491231002X')` → null; `checkIdNumber('110105194912310021')` → 'checkDigit'.
 */
export function checkIdNumber(id: string, today: Date = new Date()): IdNumberProblem | null {
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  const province = Number(id.slice(0, 2));
  if (province < 11 || province > 82) return 'region';
  const birth = id.slice(6, 14);
  if (!isValidBirthDate(birth, today)) return 'birthDate';
  if (idCheckChar(id.slice(0, 17)) !== id[17]) return 'checkDigit';
  return null;
}

function isValidBirthDate(yyyymmdd: string, today: Date): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return date.getTime() <= today.getTime();
}

/** Birth date (YYYY-MM-DD) and sex encoded in a valid ID number. */
export function idNumberFacts(id: string): { birthDate: string; sex: 'male' | 'female' } {
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
  };
}

/** Masks an ID number for lists: `110***********1234`. */
export function maskIdNumber(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length);
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`;
}
