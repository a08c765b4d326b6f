// A random password for a new account or a reset, without look-alike characters (0/O, 1/l/I), so that it can
// be read out or written down without mistakes.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** Bytes at or above this would favour the alphabet's first letters: they are drawn again. */
const LIMIT = 256 - (256 % ALPHABET.length);

/** `randomPassword()` → e.g. 'h7Kq2mXa9P' (10 characters, from the browser's cryptographic random source). */
export function randomPassword(length = 10): string {
  let password = '';
  while (password.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) {
      if (byte < LIMIT && password.length < length) password += ALPHABET[byte % ALPHABET.length];
    }
  }
  // The contract asks for at least 4 different characters; ten random ones nearly always have them.
  return new Set(password).size >= 4 ? password : randomPassword(length);
}
