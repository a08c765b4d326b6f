// Opens the district hub's database for one `hub …` admin command: the same `--db` as `hub serve` (none or
// sqlite:FILE for the embedded SQLite in --data-dir, postgres://… for PostgreSQL), closed when the command ends.
import { resolveDataDir } from '../services/dataDir.ts';
import { openHubDatabase, type HubDatabase } from '../server/db/open.ts';

/** The `--db` flag every hub command takes. */
export const DB_OPTION = { db: { type: 'string' } } as const;

export async function withHub<T>(
  values: { db?: string | undefined; 'data-dir'?: string | undefined },
  work: (hub: HubDatabase) => Promise<T>,
): Promise<T> {
  const hub = await openHubDatabase(values.db, resolveDataDir({ flag: values['data-dir'] }));
  try {
    return await work(hub);
  } finally {
    await hub.close();
  }
}
