// The wording of the documents as the committee adjusted it (设置 → 文书设置), kept as one settings row; the
// defaults apply until it is changed, and a stored wording that no longer validates falls back to them.
import type { Kysely } from 'kysely';
import { DEFAULT_WORDING, DocumentWording } from '../../shared/documents/wording.ts';
import { appendChange } from '../changeLog.ts';
import { immediateTransaction } from '../db/open.ts';
import type { DB } from '../db/schema.ts';
import { log } from '../logger.ts';

const KEY = 'documents';

export async function getWording(db: Kysely<DB>): Promise<DocumentWording> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return DEFAULT_WORDING;
  const parsed = DocumentWording.safeParse({ ...DEFAULT_WORDING, ...(JSON.parse(row.value) as object) });
  if (parsed.success) return parsed.data;
  log.warn('stored document wording is invalid; using the defaults', { issues: parsed.error.issues.length });
  return DEFAULT_WORDING;
}

export async function setWording(db: Kysely<DB>, wording: DocumentWording, actor: string, now = new Date()): Promise<DocumentWording> {
  return immediateTransaction(db, async (trx) => {
    const value = JSON.stringify(wording);
    await trx
      .insertInto('settings')
      .values({ key: KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
    await appendChange(trx, { actor, at: now.toISOString(), entity: 'settings', entityId: KEY, action: 'update', data: wording });
    return wording;
  });
}
