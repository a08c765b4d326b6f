// Accounts, and the change log becomes a hash-chained audit log (with the user, and reads of personal data).
// Entries written before this version are chained here, in order, once. Frozen in time.
import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';

const PAGE = 5000;

// The chain's format as of this migration (services/audit/chain.ts must keep computing exactly this).
const GENESIS_HASH = '0'.repeat(64);
interface ChainedFields {
  at: string;
  actor: string;
  user_id: string | null;
  entity: string;
  entity_id: string;
  action: string;
  data: string;
}
const entryHash = (prev: string, e: ChainedFields) =>
  crypto
    .createHash('sha256')
    .update([prev, e.at, e.actor, e.user_id ?? '', e.entity, e.entity_id, e.action, e.data].join('\u001f'))
    .digest('hex');

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table users (
      id text primary key,
      username text not null unique,
      name text not null,
      role text not null check (role in ('clerk', 'mediator', 'director', 'admin')),
      password_hash text not null,
      active integer not null default 1,
      must_change_password integer not null default 0,
      failed_logins integer not null default 0,
      locked_until text,
      last_login_at text,
      password_changed_at text,
      password_reset_by text,
      created_at text not null,
      updated_at text not null,
      version integer not null default 1
    ) strict`.execute(db);

  await sql`drop trigger change_log_no_update`.execute(db);
  await sql`alter table change_log add column user_id text`.execute(db);
  await sql`alter table change_log add column prev_hash text`.execute(db);
  await sql`alter table change_log add column hash text`.execute(db);
  let prev = GENESIS_HASH;
  let after = 0;
  for (;;) {
    const rows = (
      await sql<ChainedFields & { seq: number }>`
        select seq, at, actor, user_id, entity, entity_id, action, data from change_log where seq > ${after} order by seq limit ${PAGE}`.execute(
        db,
      )
    ).rows;
    if (rows.length === 0) break;
    for (const row of rows) {
      const hash = entryHash(prev, row);
      await sql`update change_log set prev_hash = ${prev}, hash = ${hash} where seq = ${row.seq}`.execute(db);
      prev = hash;
      after = row.seq;
    }
  }
  await sql`
    create trigger change_log_no_update before update on change_log
    begin select raise(abort, 'change_log is append-only'); end`.execute(db);
  await sql`create index change_log_by_user on change_log(user_id, seq) where user_id is not null`.execute(db);
}
