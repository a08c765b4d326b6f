// The district hub's ingest under load: 20 simulated devices (each its own Ed25519 key and committee, enrolled at
// the hub) send 100,000 records in all, as signed batches of at most 2000 records, to the real hub over HTTP on
// loopback: each device one batch after another, the devices side by side. Timed from the first POST to the last
// receipt, on a SQLite file and on PostgreSQL (a throwaway cluster, tests/helpers/postgres.ts), against a bare
// insert of the very same rows into the `records` table of a fresh database of the same dialect (multi-row INSERTs,
// 2000 rows a transaction, no validation, no upsert). The records are real-shaped: the case snapshots (and
// mediators, screening reports, committees) of a seeded register, cloned with new ids. The hub runs inside this
// process, so the memory sampled during the load is the hub's and the devices' (their batch files) together.
// Runs inside `npm run bench`, or alone: `npx tsx bench/hubIngest.ts [--records N] [--devices N] [--db sqlite|postgres|both]`.
import crypto, { type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Kysely } from 'kysely';
import { BATCH_LIMITS, SignedReceipt, type SyncKind, type SyncRecord } from '../shared/sync/protocol.ts';
import { newId } from '../shared/rules/ids.ts';
import { openRegister } from '../services/register.ts';
import { seedRegister } from '../services/seed/seedRegister.ts';
import { packBatch, planBatches, readBatch } from '../services/sync/batchFile.ts';
import { deviceIdOf } from '../services/sync/deviceKey.ts';
import { pendingRecords } from '../services/sync/pending.ts';
import { snapshot } from '../services/sync/records.ts';
import { openHubDatabase, type HubDatabase, type HubDialect } from '../server/db/open.ts';
import type { HubDB, RecordsTable } from '../server/db/schema.ts';
import { registerDevice } from '../server/devices.ts';
import { buildHubApp } from '../server/http.ts';
import { startPostgres, type TestPostgres } from '../tests/helpers/postgres.ts';

export interface HubIngestFigure {
  name: string;
  medianMs: number;
  baselineMs: number | null;
  ratio: number | null;
}

export interface HubIngestOptions {
  records?: number;
  devices?: number;
  dialects?: HubDialect[];
}

/** Rows a transaction in the bare insert, and records a batch at most (the protocol's limit). */
const CHUNK = 2000;
const NOW = new Date('2026-12-01T08:00:00.000Z');
const MiB = 1048576;

/** A device as the hub meets it: its key, its committee and its signed batch files (its records are not kept). */
interface SimulatedDevice {
  deviceId: string;
  publicKey: KeyObject;
  publicKeyPem: string;
  committeeId: string;
  kinds: Map<SyncKind, number>;
  batches: Buffer[];
  /** Bytes of the records' NDJSON, uncompressed. */
  payloadBytes: number;
}

