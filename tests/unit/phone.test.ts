import { describe, expect, it } from 'vitest';
import { isValidPhone, maskPhone, normalizePhone } from '../../shared/rules/phone.ts';

describe('phone numbers', () => {
  it.each(['13812345678', '19912345678', '025-84561234', '02584561234', '0571-8765432', '010-12345678-802'])('accepts %s', (p) => {
    expect(isValidPhone(p)).toBe(true);
  });
  it.each(['12345678901', '1381234567', '138123456789', '84561234', 'abc', '025-123'])('refuses %s', (p) => {
    expect(isValidPhone(p)).toBe(false);
  });
  it('normalises +86 and spaces', () => {
    expect(normalizePhone('+86 138 1234 5678')).toBe('13812345678');
    expect(normalizePhone('0086-13812345678')).toBe('13812345678');
  });
  it('masks the middle', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
