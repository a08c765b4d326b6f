// What comes down from the district hub: its reference data as last applied (one row, the whole version) and its
// notes on this register's records (kept, and marked when the clerk has dealt with them); and the base the
// register's record versions start from after a restore (the hub's highest version of them), and whether a restore
// is waiting. Frozen in time: raw SQL.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table reference_data (
      id integer primary key check (id = 1),
      version integer not null check (version > 0),
      data text not null,
      published_at text not null,
      applied_at text not null
    ) strict`.execute(db);
  await sql`
    create table hub_notes (
      note_id text primary key,
      seq integer not null unique check (seq > 0),
      committee_id text not null,
      kind text not null,
      record_id text not null,
      body text not null,
      author text not null,
      created_at text not null,
      received_at text not null,
      handled_at text,
      handled_by text
    ) strict`.execute(db);
  await sql`create index hub_notes_record on hub_notes (kind, record_id)`.execute(db);
  await sql`alter table sync_state add column version_base integer not null default 0 check (version_base >= 0)`.execute(db);
  // Records of this committee the hub holds from a PC that was replaced: sending waits until they are restored here
  // (or the administrator declines), so the new PC's empty committee does not go up beside the old one.
  await sql`alter table sync_state add column restorable integer not null default 0 check (restorable >= 0)`.execute(db);
}
