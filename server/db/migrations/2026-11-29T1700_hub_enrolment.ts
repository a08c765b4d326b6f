// Enrolment codes (one-time, for one committee, kept as a hash) and the hub's own settings (its signing key).
// Portable DDL (SQLite and PostgreSQL). Frozen in time: raw SQL.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table enrolment_codes (
      code_hash text primary key,
      committee_code text not null,
      created_at text not null,
      expires_at text not null,
      used_at text,
      device_id text
    )`.execute(db);
  await sql`create table hub_settings (key text primary key, value text not null)`.execute(db);
  await sql`alter table devices add column committee_code text`.execute(db);
  await sql`alter table devices add column app_version text`.execute(db);
}
