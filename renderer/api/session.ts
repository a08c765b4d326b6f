// The signed-in user's session token, which every call carries, and the notice that the register no longer
// accepts it (signed out, or locked for idleness) — heard by the sign-in gate wherever the call was made.
// Desktop: kept in memory only. Browser mode: also in sessionStorage, so that a reload of the tab stays signed in.
import type { Transport } from '../../shared/api/client.ts';
import { ruleOf } from '../../shared/rules/permissions.ts';

export const SESSION_STORAGE_KEY = 'fengqiao.session';

/** What the register said about the session: gone (sign in again) or locked (the same user's password). */
export type SessionProblem = 'UNAUTHENTICATED' | 'SESSION_LOCKED';

let token: string | null = null;
let storage: Storage | null = null;
const listeners = new Set<(problem: SessionProblem) => void>();

/** Browser mode: keeps the token in the tab's storage, and takes the one kept before a reload. */
export function keepSessionIn(tabStorage: Storage): void {
  storage = tabStorage;
  token = tabStorage.getItem(SESSION_STORAGE_KEY);
}

export function currentSession(): string | null {
  return token;
}

/** After signing in (the new token) or out (null). */
export function setSession(next: string | null): void {
  token = next;
  if (!storage) return;
  if (next) storage.setItem(SESSION_STORAGE_KEY, next);
  else storage.removeItem(SESSION_STORAGE_KEY);
}

/** `const stop = onSessionProblem((p) => …)`: called for each answer that says the session is gone or locked. */
export function onSessionProblem(listener: (problem: SessionProblem) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Passes calls on and listens to their answers. A public method (signing in, the status) answering
 * UNAUTHENTICATED says nothing about the session (a wrong password does that), so only the others count.
 */
export function watchSession(transport: Transport): Transport {
  return async (method, input) => {
    const result = await transport(method, input);
    if (result.ok || ruleOf(method) === 'public') return result;
    const { code } = result.error;
    if (code === 'UNAUTHENTICATED' || code === 'SESSION_LOCKED') {
      if (code === 'UNAUTHENTICATED') setSession(null);
      for (const listener of [...listeners]) listener(code);
    }
    return result;
  };
}
