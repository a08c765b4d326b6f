// Accounts, and the change log becomes a hash-chained audit log (with the user, and reads of personal data).
// Entries written before this version are chained here, in order, once. Frozen in time.
import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';

const PAGE = 5000;
const INSERT_ROWS = 200;

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

  // The log is copied once into a table with the new columns, in order, each entry chained to the one before
  // (a rewrite in sequence is many times faster than updating every row in place on a large register).
  await sql`
    create table change_log_chained (
      seq integer primary key autoincrement,
      at text not null,
      actor text not null,
      entity text not null,
      entity_id text not null,
      action text not null,
      data text not null,
      user_id text,
      prev_hash text,
      hash text
    ) strict`.execute(db);
  let prev = GENESIS_HASH;
  let after = 0;
  for (;;) {
    const rows = (
      await sql<ChainedFields & { seq: number }>`
        select seq, at, actor, null as user_id, entity, entity_id, action, data from change_log where seq > ${after} order by seq limit ${PAGE}`.execute(
        db,
      )
    ).rows;
    if (rows.length === 0) break;
    const chained = rows.map((row) => {
      const hash = entryHash(prev, row);
      const values = sql`(${row.seq}, ${row.at}, ${row.actor}, ${row.entity}, ${row.entity_id}, ${row.action}, ${row.data}, null, ${prev}, ${hash})`;
      prev = hash;
      return values;
    });
    for (let i = 0; i < chained.length; i += INSERT_ROWS)
      await sql`insert into change_log_chained (seq, at, actor, entity, entity_id, action, data, user_id, prev_hash, hash)
        values ${sql.join(chained.slice(i, i + INSERT_ROWS))}`.execute(db);
    after = rows[rows.length - 1]!.seq;
  }
  await sql`drop table change_log`.execute(db);
  await sql`alter table change_log_chained rename to change_log`.execute(db);
  await sql`create index change_log_by_entity on change_log(entity, entity_id)`.execute(db);
  await sql`
    create trigger change_log_no_update before update on change_log
    begin select raise(abort, 'change_log is append-only'); end`.execute(db);
  await sql`
    create trigger change_log_no_delete before delete on change_log
    begin select raise(abort, 'change_log is append-only'); end`.execute(db);
  await sql`create index change_log_by_user on change_log(user_id, seq) where user_id is not null`.execute(db);
}
