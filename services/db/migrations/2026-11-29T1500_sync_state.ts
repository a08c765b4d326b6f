// What the district hub has acknowledged of this register's records: per record, the highest version it
// accepted, and the version it last rejected with the reason. The pending set is derived from the change log
// against these (services/sync/pending.ts); only a receipt from the hub changes them. Frozen in time: raw SQL.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table sync_acks (
      kind text not null check (kind in ('committee', 'mediator', 'case', 'screening_report')),
      record_id text not null,
      version integer not null check (version > 0),
      batch_id text not null,
      acked_at text not null,
      primary key (kind, record_id)
    ) strict`.execute(db);
  await sql`
    create table sync_rejections (
      kind text not null check (kind in ('committee', 'mediator', 'case', 'screening_report')),
      record_id text not null,
      version integer not null check (version > 0),
      reason text not null,
      batch_id text not null,
      received_at text not null,
      primary key (kind, record_id)
    ) strict`.execute(db);
}
