// Opens the district hub's database and runs its migrations: SQLite (a `sqlite:` URL or, by default,
// `<dataDir>/hub.sqlite3`) or PostgreSQL (a `postgres://` or `postgresql://` URL, Kysely's PostgresDialect over a
// pg.Pool), behind the same function and the same migrations. writeTransaction is the hub's one way to write.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresAdapter, PostgresDialect, SqliteAdapter, SqliteDialect, sql, type MigrationProvider } from 'kysely';
import pg from 'pg';
import { AppError } from '../../shared/errors.ts';
import { log } from '../../services/logger.ts';
import { HUB_MIGRATIONS } from './migrations/index.ts';
import type { HubDB } from './schema.ts';

const BUSY_TIMEOUT_MS = 5000;
export const HUB_SQLITE_FILE = 'hub.sqlite3';

/** The PostgreSQL pool: a hub is one process serving many registers, and ten connections keep it well within a server's default 100. */
const PG_POOL_MAX = 10;
const PG_CONNECT_TIMEOUT_MS = 10_000;
export const PG_APPLICATION_NAME = 'fengqiao-hub';

export type HubDialect = 'sqlite' | 'postgres';
const POSTGRES_URL = /^postgres(ql)?:\/\//i;

export interface HubDatabase {
  db: Kysely<HubDB>;
  dialect: HubDialect;
  close(): Promise<void>;
}

/**
 * Which database a hub Kysely instance (or a transaction of it) runs on, for the few places that must differ
 * (advisory locks, say). Example: `if (hubDialectOf(db) === 'postgres') await sql\`select pg_advisory_xact_lock(1)\`.execute(trx)`.
 */
export function hubDialectOf<DB>(db: Kysely<DB>): HubDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** The SQLite file a `sqlite:` URL names (relative paths against dataDir), or the default file when no URL is given. */
function sqliteFileOf(url: string | undefined, dataDir: string): string | null {
  if (url === undefined || url === '') return path.join(dataDir, HUB_SQLITE_FILE);
  if (!url.startsWith('sqlite:')) return null;
  const rest = url.slice('sqlite:'.length).replace(/^\/\//, '');
  if (rest === '') return path.join(dataDir, HUB_SQLITE_FILE);
  return path.resolve(dataDir, rest);
}

/** Runs the hub's migrations; on failure closes the database (`destroy`) and throws, the data as it was. */
async function migrate(db: Kysely<HubDB>, destroy: () => Promise<void>): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => HUB_MIGRATIONS };
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    await destroy();
    throw new AppError('INTERNAL', `区级平台数据库升级失败，原数据未改动：${String(error)}`);
  }
}

/**
 * Opens (creating when missing) and migrates the hub's database. Examples: `openHubDatabase(undefined, '/var/fq')`
 * → `/var/fq/hub.sqlite3`; `openHubDatabase('sqlite:/srv/hub.db', dir)`; `openHubDatabase('postgres://hub:…@db:5432/fengqiao', dir)`
 * (the database must exist; its tables are created). Two hubs opening the same PostgreSQL database at once are
 * safe: Kysely's Migrator holds an advisory lock while it migrates.
 */
