// How the renderer reaches the register: the desktop shell's preload bridge, or browser mode's local host
// (POST /api/<method> with the per-run token). Each call carries the signed-in user's session (session.ts).
// Everything else in the UI uses the typed client on top.
import type { Transport } from '../../shared/api/client.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { SESSION_HEADER, TOKEN_HEADER } from '../../shared/api/result.ts';
import type { ErrorPayload } from '../../shared/errors.ts';
import { currentSession, keepSessionIn } from './session.ts';

/** What the desktop shell's preload exposes on `window.fengqiao` (electron/preload.ts). */
export interface DesktopBridge {
  call(method: string, input: unknown, session: string | null): Promise<ApiResult<unknown>>;
  mode: 'desktop';
}

declare global {
  interface Window {
    fengqiao?: DesktopBridge;
  }
}

export type AppMode = 'desktop' | 'browser';

/** A way to the register, or (browser mode opened without its token) none. */
export type Connection = { mode: AppMode; transport: Transport } | { mode: 'browser'; transport: null };

export const TOKEN_STORAGE_KEY = 'fengqiao.token';

const UNREACHABLE: ErrorPayload = { code: 'UNAVAILABLE', message: '无法连接本机服务，请确认枫桥仍在运行' };
const GARBLED: ErrorPayload = { code: 'UNAVAILABLE', message: '本机服务的应答无法识别，请确认枫桥仍在运行，然后刷新页面' };

/**
 * Takes browser mode's token from the address (`#token=…`), keeps it for this tab and removes it from the
 * address bar, so that it is neither bookmarked nor shown. Returns the token kept for this tab, if any.
 */
export function takeToken(win: Window): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(win.location.hash);
  if (match?.[1]) {
    win.sessionStorage.setItem(TOKEN_STORAGE_KEY, decodeURIComponent(match[1]));
    win.history.replaceState(null, '', win.location.pathname + win.location.search);
  }
  return win.sessionStorage.getItem(TOKEN_STORAGE_KEY);
}

/**
 * Browser mode: one POST per call, with the per-run token and (when signed in) the session; the answer (also
 * for 4xx/5xx) is the ApiResult JSON.
 */
export function httpTransport(token: string, fetchImpl: typeof fetch = fetch.bind(globalThis)): Transport {
  return async (method, input) => {
    const session = currentSession();
    const headers: Record<string, string> = { 'content-type': 'application/json', [TOKEN_HEADER]: token };
    if (session) headers[SESSION_HEADER] = session;
    let response: Response;
    try {
      response = await fetchImpl(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: UNREACHABLE };
    }
    try {
      const body = (await response.json()) as ApiResult<unknown>;
      if (typeof body === 'object' && body !== null && typeof body.ok === 'boolean') return body;
    } catch {
      // not JSON: falls through to GARBLED
    }
    return { ok: false, error: GARBLED };
  };
}

/** Desktop: the preload's bridge over IPC; the session is passed along with each call. */
export function desktopTransport(bridge: DesktopBridge): Transport {
  return async (method, input) => {
    try {
      return await bridge.call(method, input, currentSession());
    } catch {
      return { ok: false, error: { code: 'UNAVAILABLE', message: '程序内部通信失败，请重新启动枫桥' } };
    }
  };
}

/**
 * Picks the transport for where the page runs; call once at start, before the router reads the hash. The
 * desktop keeps the session in memory only; browser mode also for the tab (a reload stays signed in).
 */
export function connect(win: Window): Connection {
  if (win.fengqiao?.mode === 'desktop') return { mode: 'desktop', transport: desktopTransport(win.fengqiao) };
  const token = takeToken(win);
  if (!token) return { mode: 'browser', transport: null };
  keepSessionIn(win.sessionStorage);
  return { mode: 'browser', transport: httpTransport(token) };
}
