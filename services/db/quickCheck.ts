// SQLite's quick_check of the register in a worker thread, on its own read-only connection: on a large register
// it reads every page (about 35 s for 1.4 GB here, cold), which must not hold up the window or the event loop.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  const rows = db.pragma('quick_check(20)');
  parentPort.postMessage(rows.map((r) => r.quick_check).join('; '));
} catch (error) {
  parentPort.postMessage(String(error && error.message ? error.message : error));
} finally {
  if (db) db.close();
}
`;

export interface RunningCheck {
  /** 'ok', what quick_check (or opening the file) found, or null when cancelled. */
  result: Promise<string | null>;
  /** Stops the check (the app is closing). */
  cancel(): void;
}

export function quickCheckInWorker(file: string): RunningCheck {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { file, driver } });
  let cancelled = false;
  const result = new Promise<string | null>((resolve, reject) => {
    worker.once('message', (message: string) => resolve(message));
    worker.once('error', reject);
    worker.once('exit', (code) => (cancelled ? resolve(null) : reject(new Error(`quick_check worker exited with ${code}`))));
  });
  return {
    result,
    cancel() {
      cancelled = true;
      void worker.terminate();
    },
  };
}
