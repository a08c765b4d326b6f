// Loaded with `node --import` before dist/electron/main.cjs: answers require('electron') with a stand-in, lets the
// bundle start, makes a few IPC calls from "our window", quits, and prints what happened as JSON lines.
// Lets the bundle run under plain Node (the Electron binary is not needed), e.g. to prove that the bundled
// services find data/ and package.json through the import.meta.url shim.
import EventEmitter from 'node:events';
import Module from 'node:module';
import { pathToFileURL } from 'node:url';

const report = (entry) => process.stdout.write(`${JSON.stringify(entry)}\n`);
const handlers = new Map();

const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  requestSingleInstanceLock: () => true,
  setPath: (name, value) => report({ setPath: [name, value] }),
  setAppUserModelId: () => {},
  getVersion: () => '0.0.0',
  getAppPath: () => process.env.FQ_APP_ROOT,
  whenReady: () => Promise.resolve(),
  exit: (code) => process.exit(code),
  quit() {
    const event = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    app.emit('will-quit', event);
    if (!event.prevented) {
      report({ quit: true });
      process.exit(0);
    }
  },
});

class WebContents extends EventEmitter {
  constructor() {
    super();
    this.id = 1;
    this.mainFrame = { url: '', parent: null, processId: 1, routingId: 1 };
  }
  setWindowOpenHandler() {}
  isDestroyed() {
    return false;
  }
}

async function exercise(win) {
  const handler = handlers.get('fengqiao:call');
  const call = (method, input) => handler({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, method, input);
  report({ call: 'app.info', answer: await call('app.info', {}) });
  report({ call: 'divisions.children', answer: await call('divisions.children', { code: null }) });
  app.quit();
}

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    report({ window: options });
  }
  loadFile(file) {
    this.webContents.mainFrame.url = pathToFileURL(file).href;
    setImmediate(() =>
      exercise(this).catch((error) => {
        report({ failed: String(error && error.stack) });
        process.exit(3);
      }),
    );
    return Promise.resolve();
  }
  loadURL() {
    return Promise.resolve();
  }
  show() {}
  focus() {}
  isMinimized() {
    return false;
  }
}

const electron = {
  app,
  BrowserWindow,
  ipcMain: { handle: (channel, fn) => handlers.set(channel, fn) },
  session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } },
  shell: { openExternal: () => Promise.resolve() },
  dialog: {
    showErrorBox: (title, message) => report({ errorBox: [title, message] }),
    showMessageBox: () => Promise.resolve({ response: 0 }),
  },
  Menu: { buildFromTemplate: (template) => ({ template }), setApplicationMenu() {} },
};

const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};
