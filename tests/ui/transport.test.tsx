// @vitest-environment jsdom
// Browser mode's transport: the token is taken from the address and hidden; calls carry it and the signed-in
// session; failures are Chinese; the no-token page gives way as soon as the address with the token is pasted
// into the same tab. The desktop bridge gets the session as its third argument. Answers saying the session is
// gone or locked are heard wherever the call was made.
import { describe, expect, it, vi } from 'vitest';
import type { Transport } from '../../shared/api/client.ts';
import { SESSION_HEADER, TOKEN_HEADER, type ApiResult } from '../../shared/api/result.ts';
import type { ErrorCode } from '../../shared/errors.ts';
import { TOKEN_STORAGE_KEY, connect, desktopTransport, httpTransport, takeToken } from '../../renderer/api/transport.ts';
import {
  SESSION_STORAGE_KEY,
  currentSession,
  onSessionProblem,
  setSession,
  watchSession,
  type SessionProblem,
} from '../../renderer/api/session.ts';
import { parseRoute, routeHref } from '../../renderer/routing/routes.ts';
import { render, screen } from '@testing-library/react';
import { AppProviders } from '../../renderer/AppProviders.tsx';
import { Root } from '../../renderer/Root.tsx';

describe('browser-mode token', () => {
  it('keeps the token for this tab and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/#token=abc123');
    expect(takeToken(window)).toBe('abc123');
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(window.location.hash).toBe('');
    // A reload (no fragment any more) still finds it.
    expect(takeToken(window)).toBe('abc123');
  });

  it('has no way to the register without a token', () => {
    window.history.replaceState(null, '', '/');
    expect(connect(window)).toEqual({ mode: 'browser', transport: null });
  });
});

describe('httpTransport', () => {
  it('posts the input as JSON with the token header and returns the ApiResult, also for 4xx', async () => {
    const error = { code: 'VALIDATION', message: '输入有误' };
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ ok: false, error }), { status: 400 }));
    const result = await httpTransport('t0k', fetchImpl)('cases.get', { id: 'x' });
    expect(result).toEqual({ ok: false, error });
    expect(fetchImpl).toHaveBeenCalledWith('/api/cases.get', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: 't0k' },
      body: JSON.stringify({ id: 'x' }),
    });
  });

  it('carries the signed-in session in its header', async () => {
    setSession('s3ss10n');
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: [] })));
    await httpTransport('t0k', fetchImpl)('users.list', {});
    expect(fetchImpl).toHaveBeenCalledWith('/api/users.list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: 't0k', [SESSION_HEADER]: 's3ss10n' },
      body: '{}',
    });
  });

  it('reports a network failure as UNAVAILABLE in Chinese', async () => {
    const fetchImpl = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await httpTransport('t0k', fetchImpl)('app.info', {});
    expect(result).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message: '无法连接本机服务，请确认枫桥仍在运行' } });
  });
});

describe('the session', () => {
  it('is kept for the tab in browser mode, so that a reload stays signed in', () => {
    window.history.replaceState(null, '', '/#token=abc123');
    connect(window);
    setSession('kept');
    expect(window.sessionStorage.getItem(SESSION_STORAGE_KEY)).toBe('kept');
    setSession(null);
    expect(window.sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();

    window.sessionStorage.setItem(SESSION_STORAGE_KEY, 'before-reload');
    connect(window);
    expect(currentSession()).toBe('before-reload');
  });

  it('goes to the desktop bridge as the third argument', async () => {
    const call = vi.fn(async (): Promise<ApiResult<unknown>> => ({ ok: true, value: { done: true } }));
    setSession('desk');
    await desktopTransport({ mode: 'desktop', call })('auth.logout', {});
    expect(call).toHaveBeenCalledWith('auth.logout', {}, 'desk');
    setSession(null);
    await desktopTransport({ mode: 'desktop', call })('auth.status', {});
    expect(call).toHaveBeenLastCalledWith('auth.status', {}, null);
  });

  it('is reported gone or locked when a call says so, but not for a refused sign-in', async () => {
    const failing =
      (code: ErrorCode): Transport =>
      async () => ({ ok: false, error: { code, message: '…' } });
    const heard: SessionProblem[] = [];
    const stop = onSessionProblem((p) => heard.push(p));
    setSession('abc');

    await watchSession(failing('SESSION_LOCKED'))('cases.list', {});
    expect(currentSession()).toBe('abc');
    await watchSession(failing('UNAUTHENTICATED'))('auth.login', { username: 'x', password: 'y' });
    expect(currentSession()).toBe('abc');
    await watchSession(failing('FORBIDDEN'))('users.list', {});
    await watchSession(failing('UNAUTHENTICATED'))('work.today', {});
    expect(currentSession()).toBeNull();
    expect(heard).toEqual(['SESSION_LOCKED', 'UNAUTHENTICATED']);

    stop();
    await watchSession(failing('SESSION_LOCKED'))('cases.list', {});
    expect(heard).toHaveLength(2);
  });
});

describe('routes', () => {
  it('reads and writes the fragment, sending anything unknown (such as #token=…) to the home page', () => {
    expect(parseRoute('#/cases')).toEqual({ page: 'cases' });
    expect(parseRoute(routeHref({ page: 'case', id: 'abc' }))).toEqual({ page: 'case', id: 'abc' });
    expect(parseRoute('#/register')).toEqual({ page: 'register' });
    expect(parseRoute('#/warnings')).toEqual({ page: 'warnings' });
    expect(parseRoute('#/screening')).toEqual({ page: 'screening' });
    expect(parseRoute('#token=abc')).toEqual({ page: 'home' });
    expect(parseRoute('')).toEqual({ page: 'home' });
  });

  it('carries the register list’s attention filter', () => {
    expect(routeHref({ page: 'cases', attention: 'follow_up_overdue' })).toBe('#/cases?attention=follow_up_overdue');
    expect(routeHref({ page: 'cases' })).toBe('#/cases');
    expect(parseRoute('#/cases?attention=follow_up_overdue')).toEqual({ page: 'cases', attention: 'follow_up_overdue' });
    expect(parseRoute('#/cases?attention=nonsense')).toEqual({ page: 'cases' });
    expect(parseRoute('#/cases/abc?attention=warnings')).toEqual({ page: 'case', id: 'abc' });
  });
});

describe('Root', () => {
  it('leaves the no-token page as soon as the address with the token is pasted into the same tab', async () => {
    const fetchStub = vi.fn(
      async () => new Response(JSON.stringify({ ok: false, error: { code: 'DB_LOCKED', message: '登记簿正被另一个枫桥程序使用' } })),
    );
    vi.stubGlobal('fetch', fetchStub);
    window.history.replaceState(null, '', '/');
    render(
      <AppProviders env="test">
        <Root />
      </AppProviders>,
    );
    expect(screen.getByText('请用程序显示的网址打开枫桥')).toBeInTheDocument();

    window.location.hash = '#token=pasted';
    expect(await screen.findByText('登记簿正被另一个枫桥程序使用')).toBeInTheDocument();
    expect(fetchStub).toHaveBeenCalled();
    expect(window.location.hash).toBe('');
    vi.unstubAllGlobals();
  });
});
