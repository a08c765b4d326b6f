// Valid sample identifiers: 18-digit resident ID numbers (GB 11643) and mainland mobile and fixed-line numbers.
import { idCheckChar } from '../../shared/rules/idNumber.ts';
import type { Sex } from './names.ts';
import type { Random } from './random.ts';

/**
 * A valid ID number for someone registered in `areaCode6`, born on `birthDate` ('YYYY-MM-DD'):
 * digits 15–17 are the sequence code, the 17th odd for men and even for women; the 18th is the
 * ISO 7064 MOD 11-2 check character. `idNumberFor(random, '320102', '1975-04-09', 'female')` → '320102197504090426'-like.
 */
export function idNumberFor(random: Random, areaCode6: string, birthDate: string, sex: Sex): string {
  const order = random.int(0, 4) * 2 + (sex === 'male' ? 1 : 0);
  const first17 = `${areaCode6}${birthDate.slice(0, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${pad(random.int(0, 99), 2)}${order}`;
  return first17 + idCheckChar(first17);
}

/** Mobile prefixes in service with the three carriers (and 17x virtual operators). */
const MOBILE_PREFIXES: readonly (readonly [string, number])[] = [
  ['130', 4],
  ['131', 4],
  ['132', 3],
  ['133', 3],
  ['134', 3],
  ['135', 6],
  ['136', 5],
  ['137', 5],
  ['138', 7],
  ['139', 7],
  ['147', 1],
  ['150', 4],
  ['151', 5],
  ['152', 4],
  ['153', 2],
  ['155', 3],
  ['156', 3],
  ['157', 2],
  ['158', 5],
  ['159', 5],
  ['166', 1],
  ['173', 1],
  ['176', 1],
  ['177', 1],
  ['178', 1],
  ['180', 3],
  ['181', 3],
  ['182', 3],
  ['183', 3],
  ['185', 3],
  ['186', 3],
  ['187', 4],
  ['188', 3],
  ['189', 4],
  ['191', 1],
  ['195', 1],
  ['198', 2],
  ['199', 2],
];

/** An 11-digit mobile number, 1[3-9]x xxxx xxxx: `mobileNumber(random)` → e.g. '13851234567'. */
export function mobileNumber(random: Random): string {
  return random.weighted(MOBILE_PREFIXES) + pad(random.int(0, 99_999_999), 8);
}

/** A fixed line with its trunk prefix, Nanjing style by default: `fixedLineNumber(random)` → e.g. '025-84561234'. */
export function fixedLineNumber(random: Random, dialCode = '025'): string {
  const first = dialCode === '025' ? 8 : random.pick([5, 6, 8]);
  return `${dialCode}-${first}${pad(random.int(0, 9_999_999), 7)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
