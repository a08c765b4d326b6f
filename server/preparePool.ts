// Worker threads that prepare batches for the HTTP hub (server/ingest.ts prepareBatch: verify the signature and
// hash, decompress, parse, validate every record with the app's schemas, serialise): all CPU, so on a hub with
// several cores the main thread runs SQL for one batch while workers read the next ones. The workers load the
// TypeScript sources through tsx, as `bin/fengqiao.mjs` does.
import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BATCH_PROBLEMS, type BatchProblem } from '../shared/sync/protocol.ts';
import { BatchError } from '../services/sync/batchFile.ts';
import { log } from '../services/logger.ts';
import { prepareBatch, type DeviceForBatch, type Prepare, type PreparedBatch } from './ingest.ts';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { register } = await import(workerData.tsx);
  register();
  const { prepareBatch } = await import(workerData.ingest);
  parentPort.on('message', ({ id, file, device }) => {
    try {
      parentPort.postMessage({ id, ok: true, value: prepareBatch(file, device) });
    } catch (error) {
      parentPort.postMessage({ id, ok: false, error: { name: error && error.name, problem: error && error.problem, message: String(error && error.message) } });
    }
  });
  parentPort.postMessage({ ready: true });
})().catch((error) => parentPort.postMessage({ failed: String(error && error.stack || error) }));
`;

/** The URL of tsx's ESM API (its `import` export; `require.resolve` would give the CommonJS one). */
function tsxEsmApi(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
    return pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
  }
}

interface Job {
  file: Uint8Array;
  device: DeviceForBatch | null;
  resolve: (value: PreparedBatch) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: number;
}

export interface PreparePool {
  prepare: Prepare;
  close(): Promise<void>;
}

function errorOf(error: { name?: string; problem?: string; message: string }): Error {
  if (error.name === 'BatchError' && error.problem && error.problem in BATCH_PROBLEMS) {
    const rebuilt = new BatchError(error.problem as BatchProblem);
    rebuilt.message = error.message;
    return rebuilt;
  }
  return new Error(error.message);
}

/**
 * A pool of `size` workers (default: one fewer than the cores, at least two — the main thread waits on the database
 * much of the time, so two workers keep two cores busy). Jobs go to the least busy worker.
 * A worker that cannot start (no tsx, say) makes the pool fall back to preparing in this thread, logged once.
 */
export function createPreparePool(size = Math.max(2, os.availableParallelism() - 1)): PreparePool {
  const workerData = {
    tsx: tsxEsmApi(),
    ingest: new URL('./ingest.ts', import.meta.url).href,
  };
  const jobs = new Map<number, Job>();
  let next = 0;
  let broken = false;
  const slots: Slot[] = [];
  /** When the workers are gone, what they were given is prepared here instead: nothing is lost or refused for it. */
  const takeBack = () => {
    broken = true;
    for (const [id, job] of jobs) {
      jobs.delete(id);
      try {
        job.resolve(prepareBatch(job.file, job.device));
      } catch (error) {
        job.reject(error as Error);
      }
    }
  };

  for (let i = 0; i < size; i++) {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    worker.unref();
    const slot: Slot = { worker, busy: 0 };
    worker.on(
      'message',
      (message: {
        id?: number;
        ok?: boolean;
        value?: PreparedBatch;
        error?: { name?: string; problem?: string; message: string };
        failed?: string;
      }) => {
        if (message.failed) {
          if (!broken) log.warn('batch workers could not start; preparing batches in the main thread', { error: message.failed });
          takeBack();
          return;
        }
        if (message.id === undefined) return;
        const job = jobs.get(message.id);
        if (!job) return;
        jobs.delete(message.id);
        slot.busy -= 1;
        if (message.ok) job.resolve(message.value!);
        else job.reject(errorOf(message.error!));
      },
    );
    worker.on('error', (error) => {
      log.error('a batch worker failed; preparing batches in the main thread', { error: String(error) });
      takeBack();
    });
    slots.push(slot);
  }

  return {
    async prepare(file, device) {
      if (broken || slots.length === 0) return prepareBatch(file, device);
      const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = next++;
      slot.busy += 1;
      return new Promise<PreparedBatch>((resolve, reject) => {
        jobs.set(id, { file, device, resolve, reject });
        slot.worker.postMessage({ id, file, device });
      });
    },
    async close() {
      for (const job of jobs.values()) job.reject(new Error('the hub is stopping'));
      jobs.clear();
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
