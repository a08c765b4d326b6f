// The hub's side of reconciliation: how many records of a committee it holds and the SHA-256 of their sorted
// `kind:id:version` lines (shared/sync/reconcile.ts), for the register's 同步 page to compare with its own.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { reconciliationLines } from '../shared/sync/reconcile.ts';
import type { HubDB } from './db/schema.ts';

export interface CommitteeReconciliation {
  committeeId: string;
  records: number;
  /** SHA-256 hex of reconciliationLines over the committee's records at the versions the hub holds. */
  hash: string;
}

/** Example: `committeeReconciliation(db, own.id)` → `{ committeeId, records: 4, hash: '9f86…' }`. */
export async function committeeReconciliation(db: Kysely<HubDB>, committeeId: string): Promise<CommitteeReconciliation> {
  const rows = await db.selectFrom('records').select(['kind', 'record_id', 'version']).where('committee_id', '=', committeeId).execute();
  const lines = reconciliationLines(rows.map((r) => ({ kind: r.kind, id: r.record_id, version: Number(r.version) })));
  return { committeeId, records: rows.length, hash: crypto.createHash('sha256').update(lines, 'utf8').digest('hex') };
}
