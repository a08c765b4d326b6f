// On PostgreSQL, a record's snapshot (several KiB of JSON) is compressed as it is stored (TOAST); lz4 does it at a
// fraction of the default pglz's CPU, which is what bounds a busy hub's ingest. Values stored before stay as they
// are (both are read transparently). SQLite stores text as it is: nothing to do there. Frozen in time: raw SQL.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table records alter column data set compression lz4`.execute(db);
}
