// The app's side of the upward sync: building the signed batches of 10,000 pending records (each read whole from
// the register, a case with its history), their size, and reading them back as the hub will. Runs inside
// `npm run bench`, or alone: `npx tsx bench/sync.ts [--records N]`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openRegister } from '../services/register.ts';
import { seedRegister } from '../services/seed/seedRegister.ts';
import { readBatch } from '../services/sync/batchFile.ts';
import { loadOrCreateDeviceKey } from '../services/sync/deviceKey.ts';
import { outgoingBatches } from '../services/sync/outgoing.ts';
import { pendingRecords } from '../services/sync/pending.ts';

export interface SyncFigure {
  name: string;
  medianMs: number;
  baselineMs: null;
  ratio: null;
}

export async function syncFigures(say: (line: string) => void, records = 10_000): Promise<SyncFigure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-bench-sync-'));
  const register = await openRegister({ dataDir, mode: 'cli' });
  try {
    // As many cases as records wanted: with the roster, committees and reports there are more; the oldest are sent.
    await seedRegister(register.db, dataDir, { count: records, seed: 'bench-sync', actor: 'bench', today: '2026-11-29' });
    const device = loadOrCreateDeviceKey(dataDir);
    const pending = (await pendingRecords(register.db, records)).length;
    let t = performance.now();
    const batches = await outgoingBatches(register.db, device, 'bench', records);
    const buildMs = performance.now() - t;
    const bytes = batches.reduce((sum, b) => sum + b.file.length, 0);
    const publicKey = crypto.createPublicKey(device.privateKey);
    t = performance.now();
    for (const b of batches) readBatch(b.file, () => ({ publicKey, revoked: false }));
    const readMs = performance.now() - t;
    const figures: SyncFigure[] = [
      {
        name: `sync: building the signed batches of ${pending.toLocaleString('en')} pending records (${batches.length} batches, ${(bytes / 1048576).toFixed(1)} MiB)`,
        medianMs: buildMs,
        baselineMs: null,
        ratio: null,
      },
      { name: 'sync: verifying and reading those batches back (signature, hash, schema)', medianMs: readMs, baselineMs: null, ratio: null },
    ];
    for (const f of figures) say(`${f.name}: ${f.medianMs.toFixed(0)} ms`);
    return figures;
  } finally {
    await register.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.env['FENGQIAO_LOG'] ??= 'error';
  const { values } = parseArgs({ options: { records: { type: 'string' } } });
  await syncFigures((line) => process.stdout.write(`${line}\n`), Number(values.records ?? 10_000));
}
