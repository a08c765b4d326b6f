// Signed-in sessions, in memory only: a restart signs everyone out. A session unused for longer than the idle
// time is locked (the same user's password opens it again, and the screen behind it is kept).
import crypto from 'node:crypto';

interface Entry {
  userId: string;
  lastSeen: number;
  locked: boolean;
}

export interface SessionState {
  userId: string;
  locked: boolean;
}

export class SessionStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private idleMs: number) {}

  setIdleMinutes(minutes: number): void {
    this.idleMs = minutes * 60_000;
  }

  create(userId: string, now = Date.now()): string {
    const token = crypto.randomBytes(32).toString('base64url');
    this.entries.set(token, { userId, lastSeen: now, locked: false });
    return token;
  }

  /** The session's user and whether it is locked (idle too long locks it from then on); null when unknown. */
  peek(token: string | null | undefined, now = Date.now()): SessionState | null {
    const entry = token ? this.entries.get(token) : undefined;
    if (!entry) return null;
    if (!entry.locked && now - entry.lastSeen > this.idleMs) entry.locked = true;
    return { userId: entry.userId, locked: entry.locked };
  }

  /** Marks the session as in use (called for each call the user makes). */
  touch(token: string, now = Date.now()): void {
    const entry = this.entries.get(token);
    if (entry && !entry.locked) entry.lastSeen = now;
  }

  lock(token: string): void {
    const entry = this.entries.get(token);
    if (entry) entry.locked = true;
  }

  unlock(token: string, now = Date.now()): void {
    const entry = this.entries.get(token);
    if (entry) {
      entry.locked = false;
      entry.lastSeen = now;
    }
  }

  end(token: string): void {
    this.entries.delete(token);
  }

  /** Signs a user out everywhere (deactivated, password reset by an administrator). */
  endAllOf(userId: string, except?: string): void {
    for (const [token, entry] of this.entries) if (entry.userId === userId && token !== except) this.entries.delete(token);
  }
}
