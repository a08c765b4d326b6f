// Opens the register's SQLite file: WAL, foreign keys, busy timeout, migrations run at start. A file written
// by a newer version of the app is refused before anything in it is changed.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql, type Migration, type MigrationProvider } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import { log } from '../logger.ts';
import { MIGRATIONS, MIGRATION_NAMES, SCHEMA_VERSION } from './migrations/index.ts';
import type { DB } from './schema.ts';
import { backupBeforeMigration } from './migrationBackup.ts';
import { withStatementCache } from './statementCache.ts';

const SLOW_QUERY_MS = 40;
const BUSY_TIMEOUT_MS = 5000;

export interface OpenedDatabase {
  db: Kysely<DB>;
  raw: Database.Database;
  file: string;
  schemaVersion: number;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Only these migrations (a prefix of the list); used by tests to build a database of an earlier version. */
  migrations?: Record<string, Migration>;
}

/** Opens (creating when missing) and migrates the register at `file`. */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const migrations = options.migrations ?? MIGRATIONS;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let raw: Database.Database;
  let applied: string[];
  try {
    raw = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    applied = refuseNewerDatabase(raw, Object.keys(migrations));
  } catch (error) {
    throw asOpenError(error, file);
  }
  try {
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    // Off while migrating (SQLite's table-rebuild procedure; a migration that rebuilds checks the keys itself),
    // on from then on.
    raw.pragma('foreign_keys = OFF');
    raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    raw.close();
    throw asOpenError(error, file);
  }

  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: withStatementCache(raw) }),
    log(event) {
      if (event.level === 'error') log.error('query failed', { sql: event.query.sql.slice(0, 300), error: String(event.error) });
      else if (event.queryDurationMillis > SLOW_QUERY_MS)
        log.warn('slow query', { ms: Math.round(event.queryDurationMillis), sql: event.query.sql.slice(0, 300) });
    },
  });

  // A register in use that this version will migrate: keep a copy of it as it is first.
  if (applied.length > 0 && applied.length < Object.keys(migrations).length) {
    try {
      await backupBeforeMigration(raw, file, applied.length);
    } catch (error) {
      await db.destroy();
      throw error;
    }
  }
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    await db.destroy();
    log.error('migration failed', { file, error: String(error), results });
    throw new AppError('INTERNAL', `数据文件升级失败，原文件未改动：${String(error)}`);
  }
  raw.pragma('foreign_keys = ON');
  const version = Object.keys(migrations).length;
  raw.pragma(`user_version = ${version}`);

  let closed = false;
  return {
    db,
    raw,
    file,
    schemaVersion: version,
    async close() {
      if (closed) return;
      closed = true;
      try {
        raw.pragma('wal_checkpoint(TRUNCATE)');
      } catch (e) {
        log.warn('checkpoint at close failed', { error: String(e) });
      }
      await db.destroy();
    },
  };
}

/**
 * Throws DB_TOO_NEW when the file holds migrations this version of the app does not know. Reads only; returns
 * the migrations already applied.
 */
function refuseNewerDatabase(raw: Database.Database, known: string[]): string[] {
  const userVersion = raw.pragma('user_version', { simple: true }) as number;
  const hasTable = raw.prepare(`select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'`).get();
  const applied = hasTable
    ? (raw.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name)
    : [];
  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length > 0 || userVersion > Math.max(known.length, SCHEMA_VERSION)) {
    raw.close();
    throw new AppError(
      'DB_TOO_NEW',
      `此数据文件由更新版本的枫桥写入（数据版本 ${Math.max(userVersion, applied.length)}，本程序支持到 ${known.length}），为保护数据，本程序不会打开或改动它。请安装最新版本后再打开。`,
    );
  }
  return applied;
}

function asOpenError(error: unknown, file: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
    return new AppError('DB_INVALID', `数据文件 ${file} 已损坏或不是枫桥的数据文件，程序没有改动它。`);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new AppError('DB_LOCKED', '数据文件正被其他程序占用，请稍后再试。');
  if (code === 'SQLITE_CANTOPEN' || code === 'EACCES')
    return new AppError('UNAVAILABLE', `无法打开数据文件 ${file}，请检查文件夹是否存在且可写。`);
  return new AppError('INTERNAL', `打开数据文件失败：${String(error)}`);
}

/** Runs `work` inside BEGIN IMMEDIATE: the write lock is taken first, so concurrent writers queue up. */
export async function immediateTransaction<T>(db: Kysely<DB>, work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      // SQLite may already have rolled back (e.g. after SQLITE_FULL); the original error is the one to report.
      await sql`rollback`.execute(conn).catch((rollbackError: unknown) => log.warn('rollback failed', { error: String(rollbackError) }));
      throw error;
    }
  });
}

export { MIGRATION_NAMES, SCHEMA_VERSION };
