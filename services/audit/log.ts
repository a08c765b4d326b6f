// Reading the audit log: the viewer's pages (newest first, with a Chinese summary and no personal data) and the
// entries of one record.
import type { Kysely } from 'kysely';
import type { AuditEntry, AuditPage, AuditQuery } from '../../shared/domain/account.ts';
import { summarizeAudit } from '../../shared/domain/audit.ts';
import type { DB } from '../db/schema.ts';
import type { AuditEntity, ChangeEntry } from '../changeLog.ts';

type Query = Omit<AuditQuery, 'limit'> & { limit: number };

export async function listAudit(db: Kysely<DB>, query: Query): Promise<AuditPage> {
  let q = db
    .selectFrom('change_log')
    .select(['seq', 'at', 'actor', 'user_id', 'entity', 'entity_id', 'action'])
    .orderBy('seq', 'desc')
    .limit(query.limit + 1);
  if (query.before) q = q.where('seq', '<', query.before);
  if (query.userId) q = q.where('user_id', '=', query.userId);
  if (query.entity) q = q.where('entity', '=', query.entity);
  if (query.entityId) q = q.where('entity_id', '=', query.entityId);
  if (query.action) q = q.where('action', '=', query.action);
  if (query.from) q = q.where('at', '>=', query.from);
  if (query.to) q = q.where('at', '<=', `${query.to}\uffff`);
  const rows = await q.execute();
  const entries: AuditEntry[] = rows.slice(0, query.limit).map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    userId: r.user_id,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    summary: summarizeAudit(r.entity, r.action),
  }));
  return { entries, hasMore: rows.length > query.limit };
}

export interface ChangeRecord extends ChangeEntry {
  seq: number;
  userId: string | null;
}

/** Every entry about one record, oldest first, with its data. */
export async function changesOf(db: Kysely<DB>, entity: AuditEntity, entityId: string): Promise<ChangeRecord[]> {
  const rows = await db
    .selectFrom('change_log')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    userId: r.user_id,
    entity: r.entity as AuditEntity,
    entityId: r.entity_id,
    action: r.action,
    data: JSON.parse(r.data) as unknown,
  }));
}
