// A stand-in for the 'electron' module (whose binary is not on this machine): records what the shell asks of it.
// Use with vi.mock('electron', async () => (await import('./standIn.ts')).electron) and call reset() per test.
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((l) => l !== wrapped),
      );
      return listener(...args);
    };
    return this.on(event, wrapped);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An event as Electron hands it to will-navigate & co.: records whether it was prevented. */
export function fakeEvent(fields: Record<string, unknown> = {}) {
  const event = { prevented: false, preventDefault: () => void (event.prevented = true), ...fields };
  return event;
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

let nextId = 1;

export class FakeWebContents extends Emitter {
  readonly id = nextId++;
  readonly mainFrame: FakeFrame = { url: '', parent: null, processId: 7, routingId: this.id };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return false;
  }
  /** A frame inside our page (an iframe), for the sender check. */
  subFrame(url: string): FakeFrame {
    return { url, parent: this.mainFrame, processId: 7, routingId: this.id + 1000 };
  }
}

export class FakeBrowserWindow extends Emitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loaded: { file?: string; url?: string } = {};
  shown = false;
  focused = false;
  minimized = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
    recorded().created.push(this.webContents);
  }
  loadFile(file: string): Promise<void> {
    this.loaded = { file };
    this.webContents.mainFrame.url = pathToFileURL(file).href;
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loaded = { url };
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
}

class FakeApp extends Emitter {
  isPackaged = false;
  gotLock = true;
  appPath = process.cwd();
  readonly requestSingleInstanceLock = vi.fn(function (this: FakeApp) {
    return this.gotLock;
  });
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly setPath = vi.fn();
  readonly setAppUserModelId = vi.fn();
  readonly whenReady = vi.fn(() => Promise.resolve());
  getVersion(): string {
    return '0.1.0';
  }
  getAppPath(): string {
    return this.appPath;
  }
}

export type IpcHandler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

interface Recorded {
  created: FakeWebContents[];
  handlers: { channel: string; handler: IpcHandler }[];
}

function makeElectron() {
  return {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: vi.fn((channel: string, handler: IpcHandler) => void recorded().handlers.push({ channel, handler })) },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })) },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(() => Promise.resolve({ ok: true, value: null })) },
  };
}

export type ElectronStandIn = ReturnType<typeof makeElectron> & { recorded: Recorded };

// One stand-in per test worker, kept on globalThis: vi.mock's factory and the test file may each get their own
// copy of this module (vi.resetModules), and both must see the same objects.
const KEY = Symbol.for('fengqiao.test.electronStandIn');
const holder = globalThis as { [KEY]?: ElectronStandIn };

/** The 'electron' module's exports. reset() renews its members in place, so keep reading them through it. */
export const electron: ElectronStandIn = (holder[KEY] ??= { ...makeElectron(), recorded: { created: [], handlers: [] } });

function recorded(): Recorded {
  return holder[KEY]!.recorded;
}

export function reset(): void {
  // member by member, so a module that already holds e.g. `app` sees the fresh state too
  const fresh = makeElectron();
  for (const key of Object.keys(fresh) as (keyof typeof fresh)[]) {
    if (key !== 'BrowserWindow') Object.assign(electron[key], fresh[key]);
  }
  electron.BrowserWindow.instances = [];
  electron.recorded.created = [];
  electron.recorded.handlers = [];
}
