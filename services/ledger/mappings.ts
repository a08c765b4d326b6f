// Column mappings remembered between imports: the mapping of a successful import is saved under the signature
// of the file's headers (settings table), and offered the next time a file with the same headers is read.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { LedgerMappingDraft } from '../../shared/domain/ledger.ts';
import { normalizeHeader } from '../../shared/rules/ledgerHeaders.ts';
import { appendChange } from '../changeLog.ts';
import type { DB } from '../db/schema.ts';
import { log } from '../logger.ts';

const KEY_PREFIX = 'ledger.mapping:';

/** The same for any file with the same column headers in the same order, whatever its rows or sheet name. */
export function headerSignature(labels: readonly string[]): string {
  const headers = labels.map(normalizeHeader).filter((h) => h !== '');
  return crypto.createHash('sha256').update(JSON.stringify(headers)).digest('hex');
}

export async function savedMapping(db: Kysely<DB>, signature: string): Promise<LedgerMappingDraft | null> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', KEY_PREFIX + signature)
    .executeTakeFirst();
  if (!row) return null;
  const parsed = LedgerMappingDraft.safeParse(JSON.parse(row.value));
  if (parsed.success) return parsed.data;
  log.warn('saved ledger mapping is invalid; suggesting one instead', { signature, issues: parsed.error.issues.length });
  return null;
}

/** Saves (or replaces) the mapping for these headers, in the caller's write transaction. */
export async function saveMapping(
  trx: Kysely<DB>,
  signature: string,
  mapping: LedgerMappingDraft,
  actor: string,
  now: Date,
): Promise<void> {
  const key = KEY_PREFIX + signature;
  const value = JSON.stringify(mapping);
  const before = await trx.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  if (before?.value === value) return;
  await trx
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
  await appendChange(trx, { actor, at: now.toISOString(), entity: 'settings', entityId: key, action: 'update', data: mapping });
}