export async function openHubDatabase(url: string | undefined, dataDir: string): Promise<HubDatabase> {
  if (url !== undefined && POSTGRES_URL.test(url)) return openPostgres(url);
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
  await migrate(db, () => db.destroy());

  let closed = false;
  return {
    db,
    dialect: 'sqlite',
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

/** Where a PostgreSQL URL points, for messages: never its password. */
interface PostgresTarget {
  host: string;
  port: string;
  database: string;
  user: string;
  /** The password (as written in the URL, decoded, or from PGPASSWORD) to blank out of driver messages. */
  secrets: string[];
}

/** Read as pg reads it (pg-connection-string): query parameters first, an empty host allowed, libpq's defaults. */
function postgresTargetOf(url: string): PostgresTarget {
  let parsed: URL;
  let hostless = false;
  try {
    try {
      parsed = new URL(url);
    } catch {
      // `postgres://user@/db?host=/run/postgresql`: a socket directory as a query parameter, no host.
      parsed = new URL(url.replace('@/', '@hostless/'));
      hostless = true;
    }
  } catch {
    // URL's own error would carry the input, password included.
    throw new AppError('VALIDATION', '区级平台数据库地址无法解析：应为 postgres://用户:密码@主机:端口/数据库');
  }
  const query = parsed.searchParams;
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  const user = query.get('user') || decode(parsed.username) || process.env['PGUSER'] || '';
  const password = query.get('password') || decode(parsed.password);
  return {
    host: query.get('host') || (hostless ? '' : decode(parsed.hostname)) || process.env['PGHOST'] || 'localhost',
    port: query.get('port') || parsed.port || process.env['PGPORT'] || '5432',
    database: decode(parsed.pathname.replace(/^\//, '')) || process.env['PGDATABASE'] || user,
    user,
    secrets: [password, parsed.password, process.env['PGPASSWORD'] ?? ''].filter((s) => s.length > 0),
  };
}

function labelOf(target: PostgresTarget): string {
  return `PostgreSQL ${target.host}:${target.port}/${target.database}（用户 ${target.user || '（默认）'}）`;
}

/**
 * The hub's database as it may be printed or logged, never with a password. Example:
 * `hubDatabaseLabel('postgres://hub:s3cret@db:5432/fengqiao', dir)` → `PostgreSQL db:5432/fengqiao（用户 hub）`;
 * `hubDatabaseLabel(undefined, '/var/fq')` → `SQLite /var/fq/hub.sqlite3`.
 */
export function hubDatabaseLabel(url: string | undefined, dataDir: string): string {
  if (url !== undefined && POSTGRES_URL.test(url)) {
    try {
      return labelOf(postgresTargetOf(url));
    } catch {
      return 'PostgreSQL（地址无法解析）';
    }
  }
  const file = sqliteFileOf(url, dataDir);
  return file === null ? '（不支持的数据库地址）' : `SQLite ${file}`;
}

/** The error itself or, for a refused connection to `localhost` (IPv6 and IPv4 tried), the first of its AggregateError. */
function firstOf(error: unknown): unknown {
  return error instanceof AggregateError && error.errors.length > 0 ? error.errors[0] : error;
}

/** The SQLSTATE of a server's error or Node's network error code (ECONNREFUSED), if any. */
function codeOf(error: unknown): string | undefined {
  const code = (firstOf(error) as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** An error's message (or its code, when it has no message), the password blanked out. */
function reasonOf(error: unknown, target: PostgresTarget): string {
  const first = firstOf(error);
  const code = codeOf(first);
  let reason = first instanceof Error && first.message !== '' ? first.message : (code ?? String(first));
  for (const secret of target.secrets) reason = reason.split(secret).join('***');
  return reason;
}

/** What the operator should check, from the PostgreSQL error code (SQLSTATE) or Node's network error code. */
const CONNECT_HINTS: Record<string, string> = {
  '3D000': '数据库不存在，请先创建（createdb）',
  '28P01': '用户名或密码不正确',
  '28000': '服务器不允许该用户从本机连接（pg_hba.conf）',
  ECONNREFUSED: '服务器未运行或端口不对',
  ENOTFOUND: '主机名无法解析',
  ETIMEDOUT: '连接超时',
};

/**
 * Every bigint (int8, oid 20) as a JS number, for this pool only (pg's global parsers are left alone): versions
 * are change-log sequence numbers and counts, far below 2^53, and the SQLite path returns numbers too. A value
 * beyond 2^53 fails its query rather than coming back rounded.
 */
const hubTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid !== pg.types.builtins.INT8 || format === 'binary') return pg.types.getTypeParser(oid, format as 'text');
    return (text: string) => {
      const value = Number(text);
      if (!Number.isSafeInteger(value)) throw new RangeError(`bigint ${text} is beyond 2^53`);
      return value;
    };
  }) as typeof pg.types.getTypeParser,
};

async function openPostgres(url: string): Promise<HubDatabase> {
  const target = postgresTargetOf(url);
  const where = labelOf(target);
  const pool = new pg.Pool({
    connectionString: url,
    max: PG_POOL_MAX,
    connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
    application_name: PG_APPLICATION_NAME,
    // Dead peers (a server gone without a word, a NAT that forgot the connection) are noticed by TCP itself.
    keepAlive: true,
    types: hubTypes,
  });
  // An idle connection the server closes (a restart, an administrator's pg_terminate_backend) is reported here and
  // dropped by the pool, which opens a new one when next needed; without a listener the error would end the process.
  pool.on('error', (error) => log.warn('区级平台数据库的空闲连接已断开，将重新连接', { database: where, reason: reasonOf(error, target) }));
  const endPool = async () => {
    if (!pool.ending) await pool.end();
  };

  // Connect once first, so a wrong address, password or database name is told as such, not as a failed migration.
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await endPool();
    const hint = CONNECT_HINTS[codeOf(error) ?? ''];

    throw new AppError('UNAVAILABLE', `无法连接区级平台数据库 ${where}：${hint ? `${hint}：` : ''}${reasonOf(error, target)}`);
  }

  const db = new Kysely<HubDB>({ dialect: new PostgresDialect({ pool }) });
  // Kysely ends the pool only once it has used it, so the pool is ended here as well.
  const destroy = async () => {
    await db.destroy();
    await endPool();
  };
  await migrate(db, destroy);

  let closed = false;
  return {
    db,
    dialect: 'postgres',
    async close() {
      if (closed) return;
      closed = true;
      await destroy();
    },
  };
}

/**
 * Runs `work` in one write transaction. On SQLite it begins IMMEDIATE (as the app's immediateTransaction): the
 * write lock is taken first, so concurrent writers queue up (busy timeout) instead of failing on upgrade; Kysely's
 * SQLite driver also holds its single connection for the whole of `work`, so ingests in one process run one after
 * another. On PostgreSQL it is Kysely's ordinary transaction (read committed): writers run side by side and meet
 * only on the rows they both touch, so `work` must not rely on a check made before its own writes (use a unique
 * key and ON CONFLICT, or an advisory lock). Example: `await writeTransaction(db, (trx) => trx.insertInto('batches')…)`.
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

/**
 * Takes a transaction-scoped lock named `name` inside writeTransaction: on PostgreSQL an advisory lock (released at
 * commit or rollback), so a read-check-write of that name runs one at a time across every hub process; on SQLite
 * nothing, since the IMMEDIATE transaction already holds the one write lock. Example: `await lockHub(trx, 'devices')`.
 */
export async function lockHub(trx: Kysely<HubDB>, name: string): Promise<void> {
  if (hubDialectOf(trx) !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${`fengqiao:${name}`}, 0))`.execute(trx);
}
