// The hub's ingest of one batch file: check it (signature, hash, schemas) with the register's own batch reader,
// refuse it whole when it is not the device's to send, and apply it once, in one transaction, keeping every record
// at the highest version seen. Of services/ the hub imports only the pure batch and key modules (batchFile.ts).
import type { Kysely } from 'kysely';
import { BATCH_FORMAT, Receipt, type Manifest, type RecordReceipt, type SyncRecord } from '../shared/sync/protocol.ts';
import { recordProblem } from '../shared/sync/records.ts';
import { BatchError, readBatch } from '../services/sync/batchFile.ts';
import { publicKeyFromPem } from '../services/sync/deviceKey.ts';
import { lockHub, writeTransaction } from './db/open.ts';
import type { HubDB } from './db/schema.ts';
import { committeesOf, deviceStatus, type HubDeviceStatus } from './devices.ts';

/**
 * A record as the transaction needs it: its key, its owner, what is wrong with it (null when it validates) and its
 * data already as JSON text. Preparing a batch is all CPU (verify, decompress, parse, validate, serialise), so the
 * HTTP hub does it in worker threads (server/preparePool.ts) while the main thread runs SQL.
 */
export interface PreparedRecord {
  kind: SyncRecord['kind'];
  id: string;
  version: number;
  committeeId: string;
  problem: string | null;
  dataJson: string;
}

export interface PreparedBatch {
  manifest: Manifest;
  records: PreparedRecord[];
}

/** What preparing needs to know of the device: its key (SPKI PEM) and whether it is revoked. */
export interface DeviceForBatch {
  publicKeyPem: string;
  revoked: boolean;
}

/** Checks a batch file as readBatch does, then validates and serialises every record. Pure: runs in a worker. */
export function prepareBatch(file: Uint8Array, device: DeviceForBatch | null): PreparedBatch {
  const { manifest, records } = readBatch(file, () =>
    device ? { publicKey: publicKeyFromPem(device.publicKeyPem), revoked: device.revoked } : null,
  );
  return {
    manifest,
    records: records.map((record) => ({
      kind: record.kind,
      id: record.id,
      version: record.version,
      committeeId: record.committeeId,
      problem: recordProblem(record),
      dataJson: JSON.stringify(record.data),
    })),
  };
}

/** Prepares a batch: in this thread by default, in a worker thread when the HTTP hub passes its pool. */
export type Prepare = (file: Uint8Array, device: DeviceForBatch | null) => Promise<PreparedBatch>;

const prepareHere: Prepare = async (file, device) => prepareBatch(file, device);

/** Thrown by the first reading's device lookup to stop it once the manifest's device id is known. */
class DeviceIdPeeked extends Error {
  constructor(readonly deviceId: string) {
    super('device id peeked');
  }
}

/**
 * The device id a batch's manifest names. readBatch looks a device up synchronously, so the hub reads the file
 * twice: this first reading stops at the lookup (only the header and the manifest are parsed, nothing is
 * verified or decompressed), then the one device is loaded from the database and the second reading checks
 * everything. This costs one small parse and one indexed query, whatever the number of devices enrolled; a
 * malformed file is refused by this first reading with readBatch's own BatchError.
 */
function peekDeviceId(file: Uint8Array): string {
  try {
    readBatch(file, (deviceId) => {
      throw new DeviceIdPeeked(deviceId);
    });
  } catch (error) {
    if (error instanceof DeviceIdPeeked) return error.deviceId;
    throw error;
  }
  throw new Error('readBatch returned without looking the device up');
}

async function storedReceipt(db: Kysely<HubDB>, batchId: string): Promise<Receipt | null> {
  const row = await db.selectFrom('batches').select('receipt').where('batch_id', '=', batchId).executeTakeFirst();
  return row ? { ...Receipt.parse(JSON.parse(row.receipt)), duplicate: true } : null;
}

/** Rows per multi-row statement: 8 columns of 1000 rows stay well within SQLite's 32766 and PostgreSQL's 65535 parameters. */
const ROWS_PER_STATEMENT = 1000;

function chunksOf<T>(items: T[], size = ROWS_PER_STATEMENT): T[][] {
  const chunks: T[][] = [];
  for (let at = 0; at < items.length; at += size) chunks.push(items.slice(at, at + size));
  return chunks;
}

/**
 * Applies records in the batch's transaction and notes each one's outcome: `order` is sorted by (kind, id), each key
 * once (a batch that carries a record twice is applied one record at a time, in its order).
 * The accepted records are upserted into `records` by multi-row statements (stored only when newer), then the
 * `rejections` table is changed in the same key order: rejected records kept with their reason (unless a newer
 * version was rejected already), and the accepted ones' rejections at an older or equal version deleted (looked up
 * first: there are seldom any). Each table's rows are thus locked in ascending key order, records before
 * rejections, so that two batches touching the same records cannot deadlock (PostgreSQL).
 */
