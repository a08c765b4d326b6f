// Field schemas used across the domain, each with the Chinese message a clerk sees.
import { z } from '../zod.ts';
import { isCalendarDate } from '../rules/dates.ts';
import { ID_NUMBER_MESSAGES, checkIdNumber, normalizeIdNumber } from '../rules/idNumber.ts';
import { PHONE_MESSAGE, isValidPhone, normalizePhone } from '../rules/phone.ts';
import { ID_PATTERN } from '../rules/ids.ts';

export const recordId = z.string().regex(ID_PATTERN, '记录编号格式不正确');

export const calendarDate = z.string().refine(isCalendarDate, '日期格式应为 YYYY-MM-DD，且为有效日期');

/** Trimmed text with a length limit counted in characters (an extension-B character counts as one). */
export function text(label: string, max: number, min = 0) {
  return z
    .string({ error: `请填写${label}` })
    .transform((s) => s.trim())
    .refine((s) => [...s].length >= min, min <= 1 ? `请填写${label}` : `${label}至少${min}个字`)
    .refine((s) => [...s].length <= max, `${label}不能超过${max}个字`);
}

/** Optional text: empty input becomes null. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .nullish()
    .transform((s) => (s == null || s.trim() === '' ? null : s.trim()))
    .refine((s) => s === null || [...s].length <= max, `${label}不能超过${max}个字`);
}

export const personName = z
  .string({ error: '请填写姓名' })
  .transform((s) => s.trim().replace(/\s+/g, ' '))
  .refine((s) => s.length > 0, '请填写姓名')
  .refine((s) => [...s].length <= 30, '姓名不能超过30个字')
  .refine((s) => /^[\p{Script=Han}\p{L}·•. -]+$/u.test(s), '姓名只能包含汉字、字母和间隔号“·”');

export const idNumber = z
  .string()
  .nullish()
  .transform((s) => (s == null || s.trim() === '' ? null : normalizeIdNumber(s)))
  .superRefine((s, ctx) => {
    if (s === null) return;
    const problem = checkIdNumber(s);
    if (problem) ctx.addIssue({ code: 'custom', message: ID_NUMBER_MESSAGES[problem] });
  });

export const phone = z
  .string()
  .nullish()
  .transform((s) => (s == null || s.trim() === '' ? null : normalizePhone(s)))
  .refine((s) => s === null || isValidPhone(s), PHONE_MESSAGE);

export const areaCode = z.string().regex(/^\d{12}$/, '统计用区划代码应为12位数字');
