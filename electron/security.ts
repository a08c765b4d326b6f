// The desktop shell's security in one place: the window's webPreferences, which URLs count as our own page,
// and the guards every web contents gets (navigation, redirects, new windows, webviews, permissions).
import { pathToFileURL } from 'node:url';
import type { App, Session, Shell, WebContents, WebPreferences } from 'electron';
import { log } from '../services/logger.ts';

/** Where our renderer comes from: the built dist/renderer/index.html, or (development only) the Vite dev server. */
export interface OwnPage {
  /** The file:// URL of dist/renderer/index.html. */
  fileUrl: string;
  /** The dev server's origin (http://127.0.0.1:<port>) when FENGQIAO_DEV_URL is honoured, else null. */
  devOrigin: string | null;
}

/**
 * Describes our own page. FENGQIAO_DEV_URL is honoured only in an unpackaged app and only for plain http on
 * 127.0.0.1, so an installed app can never be pointed at another page through its environment.
 * e.g. ownPage('/opt/fq/dist/renderer/index.html', 'http://127.0.0.1:5173/', false).devOrigin → 'http://127.0.0.1:5173'
 */
export function ownPage(indexFile: string, devUrl: string | undefined, isPackaged: boolean): OwnPage {
  return { fileUrl: pathToFileURL(indexFile).href, devOrigin: isPackaged ? null : devServerOrigin(devUrl) };
}

function devServerOrigin(devUrl: string | undefined): string | null {
  if (!devUrl) return null;
  const url = parse(devUrl);
  if (url && url.protocol === 'http:' && url.hostname === '127.0.0.1' && !url.username && !url.password) return url.origin;
  log.warn('FENGQIAO_DEV_URL ignored: only http://127.0.0.1:<port>/ is allowed', { devUrl });
  return null;
}

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** A file URL's path, decoded, with a Windows drive path compared case-insensitively. */
function comparablePath(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // keep the raw form; it then simply won't match ours
  }
  return /^\/[A-Za-z]:\//.test(decoded) ? decoded.toLowerCase() : decoded;
}

/**
 * True only for our own renderer: the very index.html file (any #route or ?query), or a page of the dev server.
 * e.g. isTrustedUrl('file:///opt/fq/dist/renderer/index.html#/cases', page) → true; 'https://example.com/' → false
 */
export function isTrustedUrl(url: string, page: OwnPage): boolean {
  const candidate = parse(url);
  if (!candidate || candidate.username || candidate.password) return false;
  if (candidate.protocol === 'file:') {
    const own = new URL(page.fileUrl);
    return candidate.host === own.host && comparablePath(candidate.pathname) === comparablePath(own.pathname);
  }
  return page.devOrigin !== null && candidate.origin === page.devOrigin;
}

/** The window's webPreferences: renderer sandboxed and isolated, no Node anywhere, only our preload. */
export function secureWebPreferences(preload: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload,
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
    // Chromium's built-in PDF viewer, for the documents' print preview (no other plugin exists in Electron).
    plugins: true,
    devTools: options.devTools,
  };
}

/** Hands a URL to the system browser, but only a well-formed https: URL without credentials. */
export function openExternalSafely(url: string, shell: Pick<Shell, 'openExternal'>): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:' || parsed.username || parsed.password) {
    log.warn('refused to open a link outside the app', { url });
    return false;
  }
  shell.openExternal(parsed.href).catch((error: unknown) => log.warn('could not open link', { url, error: String(error) }));
  return true;
}

export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

const guarded = new WeakSet<object>();

/**
 * Navigation and redirects only to our own page; window.open always denied (an https link goes to the system
 * browser instead); <webview> never attached. Idempotent: a web contents is guarded once.
 */
/**
 * A blob: URL that our own page created (its origin is our page's: file: in the app, the dev server in development).
 * e.g. isOwnBlobUrl('blob:file:///6f1c…', page) → true; 'blob:https://example.com/6f1c…' → false
 */
export function isOwnBlobUrl(url: string, page: OwnPage): boolean {
  if (!url.startsWith('blob:')) return false;
  const inner = parse(url.slice('blob:'.length));
  if (!inner) return url === 'blob:null' || url.startsWith('blob:null/') ? page.devOrigin === null : false;
  if (inner.protocol === 'file:') return page.devOrigin === null;
  return page.devOrigin !== null && inner.origin === page.devOrigin;
}

export function guardWebContents(contents: GuardedContents, page: OwnPage, shell: Pick<Shell, 'openExternal'>): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  const refuseForeign = (kind: string) => (event: { url: string; preventDefault(): void }) => {
    if (isTrustedUrl(event.url, page)) return;
    event.preventDefault();
    log.warn(`blocked ${kind}`, { url: event.url });
  };
  contents.on('will-navigate', refuseForeign('navigation'));
  contents.on('will-frame-navigate', (event: { url: string; isMainFrame: boolean; preventDefault(): void }) => {
    // The documents' preview: a PDF our own page made (a blob: URL of its origin), shown in a frame of it.
    if (!event.isMainFrame && isOwnBlobUrl(event.url, page)) return;
    refuseForeign('frame navigation')(event);
  });
  contents.on('will-redirect', refuseForeign('redirect'));
  contents.on('will-attach-webview', (event, webPreferences) => {
    delete webPreferences.preload;
    event.preventDefault();
    log.warn('blocked <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url, shell);
    return { action: 'deny' };
  });
}

/** Every permission a page may ask for (camera, notifications, clipboard read, …) is refused. */
export function hardenSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission refused', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

/** Guards every web contents the app ever creates (windows, devtools, anything a page might spawn). */
export function guardAllWebContents(app: Pick<App, 'on'>, page: OwnPage, shell: Pick<Shell, 'openExternal'>): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, page, shell));
}

/** Our window's own web contents, guarded directly as well (it may exist before the app-wide hook sees it). */
export function hardenWindow(win: { webContents: GuardedContents }, page: OwnPage, shell: Pick<Shell, 'openExternal'>): void {
  guardWebContents(win.webContents, page, shell);
}
