// Requests signed by an enrolled device over a one-time challenge from the hub (docs/sync-protocol.md, "Signed
// requests"): the challenge, and the check of a request's signature, device and challenge, which spends it.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { ChallengeRequest, DeviceRequestBody, SignedDeviceRequest } from '../shared/sync/downward.ts';
import { verifyDeviceRequest } from '../services/sync/deviceRequest.ts';
import type { HubDB } from './db/schema.ts';
import { deviceStatus } from './devices.ts';
import { HubRefusal } from './errors.ts';

const CHALLENGE_MS = 5 * 60_000;

/** A one-time challenge for a device (enrolled and not revoked). Expired challenges are cleared on the way. */
export async function issueChallenge(db: Kysely<HubDB>, body: unknown, now: Date): Promise<{ challenge: string; expiresAt: string }> {
  const parsed = ChallengeRequest.safeParse(body);
  if (!parsed.success) throw new HubRefusal('bad_request', parsed.error.issues[0]?.message);
  const device = await deviceStatus(db, parsed.data.deviceId);
  if (!device) throw new HubRefusal('unknown_device', `设备编号 ${parsed.data.deviceId}`);
  if (device.revoked) throw new HubRefusal('revoked_device', `设备编号 ${parsed.data.deviceId}`);
  const challenge = crypto.randomBytes(32).toString('hex');
  const expiresAt = new Date(now.getTime() + CHALLENGE_MS).toISOString();
  await db.deleteFrom('challenges').where('expires_at', '<', now.toISOString()).execute();
  await db.insertInto('challenges').values({ challenge, device_id: parsed.data.deviceId, expires_at: expiresAt }).execute();
  return { challenge, expiresAt };
}

/**
 * The body of a signed request, once its signature, device and challenge are checked; the challenge is spent (a
 * second use is refused). HubRefusal: bad_request, unknown_device, revoked_device, bad_signature.
 */
export async function verifiedRequest(
  db: Kysely<HubDB>,
  envelope: unknown,
  now: Date,
): Promise<DeviceRequestBody & { committeeIds: string[] }> {
  const signed = SignedDeviceRequest.safeParse(envelope);
  if (!signed.success) throw new HubRefusal('bad_request', '请求应为 { body, signature }');
  let json: unknown;
  try {
    json = JSON.parse(signed.data.body);
  } catch {
    throw new HubRefusal('bad_request', '请求内容无法读取');
  }
  const body = DeviceRequestBody.safeParse(json);
  if (!body.success) throw new HubRefusal('bad_request', body.error.issues[0]?.message);
  const device = await deviceStatus(db, body.data.deviceId);
  if (!device) throw new HubRefusal('unknown_device', `设备编号 ${body.data.deviceId}`);
  if (device.revoked) throw new HubRefusal('revoked_device', `设备编号 ${body.data.deviceId}`);
  if (!verifyDeviceRequest(signed.data, device.publicKey)) throw new HubRefusal('bad_signature', '请求签名无效');
  const spent = await db
    .deleteFrom('challenges')
    .where('challenge', '=', body.data.challenge)
    .where('device_id', '=', body.data.deviceId)
    .where('expires_at', '>=', now.toISOString())
    .executeTakeFirst();
  if (Number(spent.numDeletedRows) !== 1) throw new HubRefusal('bad_request', '挑战码无效或已过期，请重试');
  return { ...body.data, committeeIds: device.committeeIds };
}
