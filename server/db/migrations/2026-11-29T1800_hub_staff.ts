// The district staff who use the hub's page (viewers and administrators, passwords as scrypt hashes, locked for a
// while after failed sign-ins) and the log of every administrative action, from the page or the command line.
// Portable DDL (SQLite and PostgreSQL): text and integer only, random text ids. Frozen in time: raw SQL.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table staff (
      staff_id text primary key,
      username text not null unique,
      display_name text not null,
      role text not null check (role in ('viewer', 'admin')),
      password_hash text not null,
      must_change_password integer not null check (must_change_password in (0, 1)),
      created_at text not null,
      deactivated_at text,
      last_login_at text,
      failed_logins integer not null default 0 check (failed_logins >= 0),
      locked_until text
    )`.execute(db);
  await sql`
    create table admin_log (
      log_id text primary key,
      at text not null,
      staff_id text references staff (staff_id),
      actor text not null,
      action text not null,
      detail text not null,
      ip text
    )`.execute(db);
  await sql`create index admin_log_at on admin_log (at, log_id)`.execute(db);
}
