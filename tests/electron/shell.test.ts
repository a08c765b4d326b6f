// The shell's life with Electron stood in: single instance, the register opened once and closed once, one
// hardened window, and startup failures told in Chinese.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveDataDir } from '../../services/dataDir.ts';
import type { Register } from '../../services/register.ts';
import { IPC_CHANNEL } from '../../shared/api/result.ts';
import { AppError } from '../../shared/errors.ts';
import { createShell, dataDirFlag, type ShellDeps } from '../../electron/shell.ts';
import { secureWebPreferences } from '../../electron/security.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { electron, fakeEvent, reset } from './standIn.ts';

function fakeRegister(dataDir: string) {
  return {
    dispatch: vi.fn(async () => ({ ok: true as const, value: { mode: 'desktop' } })),
    close: vi.fn(() => new Promise<void>((resolve) => setTimeout(resolve, 5))),
    dataDir,
    databaseFile: path.join(dataDir, 'fengqiao.sqlite3'),
    db: {} as Register['db'],
  };
}

function setUp(options: { argv?: string[]; env?: NodeJS.ProcessEnv; openError?: Error; withIndex?: boolean } = {}) {
  const appRoot = tempDir('fengqiao-app-');
  if (options.withIndex !== false) {
    fs.mkdirSync(path.join(appRoot, 'dist', 'renderer'), { recursive: true });
    fs.writeFileSync(path.join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html>');
  }
  electron.app.appPath = appRoot;
  const dataDir = tempDir('fengqiao-data-');
  const register = fakeRegister(dataDir);
  const release = vi.fn();
  const services = {
    openApp: vi.fn(async () => {
      if (options.openError) throw options.openError;
      return register;
    }),
    resolveDataDir: vi.fn(resolveDataDir),
    acquireInstanceLock: vi.fn(() => release),
  };
  const shell = createShell({
    electron: electron as unknown as ShellDeps['electron'],
    services: services as unknown as ShellDeps['services'],
    argv: options.argv ?? ['electron', '.', '--data-dir', dataDir],
    env: options.env ?? {},
  });
  return { shell, services, register, release, dataDir, appRoot };
}

const win = () => electron.BrowserWindow.instances[0]!;

describe('createShell', () => {
  beforeEach(() => reset());

  it('quits without opening the register when another instance holds the lock', async () => {
    electron.app.gotLock = false;
    const { shell, services } = setUp();
    expect(await shell.start()).toBe(false);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(services.openApp).not.toHaveBeenCalled();
    expect(services.acquireInstanceLock).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.recorded.handlers).toHaveLength(0);
  });

  it('puts userData in the data folder before asking for the lock, so the lock is per register', async () => {
    const { shell, dataDir } = setUp();
    await shell.start();
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(electron.app.setPath.mock.invocationCallOrder[0]!).toBeLessThan(
      electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    );
  });

  it('takes the data folder from --data-dir, then FENGQIAO_DATA_DIR', async () => {
    expect(dataDirFlag(['electron', '.', '--data-dir', '/srv/fq'])).toBe('/srv/fq');
    expect(dataDirFlag(['fengqiao.exe', '--data-dir=D:\\枫桥'])).toBe('D:\\枫桥');
    expect(dataDirFlag(['electron', '.'])).toBeUndefined();
    const fromEnv = tempDir('fengqiao-env-');
    const { shell, services } = setUp({ argv: ['electron', '.'], env: { FENGQIAO_DATA_DIR: fromEnv } });
    await shell.start();
    expect(services.openApp).toHaveBeenCalledWith(expect.objectContaining({ dataDir: fromEnv, mode: 'desktop', checkOutputs: true }));
    expect(services.acquireInstanceLock).toHaveBeenCalledWith(fromEnv, 'desktop');
  });

  it('opens one sandboxed window of the right size, hidden until ready to show', async () => {
    const { shell, appRoot } = setUp();
    expect(await shell.start()).toBe(true);
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(win().options).toMatchObject({
      title: '枫桥人民调解工作台',
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 680,
      show: false,
    });
    // The hardened preferences (each asserted in security.test.ts), with our preload, devtools while unpackaged.
    expect(win().options['webPreferences']).toEqual(
      secureWebPreferences(path.join(appRoot, 'dist', 'electron', 'preload.cjs'), { devTools: true }),
    );
    expect(win().loaded).toEqual({ file: path.join(appRoot, 'dist', 'renderer', 'index.html') });
    expect(win().shown).toBe(false);
    win().emit('ready-to-show');
    expect(win().shown).toBe(true);
  });

  it('turns developer tools off in a packaged app and ignores FENGQIAO_DEV_URL there', async () => {
    electron.app.isPackaged = true;
    const { shell } = setUp({ env: { FENGQIAO_DEV_URL: 'http://127.0.0.1:5173/' } });
    await shell.start();
    expect(win().options['webPreferences']).toMatchObject({ devTools: false });
    expect(win().loaded.file).toMatch(/index\.html$/);
    const menu = electron.Menu.buildFromTemplate.mock.calls[0]![0] as { label: string; submenu: { role?: string }[] }[];
    expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(menu[2]!.submenu.map((i) => i.role)).not.toContain('toggleDevTools');
  });

  it('loads the Vite dev server when FENGQIAO_DEV_URL is set in development', async () => {
    const { shell } = setUp({ env: { FENGQIAO_DEV_URL: 'http://127.0.0.1:5173/' }, withIndex: false });
    await shell.start();
    expect(win().loaded).toEqual({ url: 'http://127.0.0.1:5173/' });
  });

  it('hardens the window and the session', async () => {
    const { shell } = setUp();
    await shell.start();
    const contents = win().webContents;
    const away = fakeEvent({ url: 'https://example.com/' });
    contents.emit('will-navigate', away);
    expect(away.prevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview, {});
    expect(webview.prevented).toBe(true);
    const request = electron.session.defaultSession.setPermissionRequestHandler.mock.calls[0]![0] as (
      w: unknown,
      p: string,
      cb: (ok: boolean) => void,
    ) => void;
    const answer = vi.fn();
    request(contents, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(electron.app.count('web-contents-created')).toBe(1);
  });

  it('answers IPC from its own window through the register, and refuses other frames', async () => {
    const { shell, register } = setUp();
    await shell.start();
    expect(electron.recorded.handlers.map((h) => h.channel)).toEqual([IPC_CHANNEL]);
    const { handler } = electron.recorded.handlers[0]!;
    const contents = win().webContents;
    expect(contents.mainFrame.url).toBe(pathToFileURL(win().loaded.file!).href);
    await expect(handler({ sender: contents, senderFrame: contents.mainFrame }, 'app.info', {})).resolves.toEqual({
      ok: true,
      value: { mode: 'desktop' },
    });
    expect(register.dispatch).toHaveBeenCalledWith('app.info', {}, { via: 'desktop', session: null });
    await expect(
      handler({ sender: contents, senderFrame: contents.subFrame('https://example.com/') }, 'app.info', {}),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(register.dispatch).toHaveBeenCalledOnce();
  });

  it('closes the register exactly once on will-quit, then quits', async () => {
    const { shell, register, release } = setUp();
    await shell.start();
    const first = fakeEvent();
    electron.app.emit('will-quit', first);
    expect(first.prevented).toBe(true);
    electron.app.emit('will-quit', fakeEvent()); // a second quit while closing
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    const again = fakeEvent();
    electron.app.emit('will-quit', again); // the quit we asked for
    expect(again.prevented).toBe(false);
    expect(register.close).toHaveBeenCalledOnce();
    expect(release).toHaveBeenCalledOnce();
  });

  it('tells the clerk in Chinese and quits when the register cannot be opened (e.g. written by a newer version)', async () => {
    const tooNew = new AppError('DB_TOO_NEW', '此数据文件由更新版本的枫桥写入，为保护数据，本程序不会打开或改动它。');
    const { shell, release } = setUp({ openError: tooNew });
    expect(await shell.start()).toBe(false);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith('枫桥无法启动', tooNew.message);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(release).toHaveBeenCalledOnce();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.recorded.handlers).toHaveLength(0);
  });

  it('refuses to start when the data folder is held by browser mode', async () => {
    const { shell, services } = setUp();
    services.acquireInstanceLock.mockImplementation(() => {
      throw new AppError('UNAVAILABLE', '枫桥已在运行（浏览器模式，进程 42），同一份数据不能同时打开两次。');
    });
    expect(await shell.start()).toBe(false);
    expect(services.openApp).not.toHaveBeenCalled();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('枫桥无法启动', expect.stringContaining('浏览器模式'));
  });

  it('says what is missing when the UI was never built', async () => {
    const { shell, services } = setUp({ withIndex: false });
    expect(await shell.start()).toBe(false);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('枫桥无法启动', expect.stringContaining('npm run build'));
    expect(services.openApp).not.toHaveBeenCalled();
  });

  it('brings its window forward when a second instance starts', async () => {
    const { shell } = setUp();
    await shell.start();
    win().minimized = true;
    electron.app.emit('second-instance', fakeEvent(), ['electron', '.']);
    expect(win().minimized).toBe(false);
    expect(win().focused).toBe(true);
  });

  it('shows 关于 with the version and the data folder', async () => {
    const { shell, dataDir } = setUp();
    await shell.start();
    const menu = electron.Menu.buildFromTemplate.mock.calls[0]![0] as { label: string; submenu: { click?: () => void }[] }[];
    menu[3]!.submenu[0]!.click!();
    const box = electron.dialog.showMessageBox.mock.calls[0]!.at(-1) as unknown as { detail: string };
    expect(box.detail).toContain('0.1.0');
    expect(box.detail).toContain(dataDir);
  });
});
