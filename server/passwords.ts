// The district staff's passwords: scrypt (node:crypto) with a random salt, the parameters stored with the hash as
// `scrypt$N$r$p$salt$key` so they can be raised later without invalidating old passwords; compared in constant
// time — the register's own scheme (services/auth/passwords.ts). The staff's rules (length, temporary passwords) are here.
export { hashPassword, temporaryPassword, verifyPassword } from '../services/auth/passwords.ts';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Why a new password is refused, in Chinese, or null when it is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  const length = [...password.normalize('NFC')].length;
  if (length < PASSWORD_MIN_LENGTH) return `密码至少${PASSWORD_MIN_LENGTH}个字符`;
  if (length > PASSWORD_MAX_LENGTH) return `密码不能超过${PASSWORD_MAX_LENGTH}个字符`;
  if (password.trim() !== password) return '密码首尾不能是空格';
  if (password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含登录名';
  if (new Set(password).size < 4) return '密码过于简单：请用更多不同的字符';
  return null;
}
