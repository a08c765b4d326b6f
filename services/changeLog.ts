// The append-only change log: who changed what, when. Written in the same transaction as the change.
import type { Kysely } from 'kysely';
import type { DB } from './db/schema.ts';

export interface ChangeEntry {
  actor: string;
  entity: 'committee' | 'case' | 'mediator' | 'settings' | 'attachment' | 'screening_report';
  entityId: string;
  action: string;
  data: unknown;
  at: string;
}

export async function appendChange(trx: Kysely<DB>, entry: ChangeEntry): Promise<void> {
  await trx
    .insertInto('change_log')
    .values({
      at: entry.at,
      actor: entry.actor,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      data: JSON.stringify(entry.data),
    })
    .execute();
}

export interface ChangeRecord extends ChangeEntry {
  seq: number;
}

export async function changesOf(db: Kysely<DB>, entity: ChangeEntry['entity'], entityId: string): Promise<ChangeRecord[]> {
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
    entity: r.entity as ChangeEntry['entity'],
    entityId: r.entity_id,
    action: r.action,
    data: JSON.parse(r.data) as unknown,
  }));
}
