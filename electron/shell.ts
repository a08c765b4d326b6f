// The desktop shell's life: one instance per data folder, the register opened once, one hardened window, and
// the register closed cleanly (exactly once) when the app quits. Electron's modules and the services come in
// as parameters, so the whole life runs under test with stand-ins.
import fs from 'node:fs';
import path from 'node:path';
import type * as ElectronModule from 'electron';
import type { acquireInstanceLock } from '../services/instanceLock.ts';
import type { resolveDataDir } from '../services/dataDir.ts';
import type { openApp, AppService } from '../services/app.ts';
import { electronPdfEngine, electronPrint } from './documents.ts';
import { log } from '../services/logger.ts';
import { AppError, isAppError } from '../shared/errors.ts';
import { registerIpc } from './ipc.ts';
import { aboutBox, buildMenuTemplate } from './menu.ts';
import { guardAllWebContents, hardenSession, hardenWindow, ownPage, secureWebPreferences, type OwnPage } from './security.ts';

type ElectronMain = typeof ElectronModule;
type Window = InstanceType<ElectronMain['BrowserWindow']>;

export const WINDOW_TITLE = '枫桥人民调解工作台';
export const APP_USER_MODEL_ID = 'cn.fengqiao.register';

export interface ShellDeps {
  electron: Pick<ElectronMain, 'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'Menu' | 'session' | 'shell'>;
  services: {
    openApp: typeof openApp;
    resolveDataDir: typeof resolveDataDir;
    acquireInstanceLock: typeof acquireInstanceLock;
  };
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Where SIGINT/SIGTERM are heard (the process in production), so a terminal's Ctrl+C also closes cleanly. */
  onSignal?: (signal: 'SIGINT' | 'SIGTERM', handler: () => void) => void;
}

export interface Shell {
  /** Resolves true once the window is created, false when this instance quits instead. */
  start(): Promise<boolean>;
  window(): Window | null;
  register(): AppService | null;
}

/** The value of --data-dir (as `--data-dir DIR` or `--data-dir=DIR`) among the process arguments. */
export function dataDirFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir') return argv[i + 1];
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return undefined;
}

function startupMessage(error: unknown): string {
  if (isAppError(error)) return error.message;
  return `启动时出现意外错误，数据文件未被改动。\n\n${error instanceof Error ? error.message : String(error)}`;
}

export function createShell(deps: ShellDeps): Shell {
  const { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } = deps.electron;
  let win: Window | null = null;
  let register: AppService | null = null;
  let releaseLock: (() => void) | null = null;
  let closing: Promise<void> | null = null;
  let closed = false;

  function focusWindow(): void {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  }

  function releaseDataDir(): void {
    releaseLock?.();
    releaseLock = null;
  }

  // will-quit may fire again after we re-quit, and more than once while closing: the register closes once.
  function onWillQuit(event: { preventDefault(): void }): void {
    if (closed || !register) {
      releaseDataDir();
      return;
    }
    event.preventDefault();
    const open = register;
    closing ??= (async () => {
      try {
        await open.close();
      } catch (error) {
        log.error('closing the register failed', { error: String(error) });
      } finally {
        releaseDataDir();
        closed = true;
      }
      app.quit();
    })();
  }

  function createWindow(page: OwnPage, indexFile: string, preload: string): Window {
    const w = new BrowserWindow({
      title: WINDOW_TITLE,
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 680,
      show: false,
      backgroundColor: '#ffffff',
      webPreferences: secureWebPreferences(preload, { devTools: !app.isPackaged }),
    });
    hardenWindow(w, page, shell);
    w.once('ready-to-show', () => w.show());
    w.on('page-title-updated', (event) => event.preventDefault());
    w.on('closed', () => {
      if (win === w) win = null;
    });
    w.webContents.on('did-fail-load', (_event, code, description, url) => log.error('window failed to load', { code, description, url }));
    const devUrl = deps.env['FENGQIAO_DEV_URL'];
    const loading = page.devOrigin !== null && devUrl ? w.loadURL(devUrl) : w.loadFile(indexFile);
    loading.catch((error: unknown) => log.error('could not load the renderer', { error: String(error) }));
    return w;
  }

  async function start(): Promise<boolean> {
    const dataDir = deps.services.resolveDataDir({ flag: dataDirFlag(deps.argv), env: deps.env });
    // userData is where Chromium keeps its profile and its single-instance lock: keeping it in the data folder
    // makes "one instance" mean "one instance per register" (set before the lock is asked for).
    app.setPath('userData', dataDir);
    if (!app.requestSingleInstanceLock()) {
      log.info('another window already has this register; handing over to it', { dataDir });
      app.quit();
      return false;
    }
    if ((deps.platform ?? process.platform) === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

    const appRoot = app.getAppPath();
    const indexFile = path.join(appRoot, 'dist', 'renderer', 'index.html');
    const preload = path.join(appRoot, 'dist', 'electron', 'preload.cjs');
    const page = ownPage(indexFile, deps.env['FENGQIAO_DEV_URL'], app.isPackaged);

    guardAllWebContents(app, page, shell);
    app.on('second-instance', focusWindow);
    app.on('window-all-closed', () => app.quit());
    app.on('will-quit', onWillQuit);
    deps.onSignal?.('SIGINT', () => app.quit());
    deps.onSignal?.('SIGTERM', () => app.quit());

    await app.whenReady();
    hardenSession(session.defaultSession);
    const showAbout = () => {
      const box = aboutBox({ version: app.getVersion(), dataDir });
      void (win ? dialog.showMessageBox(win, box) : dialog.showMessageBox(box));
    };
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isPackaged: app.isPackaged, showAbout })));

    try {
      if (page.devOrigin === null && !fs.existsSync(indexFile))
        throw new AppError('UNAVAILABLE', `找不到界面文件 ${indexFile}。从源码运行时请先执行 npm run build。`);
      releaseLock = deps.services.acquireInstanceLock(dataDir, 'desktop');
      register = await deps.services.openApp({
        dataDir,
        mode: 'desktop',
        checkOutputs: !app.isPackaged,
        pdfEngine: electronPdfEngine(BrowserWindow),
        print: electronPrint(BrowserWindow),
      });
    } catch (error) {
      // e.g. DB_TOO_NEW: say why in Chinese and leave; the file is not touched again
      log.error('could not open the register', { dataDir, error: error instanceof Error ? error.message : String(error) });
      releaseDataDir();
      dialog.showErrorBox('枫桥无法启动', startupMessage(error));
      app.quit();
      return false;
    }

    registerIpc({ ipcMain, register, ownContents: () => win?.webContents ?? null, page });
    win = createWindow(page, indexFile, preload);
    return true;
  }

  return { start, window: () => win, register: () => register };
}
