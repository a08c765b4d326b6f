// Attachment files at the hub: what it holds of each (received in chunks, resumable; whole once its SHA-256 checks)
// and which files the district asked a committee for. The bytes live on disk beside the database (`files/`).
// Portable DDL (SQLite and PostgreSQL). Frozen in time: raw SQL.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table attachment_files (
      sha256 text primary key,
      committee_id text not null,
      size bigint not null check (size > 0),
      received bigint not null check (received >= 0),
      complete integer not null check (complete in (0, 1)),
      created_at text not null,
      completed_at text
    )`.execute(db);
  await sql`
    create table file_requests (
      sha256 text not null,
      committee_id text not null,
      requested_at text not null,
      requested_by text not null,
      primary key (sha256, committee_id)
    )`.execute(db);
}