/** The snapshots of a small seeded register, by kind: what the devices' records are cloned from. */
async function templates(): Promise<Record<SyncKind, SyncRecord[]>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-bench-hub-seed-'));
  const register = await openRegister({ dataDir, mode: 'cli', checkOutputs: false });
  try {
    await seedRegister(register.db, dataDir, { count: 300, seed: 'bench-hub', actor: 'bench', today: '2026-11-29' });
    const byKind: Record<SyncKind, SyncRecord[]> = { committee: [], mediator: [], case: [], screening_report: [] };
    for (const pending of await pendingRecords(register.db)) {
      const record = await snapshot(register.db, pending);
      if (record) byKind[record.kind].push(record);
    }
    return byKind;
  } finally {
    await register.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * One device's records: its committee, then mediators (2 %), screening reports (8 %) and cases (the rest), each a
 * seeded record cloned with a new id and the device's committee, versions 1, 2, … as the device's change log.
 */
function deviceRecords(from: Record<SyncKind, SyncRecord[]>, committeeId: string, count: number, n: number): SyncRecord[] {
  const records: SyncRecord[] = [];
  const add = (kind: SyncKind, template: SyncRecord, id: string) => {
    const data = structuredClone(template.data) as Record<string, unknown>;
    data['id'] = id;
    if (kind !== 'committee') data['committeeId'] = committeeId;
    records.push({ kind, id, version: records.length + 1, committeeId, data });
  };
  const committee = from.committee.find((c) => (c.data as { isOwn?: boolean }).isOwn) ?? from.committee[0]!;
  const own = structuredClone(committee) as SyncRecord & { data: Record<string, unknown> };
  own.data['name'] = `梅园新村街道第${n + 1}人民调解委员会`;
  add('committee', own, committeeId);
  const mediators = Math.round(count * 0.02);
  for (let i = 0; i < mediators; i++) add('mediator', from.mediator[i % from.mediator.length]!, newId());
  // The rest: a screening report after every 11 cases (about 8 %), as a register's change log mixes them.
  for (let i = 0; records.length < count; i++) {
    if (i % 12 === 11) add('screening_report', from.screening_report[i % from.screening_report.length]!, newId());
    else add('case', from.case[i % from.case.length]!, newId());
  }
  return records;
}

function simulatedDevice(from: Record<SyncKind, SyncRecord[]>, count: number, n: number): SimulatedDevice {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  const committeeId = newId();
  const records = deviceRecords(from, committeeId, count, n);
  const deviceId = deviceIdOf(publicKey);
  let payloadBytes = 0;
  const batches = planBatches(records, { ...BATCH_LIMITS, records: CHUNK }).map((batch) => {
    const { file, manifest } = pack(batch, deviceId, committeeId, privateKey);
    payloadBytes += manifest.payloadBytes;
    return file;
  });
  const kinds = new Map<SyncKind, number>();
  for (const r of records) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return { deviceId, publicKey, publicKeyPem, committeeId, kinds, batches, payloadBytes };
}

function pack(batch: SyncRecord[], deviceId: string, committeeId: string, privateKey: KeyObject) {
  return packBatch(
    {
      records: batch,
      deviceId,
      committees: [committeeId],
      seqFrom: batch[0]!.version,
      seqTo: batch[batch.length - 1]!.version,
      appVersion: 'bench',
    },
    privateKey,
  );
}

/** A full garbage collection, so that the memory sampled next is what the load holds, not an earlier run's garbage. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/** Samples the process's RSS and heap every 20 ms until stopped; returns the peaks. */
function memorySampler(): () => { before: number; rss: number; heapUsed: number } {
  const before = process.memoryUsage.rss();
  let rss = 0;
  let heapUsed = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heapUsed = Math.max(heapUsed, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 20);
  return () => {
    clearInterval(timer);
    sample();
    return { before, rss, heapUsed };
  };
}

async function countRecords(db: Kysely<HubDB>): Promise<number> {
  const { n } = await db
    .selectFrom('records')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

interface HubRun {
  ms: number;
  accepted: number;
  peak: { before: number; rss: number; heapUsed: number };
}

/** The real hub over HTTP on loopback; every device posts its batches in turn, all devices at once. */
async function hubRun(hub: HubDatabase, devices: SimulatedDevice[]): Promise<HubRun> {
  for (const d of devices) await registerDevice(hub.db, { publicKeyPem: d.publicKeyPem, committeeIds: [d.committeeId] }, NOW);
  const app = await buildHubApp({ db: hub.db, name: 'bench hub' });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    collectGarbage();
    const stop = memorySampler();
    const started = performance.now();
    const accepted = await Promise.all(
      devices.map(async (device) => {
        let n = 0;
        for (const batch of device.batches) {
          const res = await fetch(`${base}/v1/batches`, {
            method: 'POST',
            headers: { 'content-type': 'application/octet-stream' },
            body: batch,
          });
          if (!res.ok) throw new Error(`POST /v1/batches: ${res.status} ${await res.text()}`);
          const { receipt } = SignedReceipt.parse(await res.json());
          n += receipt.records.filter((r) => r.status === 'accepted').length;
        }
        return n;
      }),
    );
    const ms = performance.now() - started;
    const peak = stop();
    return { ms, accepted: accepted.reduce((a, b) => a + b, 0), peak };
  } finally {
    await app.close();
  }
}

/**
 * The same rows as the hub stores, inserted bare: multi-row INSERTs, 2000 rows a transaction, one after another.
 * Only the transactions are timed: the rows (the batch files read back) are made between them, off the clock.
 */
async function bareRun(hub: HubDatabase, devices: SimulatedDevice[]): Promise<number> {
  const receivedAt = NOW.toISOString();
  let rows: RecordsTable[] = [];
  let ms = 0;
  const insert = async (chunk: RecordsTable[]) => {
    const started = performance.now();
    await hub.db.transaction().execute((trx) => trx.insertInto('records').values(chunk).execute());
    ms += performance.now() - started;
  };
  for (const d of devices)
    for (const file of d.batches) {
      const { manifest, records } = readBatch(file, () => ({ publicKey: d.publicKey, revoked: false }));
      for (const r of records)
        rows.push({
          kind: r.kind,
          record_id: r.id,
          committee_id: r.committeeId,
          version: r.version,
          data: JSON.stringify(r.data),
          device_id: d.deviceId,
          received_at: receivedAt,
          batch_id: manifest.batchId,
        });
      while (rows.length >= CHUNK) {
        await insert(rows.slice(0, CHUNK));
        rows = rows.slice(CHUNK);
      }
    }
  if (rows.length > 0) await insert(rows);
  return ms;
}

const perSecond = (records: number, ms: number) => Math.round((records * 1000) / ms);
const mib = (bytes: number) => `${(bytes / MiB).toFixed(0)} MiB`;

export async function hubIngestFigures(say: (line: string) => void, options: HubIngestOptions = {}): Promise<HubIngestFigure[]> {
  const total = options.records ?? 100_000;
  const deviceCount = options.devices ?? 20;
  const dialects = options.dialects ?? ['sqlite', 'postgres'];
  const from = await templates();
  const t = performance.now();
  const devices = Array.from({ length: deviceCount }, (_, n) =>
    simulatedDevice(from, Math.floor(total / deviceCount) + (n < total % deviceCount ? 1 : 0), n),
  );
  const batches = devices.reduce((sum, d) => sum + d.batches.length, 0);
  const fileBytes = devices.reduce((sum, d) => sum + d.batches.reduce((s, b) => s + b.length, 0), 0);
  const payloadBytes = devices.reduce((sum, d) => sum + d.payloadBytes, 0);
  const kinds = new Map<string, number>();
  for (const d of devices) for (const [kind, n] of d.kinds) kinds.set(kind, (kinds.get(kind) ?? 0) + n);
  say(
    `hub ingest: ${total.toLocaleString('en')} records (${[...kinds].map(([k, n]) => `${k} ${n.toLocaleString('en')}`).join(', ')}) ` +
      `from ${deviceCount} devices in ${batches} signed batches: ${mib(payloadBytes)} of records (${(payloadBytes / total / 1024).toFixed(1)} KiB each), ${mib(fileBytes)} of batch files, packed in ${((performance.now() - t) / 1000).toFixed(1)} s (not timed)`,
  );

  const figures: HubIngestFigure[] = [];
  const rows: string[] = [];
  let postgres = null as TestPostgres | null;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-bench-hub-'));
  try {
    /** A new database of the dialect (null when PostgreSQL cannot be started here). */
    const open = async (dialect: HubDialect, name: string): Promise<HubDatabase | null> => {
      if (dialect === 'sqlite') return openHubDatabase(`sqlite:${name}.sqlite3`, dataDir);
      try {
        postgres ??= await startPostgres();
      } catch (error) {
        say(`hub ingest on PostgreSQL skipped: ${(error as Error).message}`);
        return null;
      }
      return openHubDatabase(await postgres.createDatabase(name), dataDir);
    };
    // Every hub run first, then the bare inserts: the memory sampled is then not an earlier bare insert's.
    const runs = new Map<HubDialect, HubRun>();
    for (const dialect of dialects) {
      const hub = await open(dialect, 'bench_hub');
      if (!hub) continue;
      try {
        const run = await hubRun(hub, devices);
        const stored = await countRecords(hub.db);
        if (stored !== total || run.accepted !== total)
          throw new Error(`hub holds ${stored} records, accepted ${run.accepted}, of ${total}`);
        runs.set(dialect, run);
      } finally {
        await hub.close();
      }
    }
    for (const [dialect, run] of runs) {
      const bare = (await open(dialect, 'bench_bare'))!;
      let bareMs: number;
      try {
        bareMs = await bareRun(bare, devices);
        if ((await countRecords(bare.db)) !== total) throw new Error('bare insert: rows missing');
      } finally {
        await bare.close();
      }
      const label = dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
      const ratio = run.ms / bareMs;
      const memory = `peak RSS ${mib(run.peak.rss)} (${mib(run.peak.before)} before the load), heap ${mib(run.peak.heapUsed)}`;
      say(
        `hub ingest on ${label}: ${(run.ms / 1000).toFixed(1)} s, ${perSecond(total, run.ms).toLocaleString('en')} records/s; ` +
          `bare insert ${(bareMs / 1000).toFixed(1)} s, ${perSecond(total, bareMs).toLocaleString('en')} records/s; ratio ${ratio.toFixed(2)}; ` +
          `memory of this process (hub and devices): ${memory}`,
      );
      rows.push(
        `| ${label} | ${(run.ms / 1000).toFixed(1)} | ${perSecond(total, run.ms).toLocaleString('en')} | ${(bareMs / 1000).toFixed(1)} | ` +
          `${perSecond(total, bareMs).toLocaleString('en')} | ${ratio.toFixed(2)} | ${mib(run.peak.rss)} | ${mib(run.peak.heapUsed)} |`,
      );
      figures.push({
        name:
          `hub ingest on ${label}: ${total.toLocaleString('en')} records from ${deviceCount} devices over HTTP, against a bare INSERT ` +
          `(${perSecond(total, run.ms).toLocaleString('en')} vs ${perSecond(total, bareMs).toLocaleString('en')} records/s; ${memory})`,
        medianMs: run.ms,
        baselineMs: bareMs,
        ratio,
      });
    }
  } finally {
    await postgres?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (rows.length > 0) {
    say('');
    say(
      `| hub ingest: ${total.toLocaleString('en')} records, ${deviceCount} devices over HTTP | hub s | records/s | bare insert s | records/s | ratio | peak RSS | peak heap |`,
    );
    say('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) say(row);
    say('(peak memory: the hub runs in the bench process, so it includes the devices and their batch files)');
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.env['FENGQIAO_LOG'] ??= 'error';
  const { values } = parseArgs({ options: { records: { type: 'string' }, devices: { type: 'string' }, db: { type: 'string' } } });
  const db = values.db ?? 'both';
  if (!['sqlite', 'postgres', 'both'].includes(db)) throw new Error('--db: sqlite, postgres or both');
  await hubIngestFigures((line) => process.stdout.write(`${line}\n`), {
    records: Number(values.records ?? 100_000),
    devices: Number(values.devices ?? 20),
    dialects: db === 'both' ? ['sqlite', 'postgres'] : [db as HubDialect],
  });
}
