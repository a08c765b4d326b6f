// The window's security options, which URLs are our own page, and the guards on every web contents.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { App, Session, Shell } from 'electron';
import {
  guardAllWebContents,
  guardWebContents,
  hardenSession,
  isTrustedUrl,
  openExternalSafely,
  ownPage,
  secureWebPreferences,
  isOwnBlobUrl,
} from '../../electron/security.ts';
import { Emitter, FakeWebContents, fakeEvent } from './standIn.ts';

const INDEX = path.resolve('/opt/枫桥/resources/app.asar/dist/renderer/index.html');
const page = ownPage(INDEX, undefined, true);
const ownUrl = pathToFileURL(INDEX).href;

function fakeShell() {
  return { openExternal: vi.fn(() => Promise.resolve()) };
}

describe('secureWebPreferences', () => {
  it('sandboxes and isolates the renderer, with no Node anywhere', () => {
    // Every key, so that a new option cannot slip in unreviewed.
    expect(secureWebPreferences('/app/dist/electron/preload.cjs', { devTools: false })).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      plugins: true,
      devTools: false,
    });
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
  });
});

describe('isTrustedUrl', () => {
  it('trusts our index.html, also with a route in the fragment', () => {
    expect(isTrustedUrl(ownUrl, page)).toBe(true);
    expect(isTrustedUrl(`${ownUrl}#/cases/0193`, page)).toBe(true);
  });

  it('trusts nothing else', () => {
    for (const url of [
      pathToFileURL(path.resolve('/opt/枫桥/resources/app.asar/dist/renderer/other.html')).href,
      pathToFileURL(path.resolve('/etc/passwd')).href,
      'https://example.com/',
      'http://127.0.0.1:5173/',
      'about:blank',
      'javascript:alert(1)',
      'data:text/html,hi',
      'not a url',
    ])
      expect(isTrustedUrl(url, page), url).toBe(false);
  });

  it('trusts the Vite dev server on 127.0.0.1 only when FENGQIAO_DEV_URL is set and the app is not packaged', () => {
    const dev = ownPage(INDEX, 'http://127.0.0.1:5173/', false);
    expect(isTrustedUrl('http://127.0.0.1:5173/#/cases', dev)).toBe(true);
    expect(isTrustedUrl('http://127.0.0.1:5174/', dev)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/', dev)).toBe(false);
    expect(ownPage(INDEX, 'http://127.0.0.1:5173/', true).devOrigin).toBeNull();
    expect(ownPage(INDEX, 'http://evil.example:5173/', false).devOrigin).toBeNull();
    expect(ownPage(INDEX, 'https://127.0.0.1:5173/', false).devOrigin).toBeNull();
  });

  it('refuses URLs carrying credentials', () => {
    const dev = ownPage(INDEX, 'http://127.0.0.1:5173/', false);
    expect(isTrustedUrl('http://user:pw@127.0.0.1:5173/', dev)).toBe(false);
  });
});

describe('guardWebContents', () => {
  function guarded() {
    const contents = new FakeWebContents();
    const shell = fakeShell();
    guardWebContents(contents as never, page, shell);
    return { contents, shell };
  }

  it('prevents navigation and redirects to anything but our own page', () => {
    const { contents } = guarded();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = fakeEvent({ url: 'https://example.com/' });
      contents.emit(event, away);
      expect(away.prevented, event).toBe(true);
      const home = fakeEvent({ url: `${ownUrl}#/register` });
      contents.emit(event, home);
      expect(home.prevented, event).toBe(false);
    }
  });

  it('lets a frame of our page show a PDF our page made (blob:), and nothing else', () => {
    const { contents } = guarded();
    const preview = fakeEvent({ url: 'blob:file:///5d0c1f3e-7f1a-4c55-9a7e-2b7d8f0e0a11', isMainFrame: false });
    contents.emit('will-frame-navigate', preview);
    expect(preview.prevented).toBe(false);
    const topLevel = fakeEvent({ url: 'blob:file:///5d0c1f3e-7f1a-4c55-9a7e-2b7d8f0e0a11', isMainFrame: true });
    contents.emit('will-frame-navigate', topLevel);
    expect(topLevel.prevented).toBe(true);
    const foreign = fakeEvent({ url: 'blob:https://example.com/5d0c1f3e', isMainFrame: false });
    contents.emit('will-frame-navigate', foreign);
    expect(foreign.prevented).toBe(true);
    expect(isOwnBlobUrl('blob:http://127.0.0.1:5173/x', ownPage(INDEX, 'http://127.0.0.1:5173/', false))).toBe(true);
    expect(isOwnBlobUrl('blob:http://127.0.0.1:5174/x', ownPage(INDEX, 'http://127.0.0.1:5173/', false))).toBe(false);
  });

  it('denies every new window and hands only https links to the system browser', () => {
    const { contents, shell } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://www.moj.gov.cn/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.moj.gov.cn/');
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share'])
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('never attaches a <webview>', () => {
    const { contents } = guarded();
    const prefs: Record<string, unknown> = { preload: '/tmp/evil.js' };
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, prefs);
    expect(event.prevented).toBe(true);
    expect(prefs['preload']).toBeUndefined();
  });

  it('guards a web contents once, however often asked', () => {
    const contents = new FakeWebContents();
    guardWebContents(contents as never, page, fakeShell());
    guardWebContents(contents as never, page, fakeShell());
    expect(contents.count('will-navigate')).toBe(1);
  });

  it('guards every web contents the app creates', () => {
    const app = new Emitter();
    guardAllWebContents(app as unknown as App, page, fakeShell());
    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    const away = fakeEvent({ url: 'https://example.com/' });
    contents.emit('will-navigate', away);
    expect(away.prevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  it('answers every permission request and check with no', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    hardenSession(session as unknown as Session);
    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as (wc: unknown, p: string) => boolean;
    expect(check({}, 'media')).toBe(false);
  });
});

describe('openExternalSafely', () => {
  it('opens parsed https URLs only', () => {
    const shell = fakeShell();
    expect(openExternalSafely('https://example.com/a?b=1', shell as unknown as Shell)).toBe(true);
    expect(openExternalSafely('https://user:pw@example.com/', shell as unknown as Shell)).toBe(false);
    expect(openExternalSafely('file:///C:/Windows/System32/calc.exe', shell as unknown as Shell)).toBe(false);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/a?b=1');
  });
});
