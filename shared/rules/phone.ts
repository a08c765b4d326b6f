// Phone numbers as clerks write them: mainland mobiles (1[3-9]x, 11 digits) and fixed lines with area code.

const MOBILE = /^1[3-9]\d{9}$/;
const FIXED = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

export const PHONE_MESSAGE = '电话号码格式不正确：手机号为11位（如13812345678），固定电话请带区号（如025-84561234）';

/** Removes spaces and a leading +86 / 0086. */
export function normalizePhone(raw: string): string {
  return raw.replace(/[\s()（）]/g, '').replace(/^(\+86|0086)-?/, '');
}

/** `isValidPhone('13812345678')` → true; `isValidPhone('025-84561234')` → true; `isValidPhone('12345')` → false. */
export function isValidPhone(phone: string): boolean {
  return MOBILE.test(phone) || FIXED.test(phone);
}

/** Masks a phone for lists: `138****5678`. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return phone.replace(/\d(?=\d{2})/g, '*');
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}
