// Enrolment: the district makes a one-time code for a committee (`hub enroll --committee CODE`); the committee's
// register presents it with its device's public key, and the hub registers the device for that committee.
// The code is printed once and stored only as a hash; it expires, and is spent by the first device that uses it
// (the same device presenting it again — a retried request — gets the same answer).
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../shared/errors.ts';
import { EnrolRequest, normaliseEnrolmentCode, type EnrolResponse } from '../shared/sync/protocol.ts';
import { deviceIdOf, publicKeyFromPem } from '../services/sync/deviceKey.ts';
import { lockHub, writeTransaction } from './db/open.ts';
import type { HubDB } from './db/schema.ts';
import { committeesOf, registerDevice } from './devices.ts';
import { HubRefusal } from './errors.ts';
import { hubIdentity } from './identity.ts';

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 12;
export const ENROLMENT_DAYS = 7;

function hashOf(code: string): string {
  return crypto.createHash('sha256').update(normaliseEnrolmentCode(code), 'utf8').digest('hex');
}

/** A random code in groups of four: `7KQ2-M9XD-P4TA` (60 bits). */
function newCode(): string {
  const bytes = crypto.randomBytes(CODE_LENGTH);
  const chars = [...bytes].map((b) => ALPHABET[b % 32]!).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** The committee codes the hub accepts: a 12-digit area code (区划代码) or an 18-character unified social credit code. */
const COMMITTEE_CODE = /^(\d{12}|[0-9A-HJ-NPQRTUWXY]{18})$/;

/**
 * Makes an enrolment code for the committee with this area code, valid `days` days. Example:
 * `createEnrolmentCode(db, '110105001000', new Date())` → `{ code: '7KQ2-M9XD-P4TA', expiresAt: '2026-12-06T…' }`.
 */
export async function createEnrolmentCode(
  db: Kysely<HubDB>,
  committeeCode: string,
  now: Date,
  days = ENROLMENT_DAYS,
): Promise<{ code: string; committeeCode: string; expiresAt: string }> {
  const trimmed = committeeCode.trim();
  if (!COMMITTEE_CODE.test(trimmed)) throw new AppError('VALIDATION', `调委会代码不正确：应为12位区划代码（got '${committeeCode}'）`);
  if (!Number.isInteger(days) || days < 1 || days > 90) throw new AppError('VALIDATION', '登记码有效期应为1至90天');
  const code = newCode();
  const expiresAt = new Date(now.getTime() + days * 86_400_000).toISOString();
  await db
    .insertInto('enrolment_codes')
    .values({
      code_hash: hashOf(code),
      committee_code: trimmed,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      used_at: null,
      device_id: null,
    })
    .execute();
  return { code, committeeCode: trimmed, expiresAt };
}

/**
 * Enrols the device that presents a valid code. The device may send the records of the committee the code was
 * made for and of the other committees its register keeps that no other enrolled device holds. Refused with
 * HubRefusal (enrol_unknown_code, enrol_used, enrol_expired, enrol_committee_mismatch, bad_request).
 */
export async function enrolDevice(db: Kysely<HubDB>, body: unknown, now: Date): Promise<EnrolResponse> {
  const parsed = EnrolRequest.safeParse(body);
  if (!parsed.success) throw new HubRefusal('bad_request', parsed.error.issues[0]?.message);
  const request = parsed.data;
  let publicKey;
  try {
    publicKey = publicKeyFromPem(request.publicKeyPem);
  } catch (error) {
    throw new HubRefusal('bad_request', (error as Error).message);
  }
  const deviceId = deviceIdOf(publicKey);
  const identity = await hubIdentity(db);

  return writeTransaction(db, async (trx) => {
    // Codes and who holds which committee are read and changed under the hub-wide lock (one enrolment at a time).
    await lockHub(trx, 'devices');
    const code = await trx.selectFrom('enrolment_codes').selectAll().where('code_hash', '=', hashOf(request.code)).executeTakeFirst();
    if (!code) throw new HubRefusal('enrol_unknown_code');
    if (code.used_at !== null && code.device_id !== deviceId) throw new HubRefusal('enrol_used');
    if (code.used_at === null && code.expires_at <= now.toISOString()) throw new HubRefusal('enrol_expired');
    const own = request.committees.find((c) => c.areaCode === code.committee_code);
    if (!own)
      throw new HubRefusal(
        'enrol_committee_mismatch',
        `登记码属于区划代码 ${code.committee_code} 的调委会，本机的调委会是 ${request.committees.map((c) => `${c.name}（${c.areaCode}）`).join('、')}`,
      );

    // Committees held by another device that is still enrolled stay with it; the code's own committee is given
    // to this device in any case (the district made the code for it: a replacement PC takes over).
    const held = new Set<string>();
    const others = await trx.selectFrom('devices').select(['device_id', 'committee_ids']).where('revoked_at', 'is', null).execute();
    for (const other of others) if (other.device_id !== deviceId) for (const id of committeesOf(other.committee_ids)) held.add(id);
    const committeeIds = request.committees.map((c) => c.id).filter((id) => id === own.id || !held.has(id));
    // A replacement PC (the old one revoked) takes over what the revoked devices of this committee held, so that it
    // can restore the committee's register from the hub and carry on sending its records.
    const predecessors = await trx
      .selectFrom('devices')
      .select('committee_ids')
      .where('committee_code', '=', code.committee_code)
      .where('revoked_at', 'is not', null)
      .where('device_id', '!=', deviceId)
      .execute();
    const takenOver: string[] = [];
    for (const p of predecessors)
      for (const id of committeesOf(p.committee_ids)) if (!held.has(id) && !committeeIds.includes(id)) takenOver.push(id);
    committeeIds.push(...takenOver);
    const restorable =
      takenOver.length === 0
        ? 0
        : Number(
            (
              await trx
                .selectFrom('records')
                .select((eb) => eb.fn.countAll().as('n'))
                .where('committee_id', 'in', takenOver)
                .executeTakeFirst()
            )?.n ?? 0,
          );

    await registerDevice(trx, { publicKeyPem: request.publicKeyPem, committeeIds }, now);
    await trx
      .updateTable('devices')
      .set({ committee_code: code.committee_code, app_version: request.appVersion })
      .where('device_id', '=', deviceId)
      .execute();
    const usedAt = code.used_at ?? now.toISOString();
    await trx
      .updateTable('enrolment_codes')
      .set({ used_at: usedAt, device_id: deviceId })
      .where('code_hash', '=', code.code_hash)
      .execute();
    const device = await trx
      .selectFrom('devices')
      .select(['committee_ids', 'enrolled_at'])
      .where('device_id', '=', deviceId)
      .executeTakeFirstOrThrow();
    return {
      deviceId,
      committeeIds: committeesOf(device.committee_ids),
      committeeCode: code.committee_code,
      hubId: identity.hubId,
      hubPublicKeyPem: identity.publicKeyPem,
      enrolledAt: device.enrolled_at,
      restorable,
      maxVersion: Number(
        (
          await trx
            .selectFrom('records')
            .select((eb) => eb.fn.max('version').as('v'))
            // Only the register's own committees: what it takes over from a revoked PC is restored with its own base.
            .where(
              'committee_id',
              'in',
              committeesOf(device.committee_ids).filter((id) => request.committees.some((c) => c.id === id)),
            )
            .executeTakeFirst()
        )?.v ?? 0,
      ),
    };
  });
}
