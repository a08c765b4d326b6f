// The batches a register would send now: its pending records, each read whole, cut into bounded batches in the
// order of their changes and signed with the device's key. Building them changes nothing: only a receipt does.
import type { Kysely } from 'kysely';
import type { KeyObject } from 'node:crypto';
import type { Manifest, SyncRecord } from '../../shared/sync/protocol.ts';
import type { DB } from '../db/schema.ts';
import { packBatch, planBatches } from './batchFile.ts';
import { pendingRecords } from './pending.ts';
import { snapshot } from './records.ts';

export interface OutgoingBatch {
  file: Buffer;
  manifest: Manifest;
}

export interface Device {
  deviceId: string;
  privateKey: KeyObject;
}

/** Signed batches of every pending record (at most `maxRecords` of them, oldest change first). */
export async function outgoingBatches(db: Kysely<DB>, device: Device, appVersion: string, maxRecords?: number): Promise<OutgoingBatch[]> {
  const records: SyncRecord[] = [];
  for (const pending of await pendingRecords(db, maxRecords)) {
    const record = await snapshot(db, pending);
    if (record) records.push(record);
  }
  return planBatches(records).map((batch) => {
    const versions = batch.map((r) => r.version);
    return packBatch(
      {
        records: batch,
        deviceId: device.deviceId,
        committees: [...new Set(batch.map((r) => r.committeeId))],
        seqFrom: Math.min(...versions),
        seqTo: Math.max(...versions),
        appVersion,
      },
      device.privateKey,
    );
  });
}
