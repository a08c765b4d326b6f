// The register's link to its hub (sync_state, one row): where the hub is, its key, this device's id, and what the
// last attempts said. Only enrolment creates the row; every attempt to send updates it in its own small write.
import type { Kysely } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import type { DB } from '../db/schema.ts';
import { immediateTransaction } from '../db/open.ts';
import { appendChange } from '../changeLog.ts';

export interface SyncLink {
  hubUrl: string;
  hubId: string;
  hubPublicKeyPem: string;
  deviceId: string;
  committeeCode: string;
  enrolledAt: string;
  revokedAt: string | null;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: { code: string; message: string } | null;
  /** Attempts that failed in a row since the last success: the background sender's backoff grows with it. */
  failures: number;
  /** Records the hub holds from the PC this one replaced, waiting to be restored here (sending waits meanwhile). */
  restorable: number;
}

/** The link, or null when the register was never enrolled. */
export async function syncLink(db: Kysely<DB>): Promise<SyncLink | null> {
  const row = await db.selectFrom('sync_state').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return null;
  return {
    hubUrl: row.hub_url,
    hubId: row.hub_id,
    hubPublicKeyPem: row.hub_public_key,
    deviceId: row.device_id,
    committeeCode: row.committee_code,
    enrolledAt: row.enrolled_at,
    revokedAt: row.revoked_at,
    lastAttemptAt: row.last_attempt_at,
    lastSuccessAt: row.last_success_at,
    lastError: row.last_error_code === null ? null : { code: row.last_error_code, message: row.last_error_message ?? '' },
    failures: Number(row.failures),
    restorable: Number(row.restorable),
  };
}

/** The link, or CONFLICT in words for the clerk when the register is not enrolled (or was revoked). */
export async function requireLink(db: Kysely<DB>, { allowRevoked = false } = {}): Promise<SyncLink> {
  const link = await syncLink(db);
  if (!link) throw new AppError('CONFLICT', '本机尚未登记到区级平台：请先用区司法局给的登记码登记');
  if (link.revokedAt !== null && !allowRevoked)
    throw new AppError('CONFLICT', `本机已于 ${link.revokedAt.slice(0, 10)} 被区级平台停用，不再发送数据；请联系区司法局重新登记`);
  return link;
}

/** The link, refusing while the hub holds the replaced PC's records that are not restored here yet. */
export async function requireSendingLink(db: Kysely<DB>): Promise<SyncLink> {
  const link = await requireLink(db);
  if (link.restorable > 0)
    throw new AppError(
      'CONFLICT',
      `区级平台存有本调委会原来电脑上的 ${link.restorable} 条记录：请先在同步页面“从区级平台恢复”（或由管理员选择不恢复），再发送`,
    );
  return link;
}

export interface Enrolment {
  hubUrl: string;
  hubId: string;
  hubPublicKeyPem: string;
  deviceId: string;
  committeeCode: string;
  enrolledAt: string;
  restorable: number;
}

/** Stores (or replaces) the link after the hub accepted an enrolment; clears any revocation and error. Audited. */
export async function saveEnrolment(db: Kysely<DB>, e: Enrolment, actor: string, now: Date): Promise<void> {
  const values = {
    hub_url: e.hubUrl,
    hub_id: e.hubId,
    hub_public_key: e.hubPublicKeyPem,
    device_id: e.deviceId,
    committee_code: e.committeeCode,
    enrolled_at: e.enrolledAt,
    restorable: e.restorable,
    revoked_at: null,
    last_error_code: null,
    last_error_message: null,
    failures: 0,
  };
  await immediateTransaction(db, async (trx) => {
    // Another hub knows nothing of what the previous one acknowledged: everything is sent to it afresh.
    const previous = await trx.selectFrom('sync_state').select('hub_id').where('id', '=', 1).executeTakeFirst();
    if (previous && previous.hub_id !== e.hubId) {
      await trx.deleteFrom('sync_acks').execute();
      await trx.deleteFrom('sync_rejections').execute();
    }
    await trx
      .insertInto('sync_state')
      .values({ id: 1, ...values })
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute();
    await appendChange(trx, {
      actor,
      at: now.toISOString(),
      entity: 'settings',
      entityId: 'sync',
      action: 'update',
      data: { hubUrl: e.hubUrl, hubId: e.hubId, deviceId: e.deviceId, committeeCode: e.committeeCode },
    });
  });
}

/** Notes an attempt: a success clears the error and the failure count, a failure keeps its words for the 同步 page. */
export async function noteAttempt(
  db: Kysely<DB>,
  at: Date,
  outcome: { ok: true } | { ok: false; code: string; message: string; revoked?: boolean },
): Promise<void> {
  const iso = at.toISOString();
  const set = outcome.ok
    ? { last_attempt_at: iso, last_success_at: iso, last_error_code: null, last_error_message: null, failures: 0 }
    : {
        last_attempt_at: iso,
        last_error_code: outcome.code,
        last_error_message: outcome.message,
        ...(outcome.revoked ? { revoked_at: iso } : {}),
      };
  await immediateTransaction(db, async (trx) => {
    let query = trx.updateTable('sync_state').set(set);
    if (!outcome.ok) query = query.set((eb) => ({ failures: eb('failures', '+', 1) }));
    await query.where('id', '=', 1).execute();
  });
}
