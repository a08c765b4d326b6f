// Sign-in sessions of the hub's page, in memory (a restart signs everyone out): a random 32-byte token in the
// cookie, kept here only as its SHA-256; ended after an idle time and, in any case, after an absolute one.
import crypto from 'node:crypto';

export const DEFAULT_IDLE_MS = 15 * 60_000;
export const DEFAULT_MAX_AGE_MS = 12 * 60 * 60_000;
/** More sessions than a district's staff will ever have: beyond it the least recently used ones are ended. */
const MAX_SESSIONS = 1000;

export interface WebSession {
  staffId: string;
  /** The form token of this session (hidden field `_csrf` of every POST form). */
  csrf: string;
  createdAt: number;
  lastSeenAt: number;
  /** passwordFingerprint at sign-in: a reset elsewhere (another process, the command line) ends the session. */
  fingerprint: string;
  /** A message for the next page shown, once. */
  flash?: { kind: 'ok' | 'error'; text: string } | undefined;
}

const digest = (token: string) => crypto.createHash('sha256').update(token, 'utf8').digest('hex');
const randomToken = () => crypto.randomBytes(32).toString('base64url');

/** True when two strings are equal, in time that depends only on their length. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && x.length > 0 && crypto.timingSafeEqual(x, y);
}

export class SessionStore {
  readonly #sessions = new Map<string, WebSession>();
  readonly #idleMs: number;
  readonly #maxAgeMs: number;

  constructor(idleMs = DEFAULT_IDLE_MS, maxAgeMs = DEFAULT_MAX_AGE_MS) {
    this.#idleMs = idleMs;
    this.#maxAgeMs = maxAgeMs;
  }

  /** A new session; returns the token for the cookie (never stored). */
  create(staffId: string, fingerprint: string, now: number): { token: string; session: WebSession } {
    this.#sweep(now);
    const token = randomToken();
    const session: WebSession = { staffId, csrf: randomToken(), createdAt: now, lastSeenAt: now, fingerprint };
    this.#sessions.set(digest(token), session);
    while (this.#sessions.size > MAX_SESSIONS) {
      const oldest = this.#sessions.keys().next().value;
      if (oldest === undefined) break;
      this.#sessions.delete(oldest);
    }
    return { token, session };
  }

  /** The live session of a token, marked as used now; 'expired' when it ran out (it is then removed); null when unknown. */
  use(token: string, now: number): WebSession | 'expired' | null {
    const key = digest(token);
    const session = this.#sessions.get(key);
    if (!session) return null;
    if (now - session.lastSeenAt > this.#idleMs || now - session.createdAt > this.#maxAgeMs) {
      this.#sessions.delete(key);
      return 'expired';
    }
    session.lastSeenAt = now;
    // Map order is insertion order: re-inserting keeps the least recently used first, for the eviction above.
    this.#sessions.delete(key);
    this.#sessions.set(key, session);
    return session;
  }

  end(token: string): void {
    this.#sessions.delete(digest(token));
  }

  /** Ends every session of a staff member (deactivated, password reset), but `keep` (a token) if given. */
  endAllOf(staffId: string, keep?: string): void {
    const kept = keep === undefined ? null : digest(keep);
    for (const [key, session] of this.#sessions) if (session.staffId === staffId && key !== kept) this.#sessions.delete(key);
  }

  #sweep(now: number): void {
    for (const [key, s] of this.#sessions)
      if (now - s.lastSeenAt > this.#idleMs || now - s.createdAt > this.#maxAgeMs) this.#sessions.delete(key);
  }
}
