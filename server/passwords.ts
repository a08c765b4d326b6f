// The district staff's passwords: scrypt (node:crypto) with a random salt, the parameters stored with the hash as
// `scrypt$N$r$p$salt$key` so they can be raised later without invalidating old passwords; compared in constant
// time. The hub keeps its own copy of the register's scheme: it imports none of the register's services.
import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

/** N = 2^15, r = 8: 32 MiB and about a tenth of a second per sign-in. */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** The largest parameters a stored hash may ask for, so a tampered row cannot make a sign-in take minutes. */
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 4;
const maxmem = (N: number, r: number) => 128 * N * r * 2;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Example: `await hashPassword('correct horse')` → `'scrypt$32768$8$1$…$…'`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(SALT_BYTES);
  const key = await scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...PARAMS, maxmem: maxmem(PARAMS.N, PARAMS.r) });
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when `password` gives `stored`; false for a wrong password or a hash it cannot read. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key, extra] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key || extra !== undefined) return false;
  const N = Number(n);
  const R = Number(r);
  const P = Number(p);
  if (![N, R, P].every((v) => Number.isInteger(v) && v > 0) || N > MAX_N || R > MAX_R || P > MAX_P) return false;
  const expected = Buffer.from(key, 'base64');
  if (expected.length < 16) return false;
  let actual: Buffer;
  try {
    actual = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, { N, r: R, p: P, maxmem: maxmem(N, R) });
  } catch {
    return false;
  }
  return crypto.timingSafeEqual(actual, expected);
}

/** A temporary password a person can read out and type: 12 characters without look-alikes (0/O, 1/l/I). */
export function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 12 }, () => alphabet[crypto.randomInt(alphabet.length)]).join('');
}

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
