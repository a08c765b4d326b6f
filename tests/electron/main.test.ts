// electron/main.ts as Electron would run it, with Electron stood in and the real register on a temporary folder.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE } from '../../services/dataDir.ts';
import { openDatabase } from '../../services/db/open.ts';
import { MIGRATIONS } from '../../services/db/migrations/index.ts';
import { LOCK_FILE } from '../../services/instanceLock.ts';
import { IPC_CHANNEL } from '../../shared/api/result.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { electron, fakeEvent, reset } from './standIn.ts';

vi.mock('electron', async () => (await import('./standIn.ts')).electron);

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
let signalListeners: Map<string, unknown[]>;
let dataDir: string;

beforeEach(() => {
  reset();
  vi.resetModules();
  signalListeners = new Map(SIGNALS.map((s) => [s, process.listeners(s)]));
  dataDir = tempDir('fengqiao-desktop-');
  vi.stubEnv('FENGQIAO_DATA_DIR', dataDir);
  const appRoot = tempDir('fengqiao-app-');
  fs.mkdirSync(path.join(appRoot, 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html>');
  electron.app.appPath = appRoot;
});

afterEach(() => {
  vi.unstubAllEnvs();
  // main.ts listens for the process's signals; leave the test worker as it was
  for (const signal of SIGNALS)
    for (const listener of process.listeners(signal))
      if (!signalListeners.get(signal)!.includes(listener)) process.removeListener(signal, listener);
});

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function call(method: string, input: unknown) {
  const win = electron.BrowserWindow.instances[0]!;
  const { handler } = electron.recorded.handlers.find((h) => h.channel === IPC_CHANNEL)!;
  return handler({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, method, input);
}

describe('electron/main.ts', () => {
  it('quits without opening the register when another instance has it', async () => {
    electron.app.gotLock = false;
    await import('../../electron/main.ts');
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(fs.existsSync(path.join(dataDir, DATABASE_FILE))).toBe(false);
  });

  it('serves the real register to its window and closes it cleanly on quit', async () => {
    await import('../../electron/main.ts');
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(true);

    await expect(call('app.info', {})).resolves.toMatchObject({ ok: true, value: { mode: 'desktop', dataDir } });
    const provinces = (await call('divisions.children', { code: null })) as { ok: true; value: { name: string }[] };
    expect(provinces.value.map((p) => p.name)).toContain('江苏省');
    await expect(call('no.such.method', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });

    const quitting = fakeEvent();
    electron.app.emit('will-quit', quitting);
    expect(quitting.prevented).toBe(true);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    // checkpointed and closed: no write-ahead log left beside the file
    expect(fs.existsSync(path.join(dataDir, `${DATABASE_FILE}-wal`))).toBe(false);
  });

  it('refuses a register written by a newer version, in Chinese, without touching it', async () => {
    const file = path.join(dataDir, DATABASE_FILE);
    const future = { ...MIGRATIONS, '2099-01-01T0000_from_the_future': { up: async () => {} } };
    await (await openDatabase(file, { migrations: future })).close();
    const before = sha(file);

    await import('../../electron/main.ts');
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('枫桥无法启动', expect.stringContaining('更新版本'));
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });
});
