// The audit log (table change_log): who changed or saw what, when. Append-only (triggers refuse UPDATE and
// DELETE) and chained by hashes (services/audit/chain.ts), so that an entry edited, removed or moved behind the
// app's back is found by `fengqiao check`. Changes are written in the same transaction as the change itself.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely } from 'kysely';
import { GENESIS_HASH, entryHash } from './audit/chain.ts';
import { immediateTransaction } from './db/open.ts';
import type { DB } from './db/schema.ts';

export type AuditEntity =
  'committee' | 'case' | 'mediator' | 'settings' | 'attachment' | 'screening_report' | 'user' | 'session' | 'register';

export interface ChangeEntry {
  actor: string;
  entity: AuditEntity;
  entityId: string;
  action: string;
  data: unknown;
  at: string;
}

/** The signed-in user of the call being served, set by the dispatcher, so every entry names its user. */
const currentUser = new AsyncLocalStorage<string | null>();

export function runAsUser<T>(userId: string | null, work: () => Promise<T>): Promise<T> {
  return currentUser.run(userId, work);
}

/**
 * The hash of the last entry written in each open transaction: a transaction holds the write lock, so nobody
 * else appends meanwhile, and a bulk import need not read it back for every entry. Keyed by the transaction's
 * own Kysely instance, which lives only as long as the transaction.
 */
const lastHashIn = new WeakMap<Kysely<DB>, string>();

/** Appends one entry, chained to the last one. Call inside a write transaction (BEGIN IMMEDIATE), never on the root db. */
export async function appendChange(trx: Kysely<DB>, entry: ChangeEntry): Promise<void> {
  const known = lastHashIn.get(trx);
  const last =
    known !== undefined
      ? { hash: known }
      : await trx.selectFrom('change_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const fields = {
    at: entry.at,
    actor: entry.actor,
    user_id: currentUser.getStore() ?? null,
    entity: entry.entity,
    entity_id: entry.entityId,
    action: entry.action,
    data: JSON.stringify(entry.data ?? null),
  };
  const prev = last?.hash ?? GENESIS_HASH;
  const hash = entryHash(prev, fields);
  await trx
    .insertInto('change_log')
    .values({ ...fields, prev_hash: prev, hash })
    .execute();
  lastHashIn.set(trx, hash);
}

/** Records that someone saw or took personal data (a case, an attachment, an export), in its own transaction. */
export async function recordRead(
  db: Kysely<DB>,
  actor: string,
  entity: AuditEntity,
  entityId: string,
  data: unknown,
  now = new Date(),
  action: 'read' | 'export' = 'read',
): Promise<void> {
  await immediateTransaction(db, (trx) => appendChange(trx, { actor, at: now.toISOString(), entity, entityId, action, data }));
}
