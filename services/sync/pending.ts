// The records waiting to go up to the district hub, derived from the change log (written in the same
// transaction as every change) against what the hub has acknowledged: nothing is pending because "a sync ran",
// nothing leaves the pending set but a receipt, and no retry count ever drops a record (docs/sync-protocol.md,
// ../shared/sync-lessons.md).
import { sql, type Kysely } from 'kysely';
import { SYNC_KINDS, type Receipt, type SyncKind } from '../../shared/sync/protocol.ts';
import { immediateTransaction } from '../db/open.ts';
import type { DB } from '../db/schema.ts';

/** A record to send: its kind, id and version (the change-log sequence number of its latest change). */
export interface PendingRecord {
  kind: SyncKind;
  id: string;
  version: number;
}

/** Change-log actions that change no record: reads and exports of personal data are audited, not synced. */
const NOT_CHANGES = ['read', 'export'] as const;

/**
 * Every record whose latest change the hub has neither accepted nor rejected, oldest change first. A record the
 * hub rejected waits for the clerk's correction: the correction is a newer change, and makes it pending again.
 */
export async function pendingRecords(db: Kysely<DB>, limit?: number): Promise<PendingRecord[]> {
  // A register restored from the hub numbers its changes above the hub's highest version of its records.
  const base = Number((await db.selectFrom('sync_state').select('version_base').where('id', '=', 1).executeTakeFirst())?.version_base ?? 0);
  let query = db
    .selectFrom('change_log as c')
    .select(['c.entity as kind', 'c.entity_id as id', () => sql<number>`max(c.seq) + ${base}`.as('version')])
    .where('c.entity', 'in', [...SYNC_KINDS])
    .where('c.action', 'not in', [...NOT_CHANGES])
    .groupBy(['c.entity', 'c.entity_id'])
    .having(
      () => sql<number>`max(c.seq) + ${base}`,
      '>',
      sql<number>`coalesce((select max(v) from (
        select a.version as v from sync_acks a where a.kind = c.entity and a.record_id = c.entity_id
        union all
        select r.version from sync_rejections r where r.kind = c.entity and r.record_id = c.entity_id)), 0)`,
    )
    .orderBy('version');
  if (limit !== undefined) query = query.limit(limit);
  const rows = await query.execute();
  return rows.map((r) => ({ kind: r.kind as SyncKind, id: r.id, version: Number(r.version) }));
}

/**
 * Records that were changed and then ceased to exist before they were ever acknowledged (the committee a fresh
 * install made before it was restored from the hub): there is nothing to send, so they are marked as settled at
 * that version, and leave the pending set.
 */
export async function settleGone(db: Kysely<DB>, gone: PendingRecord[], now = new Date()): Promise<void> {
  if (gone.length === 0) return;
  await immediateTransaction(db, async (trx) => {
    for (const g of gone)
      await trx
        .insertInto('sync_acks')
        .values({ kind: g.kind, record_id: g.id, version: g.version, batch_id: 'gone', acked_at: now.toISOString() })
        .onConflict((oc) =>
          oc.columns(['kind', 'record_id']).doUpdateSet({ version: g.version, batch_id: 'gone', acked_at: now.toISOString() }),
        )
        .execute();
  });
}

/**
 * Takes the hub's receipt in: an accepted record is acknowledged at its version (never lowered by an older
 * receipt arriving late) and its rejection, if any older, is cleared; a rejected record keeps the reason for the
 * 同步 page. All in one transaction: a receipt is taken in whole or not at all.
 */
export async function applyReceipt(db: Kysely<DB>, receipt: Receipt, now = new Date()): Promise<{ accepted: number; rejected: number }> {
  const at = now.toISOString();
  return immediateTransaction(db, async (trx) => {
    let accepted = 0;
    let rejected = 0;
    for (const r of receipt.records) {
      if (r.status === 'accepted') {
        accepted += 1;
        await trx
          .insertInto('sync_acks')
          .values({ kind: r.kind, record_id: r.id, version: r.version, batch_id: receipt.batchId, acked_at: at })
          .onConflict((oc) =>
            oc
              .columns(['kind', 'record_id'])
              .doUpdateSet({ version: r.version, batch_id: receipt.batchId, acked_at: at })
              .where('sync_acks.version', '<', r.version),
          )
          .execute();
        await trx
          .deleteFrom('sync_rejections')
          .where('kind', '=', r.kind)
          .where('record_id', '=', r.id)
          .where('version', '<=', r.version)
          .execute();
      } else {
        rejected += 1;
        await trx
          .insertInto('sync_rejections')
          .values({ kind: r.kind, record_id: r.id, version: r.version, reason: r.reason, batch_id: receipt.batchId, received_at: at })
          .onConflict((oc) =>
            oc
              .columns(['kind', 'record_id'])
              .doUpdateSet({ version: r.version, reason: r.reason, batch_id: receipt.batchId, received_at: at })
              .where('sync_rejections.version', '<=', r.version),
          )
          .execute();
      }
    }
    return { accepted, rejected };
  });
}

/** The records the hub rejected and that have not been corrected and accepted since, newest first. */
export async function rejectedRecords(db: Kysely<DB>) {
  return db.selectFrom('sync_rejections').selectAll().orderBy('received_at', 'desc').execute();
}
