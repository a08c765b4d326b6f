// The register's link to its district hub: one row, written at enrolment (the hub's address and public key, this
// device's id), and what the last attempts to send said (for the 同步 page and the background sender's backoff).
// Frozen in time: raw SQL.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table sync_state (
      id integer primary key check (id = 1),
      hub_url text not null,
      hub_id text not null,
      hub_public_key text not null,
      device_id text not null,
      committee_code text not null,
      enrolled_at text not null,
      revoked_at text,
      last_attempt_at text,
      last_success_at text,
      last_error_code text,
      last_error_message text,
      failures integer not null default 0 check (failures >= 0)
    ) strict`.execute(db);
}
