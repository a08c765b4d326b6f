// The hub's ingest of one batch file: check it (signature, hash, schemas) with the register's own batch reader,
// refuse it whole when it is not the device's to send, and apply it once, in one transaction, keeping every record
// at the highest version seen. Of services/ the hub imports only the pure batch and key modules (batchFile.ts).
import type { Kysely } from 'kysely';
import { BATCH_FORMAT, Receipt, type RecordReceipt, type SyncRecord } from '../shared/sync/protocol.ts';
import { recordProblem } from '../shared/sync/records.ts';
import { BatchError, readBatch } from '../services/sync/batchFile.ts';
import { lockHub, writeTransaction } from './db/open.ts';
import type { HubDB } from './db/schema.ts';
import { committeesOf, deviceStatus, type HubDeviceStatus } from './devices.ts';

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

/** Applies one record inside the batch's transaction and says what the receipt answers for it. */
async function applyRecord(
  trx: Kysely<HubDB>,
  record: SyncRecord,
  at: { deviceId: string; batchId: string; receivedAt: string },
): Promise<RecordReceipt> {
  const key = { kind: record.kind, id: record.id, version: record.version };
  const stamp = { device_id: at.deviceId, batch_id: at.batchId, received_at: at.receivedAt };
  const problem = recordProblem(record);
  if (problem !== null) {
    // Kept with its reason, unless a newer version of the record was rejected already.
    await trx
      .insertInto('rejections')
      .values({
        kind: record.kind,
        record_id: record.id,
        version: record.version,
        reason: problem,
        committee_id: record.committeeId,
        ...stamp,
      })
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
    return { ...key, status: 'rejected', reason: problem };
  }
  // Stored only when newer than what the hub holds: a replayed or late older version changes nothing, and is
  // still answered accepted (the hub holds that version or a newer one).
  await trx
    .insertInto('records')
    .values({
      kind: record.kind,
      record_id: record.id,
      committee_id: record.committeeId,
      version: record.version,
      data: JSON.stringify(record.data),
      ...stamp,
    })
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
  await trx
    .deleteFrom('rejections')
    .where('kind', '=', record.kind)
    .where('record_id', '=', record.id)
    .where('version', '<=', record.version)
    .execute();
  return { ...key, status: 'accepted' };
}

function compareKeys(a: SyncRecord, b: SyncRecord): number {
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Gives the device the committees it adds after enrolment (a village committee whose records the office starts
 * keeping): a committee the hub has never seen, sent as its own committee record by an enrolled device, becomes
 * that device's. Any other record of a committee that is not the device's refuses the whole batch
 * (foreign_committee), with nothing stored.
 */
async function claimCommittees(trx: Kysely<HubDB>, deviceId: string, own: string[], records: SyncRecord[]): Promise<void> {
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
export async function ingestBatch(db: Kysely<HubDB>, file: Uint8Array, now: Date = new Date()): Promise<Receipt> {
  const device: HubDeviceStatus | null = await deviceStatus(db, peekDeviceId(file));
  const { manifest, records } = readBatch(file, () => device);
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
    for (const { record, index } of order) outcomes[index] = await applyRecord(trx, record, at);
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
