// The answer to every API call, as it crosses IPC or HTTP: a value, or a typed error with a Chinese message.
import type { ErrorPayload } from '../errors.ts';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

/** The single IPC channel of the desktop shell. */
export const IPC_CHANNEL = 'fengqiao:call';

/** The HTTP header carrying browser mode's per-run token. */
export const TOKEN_HEADER = 'x-fengqiao-token';
/** The signed-in user's session token, on each HTTP call of browser mode (IPC passes it as an argument). */
export const SESSION_HEADER = 'x-fengqiao-session';
