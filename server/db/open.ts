// Opens the district hub's database and runs its migrations. For now SQLite only (a `sqlite:` URL or, by default,
// `<dataDir>/hub.sqlite3`); PostgreSQL (a `postgres://` URL, Kysely's PostgresDialect) comes with the hub's next
// part, behind the same function. writeTransaction is the hub's one way to write.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteAdapter, SqliteDialect, sql, type MigrationProvider } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import { HUB_MIGRATIONS } from './migrations/index.ts';
import type { HubDB } from './schema.ts';

const BUSY_TIMEOUT_MS = 5000;
export const HUB_SQLITE_FILE = 'hub.sqlite3';

export interface HubDatabase {
  db: Kysely<HubDB>;
  close(): Promise<void>;
}

/** The SQLite file a `sqlite:` URL names (relative paths against dataDir), or the default file when no URL is given. */
function sqliteFileOf(url: string | undefined, dataDir: string): string | null {
  if (url === undefined || url === '') return path.join(dataDir, HUB_SQLITE_FILE);
  if (!url.startsWith('sqlite:')) return null;
  const rest = url.slice('sqlite:'.length).replace(/^\/\//, '');
  if (rest === '') return path.join(dataDir, HUB_SQLITE_FILE);
  return path.resolve(dataDir, rest);
}

/**
 * Opens (creating when missing) and migrates the hub's database. Example: `openHubDatabase(undefined, '/var/fq')`
 * → `/var/fq/hub.sqlite3`; `openHubDatabase('sqlite:/srv/hub.db', dir)`. A `postgres://` URL is refused for now.
 */
export async function openHubDatabase(url: string | undefined, dataDir: string): Promise<HubDatabase> {
  if (url !== undefined && /^postgres(ql)?:\/\//.test(url))
    throw new Error('PostgreSQL support comes with the hub’s next part; use a sqlite: URL (or none) for now.');
  const file = sqliteFileOf(url, dataDir);
  if (file === null) throw new Error(`Unsupported hub database URL: ${url ?? ''} (expected sqlite: or postgres://)`);

  fs.mkdirSync(path.dirname(file), { recursive: true });
  const raw = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    raw.close();
    throw error;
  }
  const db = new Kysely<HubDB>({ dialect: new SqliteDialect({ database: raw }) });
  const provider: MigrationProvider = { getMigrations: async () => HUB_MIGRATIONS };
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new AppError('INTERNAL', `区级平台数据库升级失败，原数据未改动：${String(error)}`);
  }

  let closed = false;
  return {
    db,
    async close() {
      if (closed) return;
      closed = true;
      try {
        raw.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // A failed checkpoint leaves the WAL file in place; SQLite replays it at the next open.
      }
      await db.destroy();
    },
  };
}

/**
 * Runs `work` in one write transaction. On SQLite it begins IMMEDIATE (as the app's immediateTransaction): the
 * write lock is taken first, so concurrent writers queue up (busy timeout) instead of failing on upgrade; Kysely's
 * SQLite driver also holds its single connection for the whole of `work`, so ingests in one process run one after
 * another. On other dialects (PostgreSQL) it is Kysely's ordinary transaction.
 */
export async function writeTransaction<T>(db: Kysely<HubDB>, work: (trx: Kysely<HubDB>) => Promise<T>): Promise<T> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return db.transaction().execute(work);
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      // SQLite may already have rolled back; the original error is the one to report.
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}
