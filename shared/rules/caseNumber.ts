// Case numbers: 〔YYYY〕{committee abbreviation}调字第{N}号, per committee, per year, from 1, never reused.

export const ABBREVIATION_PATTERN = /^[\p{Script=Han}A-Za-z0-9]{1,10}$/u;

/** `formatCaseNumber(2026, '玄武', 17)` → `'〔2026〕玄武调字第17号'`. */
export function formatCaseNumber(year: number, abbreviation: string, serial: number): string {
  return `〔${year}〕${abbreviation}调字第${serial}号`;
}

const PARSE = /^〔(\d{4})〕(.+)调字第(\d+)号$/u;

/** Inverse of formatCaseNumber; null when the text is not a case number. */
export function parseCaseNumber(text: string): { year: number; abbreviation: string; serial: number } | null {
  const m = PARSE.exec(text.trim());
  if (!m) return null;
  return { year: Number(m[1]), abbreviation: m[2]!, serial: Number(m[3]) };
}
