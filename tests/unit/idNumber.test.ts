import { describe, expect, it } from 'vitest';
import { checkIdNumber, idCheckChar, idNumberFacts, maskIdNumber, normalizeIdNumber } from '../../shared/rules/idNumber.ts';

describe('ID numbers (GB 11643)', () => {
  it('computes the ISO 7064 MOD 11-2 check character, X for 10', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(idCheckChar('44052419800101001')).toBe('3');
  });

  it('accepts valid numbers', () => {
    expect(checkIdNumber('11010519491231002X')).toBeNull();
    expect(checkIdNumber('440524198001010013')).toBeNull();
    expect(checkIdNumber('320102198001011234'.slice(0, 17) + idCheckChar('32010219800101123'))).toBeNull();
  });

  it('names what is wrong', () => {
    expect(checkIdNumber('11010519491231002')).toBe('format');
    expect(checkIdNumber('1101051949123100AX')).toBe('format');
    expect(checkIdNumber('11010519491231002x')).toBe('format');
    expect(checkIdNumber('990105194912310021')).toBe('region');
    expect(checkIdNumber('110105194902300021')).toBe('birthDate');
    expect(checkIdNumber('110105188001010021')).toBe('birthDate');
    expect(checkIdNumber('110105299901010021', new Date('2026-11-29'))).toBe('birthDate');
    expect(checkIdNumber('110105194912310021')).toBe('checkDigit');
  });

  it('normalises spaces and a lower-case x', () => {
    expect(normalizeIdNumber(' 110105 19491231 002x ')).toBe('11010519491231002X');
  });

  it('reads birth date and sex', () => {
    expect(idNumberFacts('11010519491231002X')).toEqual({ birthDate: '1949-12-31', sex: 'female' });
    expect(idNumberFacts('440524198001010013')).toEqual({ birthDate: '1980-01-01', sex: 'male' });
  });

  it('masks all but the first three and last four', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
  });
});
