// The hub's ingest of one batch file: check it (signature, hash, schemas) with the register's own batch reader,
// refuse it whole when it is not the device's to send, and apply it once, in one transaction, keeping every record
// at the highest version seen. Of services/ the hub imports only the pure batch and key modules (batchFile.ts).
import type { Kysely } from 'kysely';
import { BATCH_FORMAT, Receipt, type RecordReceipt, type SyncRecord } from '../shared/sync/protocol.ts';
import { recordProblem } from '../shared/sync/records.ts';
import { BatchError, readBatch } from '../services/sync/batchFile.ts';
import { writeTransaction } from './db/open.ts';
import type { HubDB } from './db/schema.ts';
import { deviceStatus, type HubDeviceStatus } from './devices.ts';

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
  const foreign = records.find((record) => !own.has(record.committeeId));
  if (foreign) throw new BatchError('foreign_committee', `调委会 ${foreign.committeeId} 不属于本机`);

  const seen = await storedReceipt(db, manifest.batchId);
  if (seen) return seen;

  const receivedAt = now.toISOString();
  return writeTransaction(db, async (trx) => {
    // Checked again under the write lock: the same batch may have been sent twice at once.
    const raced = await storedReceipt(trx, manifest.batchId);
    if (raced) return raced;
    // The device may have been revoked since it was read.
    const current = await trx.selectFrom('devices').select('revoked_at').where('device_id', '=', manifest.deviceId).executeTakeFirst();
    if (!current) throw new BatchError('unknown_device', `设备编号 ${manifest.deviceId}`);
    if (current.revoked_at !== null) throw new BatchError('revoked_device', `设备编号 ${manifest.deviceId}`);

    const at = { deviceId: manifest.deviceId, batchId: manifest.batchId, receivedAt };
    const outcomes: RecordReceipt[] = [];
    for (const record of records) outcomes.push(await applyRecord(trx, record, at));
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
