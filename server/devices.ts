// The devices enrolled at the district hub: each a committee register's Ed25519 public key and the committees
// whose records it may send. The hub uses the register only through the sync formats: of services/ it imports
// the pure key and batch modules (services/sync/deviceKey.ts, batchFile.ts) and nothing else.
import type { Kysely } from 'kysely';
import { AppError } from '../shared/errors.ts';
import { z } from '../shared/zod.ts';
import type { DeviceStatus } from '../services/sync/batchFile.ts';
import { deviceIdOf, publicKeyFromPem } from '../services/sync/deviceKey.ts';
import type { HubDB } from './db/schema.ts';

export interface DeviceRegistration {
  /** SPKI PEM of the device's Ed25519 public key (DeviceKey.publicKeyPem on the register). */
  publicKeyPem: string;
  /** The committees whose records the device may send. */
  committeeIds: string[];
}

/** What readBatch needs of a device, and the committees it may send records of. */
export type HubDeviceStatus = NonNullable<DeviceStatus> & { committeeIds: string[] };

const CommitteeIds = z.array(z.string().min(1).max(64)).min(1).max(500);

/** The committees of a device row (a JSON array of ids). */
export function committeesOf(json: string): string[] {
  return CommitteeIds.parse(JSON.parse(json));
}

/**
 * Enrols a device. Idempotent for the same key: registering it again keeps its id and enrolment date and sets its
 * committees to the ones given (the district decides them). A revoked device is not enrolled again by this: it
 * needs a new key. Example: `registerDevice(db, { publicKeyPem, committeeIds: [own.id] }, new Date())`.
 */
export async function registerDevice(
  db: Kysely<HubDB>,
  registration: DeviceRegistration,
  now: Date,
): Promise<{ deviceId: string; created: boolean }> {
  const publicKey = publicKeyFromPem(registration.publicKeyPem);
  const ids = CommitteeIds.safeParse(registration.committeeIds);
  if (!ids.success) throw new AppError('VALIDATION', '设备所属调委会不正确：至少一个，且编号不超过64个字符');
  const committeeIds = [...new Set(ids.data)].sort();
  const deviceId = deviceIdOf(publicKey);
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const inserted = await db
    .insertInto('devices')
    .values({
      device_id: deviceId,
      public_key_pem: pem,
      committee_ids: JSON.stringify(committeeIds),
      enrolled_at: now.toISOString(),
      revoked_at: null,
      last_batch_at: null,
    })
    .onConflict((oc) => oc.column('device_id').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return { deviceId, created: true };
  const existing = await db.selectFrom('devices').select(['revoked_at']).where('device_id', '=', deviceId).executeTakeFirstOrThrow();
  if (existing.revoked_at !== null) throw new AppError('CONFLICT', '该设备已被停用，不能重新登记；请在该设备上生成新密钥后再登记');
  await db
    .updateTable('devices')
    .set({ committee_ids: JSON.stringify(committeeIds) })
    .where('device_id', '=', deviceId)
    .execute();
  return { deviceId, created: false };
}

/** Revokes a device: its batches are refused from then on (revoked_device). NOT_FOUND when it was never enrolled. */
export async function revokeDevice(db: Kysely<HubDB>, deviceId: string, now: Date): Promise<void> {
  const result = await db
    .updateTable('devices')
    .set({ revoked_at: now.toISOString() })
    .where('device_id', '=', deviceId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) return;
  const exists = await db.selectFrom('devices').select('device_id').where('device_id', '=', deviceId).executeTakeFirst();
  if (!exists) throw new AppError('NOT_FOUND', `设备 ${deviceId} 未在区级平台登记`);
}

/** The device's key, whether it is revoked and its committees; null when it was never enrolled. */
export async function deviceStatus(db: Kysely<HubDB>, deviceId: string): Promise<HubDeviceStatus | null> {
  const row = await db
    .selectFrom('devices')
    .select(['public_key_pem', 'committee_ids', 'revoked_at'])
    .where('device_id', '=', deviceId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    publicKey: publicKeyFromPem(row.public_key_pem),
    revoked: row.revoked_at !== null,
    committeeIds: committeesOf(row.committee_ids),
  };
}
