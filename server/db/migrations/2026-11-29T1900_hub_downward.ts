// What goes down to the registers: the district's reference data (each published version kept whole), its notes
// on the committees' records (in the hub's own order, `seq`), and the one-time challenges that the devices sign
// their requests over. Portable DDL (SQLite and PostgreSQL). Frozen in time: raw SQL.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table reference_versions (
      version integer primary key check (version > 0),
      data text not null,
      published_at text not null,
      published_by text not null
    )`.execute(db);
  await sql`
    create table notes (
      seq bigint primary key check (seq > 0),
      note_id text not null unique,
      committee_id text not null,
      kind text not null,
      record_id text not null,
      body text not null,
      author text not null,
      created_at text not null
    )`.execute(db);
  await sql`create index notes_committee on notes (committee_id, seq)`.execute(db);
  await sql`
    create table challenges (
      challenge text primary key,
      device_id text not null,
      expires_at text not null
    )`.execute(db);
  await sql`alter table devices add column reference_version integer`.execute(db);
  await sql`alter table devices add column last_pull_at text`.execute(db);
}
