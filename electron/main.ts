// Entry point of the Electron main process (bundled to dist/electron/main.cjs): wires Electron's modules and the
// register's services into the shell. Everything with a decision in it lives in shell.ts and its neighbours.
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { resolveDataDir } from '../services/dataDir.ts';
import { acquireInstanceLock } from '../services/instanceLock.ts';
import { log } from '../services/logger.ts';
import { openApp } from '../services/app.ts';
import { createShell } from './shell.ts';

const desktop = createShell({
  electron: { app, BrowserWindow, dialog, ipcMain, Menu, session, shell },
  services: { openApp, resolveDataDir, acquireInstanceLock },
  argv: process.argv,
  env: process.env,
  onSignal: (signal, handler) => process.on(signal, handler),
});

desktop.start().catch((error: unknown) => {
  log.error('the desktop shell failed to start', { error: error instanceof Error ? error.stack : String(error) });
  app.exit(1);
});
