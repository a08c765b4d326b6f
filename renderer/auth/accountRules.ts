// What a login name and a new password must be, in words for the forms, and the check of a password typed twice.
import { MIN_PASSWORD_CHARS, password } from '../../shared/domain/account.ts';
import type { FieldErrors } from '../common/fieldErrors.ts';

/** Shown under the login-name field of a new account (the contract's `username` schema says the same). */
export const USERNAME_RULES = '2–32位字母、数字、点、横线或下划线，以字母或数字开头，如 wangfang';

/** Shown under every new-password field (the contract's `password` schema says the same). */
export const PASSWORD_RULES = `至少${MIN_PASSWORD_CHARS}位，至少使用4个不同的字符；不要用生日、电话号码等容易猜到的密码`;

export const PASSWORDS_DIFFER = '两次输入的密码不一致';

/**
 * The problems of a new password and its repetition, under the two fields' names:
 * `newPasswordErrors('abc', 'abd', 'password', 'again')` → `{ password: '密码至少8位', again: '两次输入的密码不一致' }`.
 */
export function newPasswordErrors(value: string, again: string, field: string, againField: string): FieldErrors {
  const errors: FieldErrors = {};
  const checked = password.safeParse(value);
  if (!checked.success) errors[field] = checked.error.issues.map((i) => i.message).join('；');
  if (again !== value) errors[againField] = PASSWORDS_DIFFER;
  return errors;
}
