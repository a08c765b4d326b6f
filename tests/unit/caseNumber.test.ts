import { describe, expect, it } from 'vitest';
import { ABBREVIATION_PATTERN, formatCaseNumber, parseCaseNumber } from '../../shared/rules/caseNumber.ts';

describe('case numbers', () => {
  it('uses hexagonal brackets around the year', () => {
    expect(formatCaseNumber(2026, '玄武', 17)).toBe('〔2026〕玄武调字第17号');
  });
  it('parses what it formats', () => {
    expect(parseCaseNumber('〔2026〕梅园调字第3号')).toEqual({ year: 2026, abbreviation: '梅园', serial: 3 });
    expect(parseCaseNumber('(2026)梅园调字第3号')).toBeNull();
  });
  it('accepts abbreviations of Han characters, letters and digits only', () => {
    expect(ABBREVIATION_PATTERN.test('梅园')).toBe(true);
    expect(ABBREVIATION_PATTERN.test('𠮷安')).toBe(true);
    expect(ABBREVIATION_PATTERN.test('梅 园')).toBe(false);
    expect(ABBREVIATION_PATTERN.test('梅园〔')).toBe(false);
    expect(ABBREVIATION_PATTERN.test('')).toBe(false);
  });
});