async function applyDistinctRecords(
  trx: Kysely<HubDB>,
  order: { record: PreparedRecord; index: number }[],
  at: { deviceId: string; batchId: string; receivedAt: string },
  outcomes: RecordReceipt[],
): Promise<void> {
  const stamp = { device_id: at.deviceId, batch_id: at.batchId, received_at: at.receivedAt };
  const accepted: PreparedRecord[] = [];
  /** The rejections table's changes, in key order: a rejected record with its reason, or an accepted one. */
  const changes: { record: PreparedRecord; problem: string | null }[] = [];
  for (const { record, index } of order) {
    const key = { kind: record.kind, id: record.id, version: record.version };
    const problem = record.problem;
    if (problem === null) {
      accepted.push(record);
      outcomes[index] = { ...key, status: 'accepted' };
    } else {
      changes.push({ record, problem });
      outcomes[index] = { ...key, status: 'rejected', reason: problem };
    }
  }

  for (const chunk of chunksOf(accepted))
    await trx
      .insertInto('records')
      .values(
        chunk.map((record) => ({
          kind: record.kind,
          record_id: record.id,
          committee_id: record.committeeId,
          version: record.version,
          data: record.dataJson,
          ...stamp,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['kind', 'record_id'])
          .doUpdateSet((eb) => ({
            committee_id: eb.ref('excluded.committee_id'),
            version: eb.ref('excluded.version'),
            data: eb.ref('excluded.data'),
            device_id: eb.ref('excluded.device_id'),
            batch_id: eb.ref('excluded.batch_id'),
            received_at: eb.ref('excluded.received_at'),
          }))
          .where('records.version', '<', (eb) => eb.ref('excluded.version')),
      )
      .execute();

  // The accepted records that have a rejection at an older or equal version, which their acceptance clears.
  const rejected = new Map<string, number>();
  for (const chunk of chunksOf(accepted)) {
    const byKind = new Map<string, string[]>();
    for (const record of chunk) {
      const ids = byKind.get(record.kind);
      if (ids) ids.push(record.id);
      else byKind.set(record.kind, [record.id]);
    }
    for (const [kind, ids] of byKind)
      for (const row of await trx
        .selectFrom('rejections')
        .select(['record_id', 'version'])
        .where('kind', '=', kind)
        .where('record_id', 'in', ids)
        .execute())
        rejected.set(`${kind}\n${row.record_id}`, Number(row.version));
  }
  if (rejected.size > 0) {
    for (const record of accepted) {
      const version = rejected.get(`${record.kind}\n${record.id}`);
      if (version !== undefined && version <= record.version) changes.push({ record, problem: null });
    }
    changes.sort((a, b) => compareKeys(a.record, b.record));
  }

  // In key order: runs of rejected records upserted together, each clearing of an older rejection on its own.
  let run: { record: PreparedRecord; problem: string }[] = [];
  const keepRun = async () => {
    for (const chunk of chunksOf(run))
      await trx
        .insertInto('rejections')
        .values(
          chunk.map(({ record, problem }) => ({
            kind: record.kind,
            record_id: record.id,
            version: record.version,
            reason: problem,
            committee_id: record.committeeId,
            ...stamp,
          })),
        )
        .onConflict((oc) =>
          oc
            .columns(['kind', 'record_id'])
            .doUpdateSet((eb) => ({
              version: eb.ref('excluded.version'),
              reason: eb.ref('excluded.reason'),
              committee_id: eb.ref('excluded.committee_id'),
              device_id: eb.ref('excluded.device_id'),
              batch_id: eb.ref('excluded.batch_id'),
              received_at: eb.ref('excluded.received_at'),
            }))
            .where('rejections.version', '<=', (eb) => eb.ref('excluded.version')),
        )
        .execute();
    run = [];
  };
  for (const { record, problem } of changes) {
    if (problem !== null) {
      run.push({ record, problem });
      continue;
    }
    await keepRun();
    await trx
      .deleteFrom('rejections')
      .where('kind', '=', record.kind)
      .where('record_id', '=', record.id)
      .where('version', '<=', record.version)
      .execute();
  }
  await keepRun();
}

function compareKeys(a: PreparedRecord, b: PreparedRecord): number {
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Gives the device the committees it adds after enrolment (a village committee whose records the office starts
 * keeping): a committee the hub has never seen, sent as its own committee record by an enrolled device, becomes
 * that device's. Any other record of a committee that is not the device's refuses the whole batch
 * (foreign_committee), with nothing stored.
 */
async function claimCommittees(trx: Kysely<HubDB>, deviceId: string, own: string[], records: PreparedRecord[]): Promise<void> {
  const wanted = [...new Set(records.map((r) => r.committeeId).filter((id) => !own.includes(id)))];
  if (wanted.length === 0) return;
  // Who holds which committee is read and changed under one hub-wide lock (PostgreSQL; SQLite has one writer).
  await lockHub(trx, 'devices');
  const current = await trx.selectFrom('devices').select('committee_ids').where('device_id', '=', deviceId).executeTakeFirstOrThrow();
  const mine = new Set(committeesOf(current.committee_ids));
  const missing = wanted.filter((id) => !mine.has(id));
  if (missing.length === 0) return;
  const introduced = new Set(records.filter((r) => r.kind === 'committee' && r.id === r.committeeId).map((r) => r.id));
  const held = new Set<string>();
  for (const other of await trx.selectFrom('devices').select('committee_ids').where('device_id', '!=', deviceId).execute())
    for (const id of committeesOf(other.committee_ids)) held.add(id);
  const known = await trx
    .selectFrom('records')
    .select('record_id')
    .where('kind', '=', 'committee')
    .where('record_id', 'in', missing)
    .execute();
  for (const row of known) held.add(row.record_id);
  const foreign = missing.find((id) => !introduced.has(id) || held.has(id));
  if (foreign !== undefined) throw new BatchError('foreign_committee', `调委会 ${foreign} 不属于本机`);
  await trx
    .updateTable('devices')
    .set({ committee_ids: JSON.stringify([...mine, ...missing].sort()) })
    .where('device_id', '=', deviceId)
    .execute();
}

/**
 * Ingests one batch file and returns its receipt. A batch refused as a whole throws BatchError (its `problem`
 * and message are what the HTTP layer answers, 4xx): a file that fails readBatch's checks, an unknown or revoked
 * device, or a record of a committee that is not the device's (foreign_committee), with nothing stored. A batch
 * received before gets its first receipt again with `duplicate: true` and changes nothing. Otherwise every record
 * is accepted or rejected with its reason, in one write transaction. `now` is the hub's clock and the receipt's
 * receivedAt; the device's clock (the manifest's createdAt) is never used.
 */
export async function ingestBatch(
  db: Kysely<HubDB>,
  file: Uint8Array,
  now: Date = new Date(),
  prepare: Prepare = prepareHere,
): Promise<Receipt> {
  const device: HubDeviceStatus | null = await deviceStatus(db, peekDeviceId(file));
  const { manifest, records } = await prepare(
    file,
    device ? { publicKeyPem: device.publicKey.export({ type: 'spki', format: 'pem' }).toString(), revoked: device.revoked } : null,
  );
  // readBatch has refused an unknown or revoked device, so `device` is the manifest's.
  const own = new Set(device?.committeeIds ?? []);
  if (records.every((record) => own.has(record.committeeId))) {
    const seen = await storedReceipt(db, manifest.batchId);
    if (seen) return seen;
  }

  const receivedAt = now.toISOString();
  return writeTransaction(db, async (trx) => {
    // Checked again under the write lock: the same batch may have been sent twice at once.
    await lockHub(trx, `batch:${manifest.batchId}`);
    // The device may have been revoked since it was read.
    const current = await trx
      .selectFrom('devices')
      .select(['revoked_at', 'committee_ids'])
      .where('device_id', '=', manifest.deviceId)
      .executeTakeFirst();
    if (!current) throw new BatchError('unknown_device', `设备编号 ${manifest.deviceId}`);
    if (current.revoked_at !== null) throw new BatchError('revoked_device', `设备编号 ${manifest.deviceId}`);
    await claimCommittees(trx, manifest.deviceId, committeesOf(current.committee_ids), records);
    const raced = await storedReceipt(trx, manifest.batchId);
    if (raced) return raced;

    const at = { deviceId: manifest.deviceId, batchId: manifest.batchId, receivedAt };
    // Applied in one fixed order (kind, id), so that two batches touching the same records cannot deadlock
    // (PostgreSQL locks rows as it goes); the receipt lists them in the batch's own order.
    const order = records.map((record, index) => ({ record, index })).sort((a, b) => compareKeys(a.record, b.record));
    const outcomes: RecordReceipt[] = new Array<RecordReceipt>(records.length);
    // A record sent twice in one batch is applied one copy after the other, as the batch orders them; a batch of
    // distinct records (every batch a register builds) is applied in bulk, with the same outcome.
    if (order.some((o, i) => i > 0 && compareKeys(order[i - 1]!.record, o.record) === 0))
      for (const one of order) await applyDistinctRecords(trx, [one], at, outcomes);
    else await applyDistinctRecords(trx, order, at, outcomes);
    const receipt: Receipt = {
      format: BATCH_FORMAT,
      batchId: manifest.batchId,
      deviceId: manifest.deviceId,
      receivedAt,
      duplicate: false,
      records: outcomes,
    };
    await trx
      .insertInto('batches')
      .values({
        batch_id: manifest.batchId,
        device_id: manifest.deviceId,
        received_at: receivedAt,
        receipt: JSON.stringify(receipt),
        records: records.length,
      })
      .execute();
    await trx.updateTable('devices').set({ last_batch_at: receivedAt }).where('device_id', '=', manifest.deviceId).execute();
    return receipt;
  });
}
