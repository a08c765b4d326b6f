// The district hub's first tables: enrolled devices, received batches (with the receipt each got), the records
// at their highest version, and the rejected ones with the reason. Portable DDL (SQLite and PostgreSQL): text,
// integer and bigint only, no SQLite-only clauses. Frozen in time: raw SQL.
import { sql, type Kysely } from 'kysely';

const KINDS = sql`('committee', 'mediator', 'case', 'screening_report')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table devices (
      device_id text primary key,
      public_key_pem text not null,
      committee_ids text not null,
      enrolled_at text not null,
      revoked_at text,
      last_batch_at text
    )`.execute(db);
  await sql`
    create table batches (
      batch_id text primary key,
      device_id text not null references devices (device_id),
      received_at text not null,
      receipt text not null,
      records integer not null check (records >= 0)
    )`.execute(db);
  await sql`create index batches_device on batches (device_id, received_at)`.execute(db);
  await sql`
    create table records (
      kind text not null check (kind in ${KINDS}),
      record_id text not null,
      committee_id text not null,
      version bigint not null check (version > 0),
      data text not null,
      device_id text not null,
      received_at text not null,
      batch_id text not null,
      primary key (kind, record_id)
    )`.execute(db);
  await sql`create index records_committee on records (committee_id, kind, record_id)`.execute(db);
  await sql`
    create table rejections (
      kind text not null check (kind in ${KINDS}),
      record_id text not null,
      version bigint not null check (version > 0),
      reason text not null,
      committee_id text not null,
      device_id text not null,
      batch_id text not null,
      received_at text not null,
      primary key (kind, record_id)
    )`.execute(db);
  await sql`create index rejections_committee on rejections (committee_id, kind, record_id)`.execute(db);
}
