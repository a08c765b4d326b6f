// Password hashing with scrypt (node:crypto): a random salt per password, parameters stored with the hash so
// they can be raised later without invalidating old passwords. Verification is constant-time.
import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

/** N = 2^15, r = 8: 32 MiB and about a tenth of a second per sign-in on an office PC. */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;
const maxmem = (N: number, r: number) => 128 * N * r * 2;
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 4;

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
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
  // A stored hash may not ask for parameters that would make a sign-in take minutes (a tampered row).
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
