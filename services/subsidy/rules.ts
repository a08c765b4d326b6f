// The subsidy rules (个案补贴) as one settings row: defaults until the committee sets its own.
import type { Kysely } from 'kysely';
import { DEFAULT_SUBSIDY_RULES, SubsidyRules } from '../../shared/domain/subsidy.ts';
import { appendChange } from '../changeLog.ts';
import { immediateTransaction } from '../db/open.ts';
import type { DB } from '../db/schema.ts';
import { log } from '../logger.ts';

const KEY = 'subsidy';

export async function getSubsidyRules(db: Kysely<DB>): Promise<SubsidyRules> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return DEFAULT_SUBSIDY_RULES;
  const parsed = SubsidyRules.safeParse(JSON.parse(row.value));
  if (parsed.success) return parsed.data;
  log.warn('stored subsidy rules are invalid; using the defaults', { issues: parsed.error.issues.length });
  return DEFAULT_SUBSIDY_RULES;
}

export async function setSubsidyRules(db: Kysely<DB>, rules: SubsidyRules, actor: string, now = new Date()): Promise<SubsidyRules> {
  return immediateTransaction(db, async (trx) => {
    const value = JSON.stringify(rules);
    await trx
      .insertInto('settings')
      .values({ key: KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
    await appendChange(trx, { actor, at: now.toISOString(), entity: 'settings', entityId: KEY, action: 'update', data: rules });
    return rules;
  });
}
