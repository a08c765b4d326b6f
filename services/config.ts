// The register's configuration (warning wording and thresholds, screening periods, reminder intervals),
// stored as one settings row; defaults apply until a committee changes them.
import type { Kysely } from 'kysely';
import { DEFAULT_CONFIG, LifecycleConfig } from '../shared/domain/config.ts';
import { log } from './logger.ts';
import { appendChange } from './changeLog.ts';
import { immediateTransaction } from './db/open.ts';
import type { DB } from './db/schema.ts';

const KEY = 'lifecycle';

export async function getConfig(db: Kysely<DB>): Promise<LifecycleConfig> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return DEFAULT_CONFIG;
  // Stored by an older version with fewer keys: fill in the defaults, keep what was set.
  const parsed = LifecycleConfig.safeParse({ ...DEFAULT_CONFIG, ...(JSON.parse(row.value) as object) });
  if (parsed.success) return parsed.data;
  log.warn('stored configuration is invalid; using the defaults', { issues: parsed.error.issues.length });
  return DEFAULT_CONFIG;
}

export async function setConfig(db: Kysely<DB>, config: LifecycleConfig, actor: string, now = new Date()): Promise<LifecycleConfig> {
  return immediateTransaction(db, async (trx) => {
    const value = JSON.stringify(config);
    await trx
      .insertInto('settings')
      .values({ key: KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
    await appendChange(trx, { actor, at: now.toISOString(), entity: 'settings', entityId: KEY, action: 'update', data: config });
    return config;
  });
}
