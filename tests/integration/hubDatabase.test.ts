// The hub's database on a real PostgreSQL server (a throwaway cluster for this file): two hubs migrating one database
// at once, errors that name the server and database but never the password, bigint as a number, and a pool that
// outlives a restart or a crash of the server.
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { AppError } from '../../shared/errors.ts';
import { HUB_MIGRATIONS } from '../../server/db/migrations/index.ts';
import { hubDatabaseLabel, hubDialectOf, openHubDatabase, writeTransaction, type HubDatabase } from '../../server/db/open.ts';
import type { HubDB } from '../../server/db/schema.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { tempDir } from '../helpers/tempDir.ts';

let cluster: TestPostgres;
beforeAll(async () => {
  cluster = await startPostgres();
});
afterAll(async () => {
  await cluster?.close();
});

const hubs: HubDatabase[] = [];
afterEach(async () => {
  for (const hub of hubs.splice(0)) await hub.close();
});

async function open(url: string | undefined): Promise<HubDatabase> {
  const hub = await openHubDatabase(url, tempDir('fengqiao-hub-'));
  hubs.push(hub);
  return hub;
}

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The hub's connections to `database` as the server sees them (application_name set by open.ts). */
async function hubConnections(database: string): Promise<number> {
  const client = new pg.Client(cluster.url());
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as n from pg_stat_activity where datname = $1 and application_name = 'fengqiao-hub'`,
      [database],
    );
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

/** A device row, the smallest write the hub makes. */
async function enrol(db: Kysely<HubDB>, deviceId: string): Promise<void> {
  await writeTransaction(db, (trx) =>
    trx
      .insertInto('devices')
      .values({ device_id: deviceId, public_key_pem: 'pem', committee_ids: '["c"]', enrolled_at: '2026-12-01T08:00:00.000Z' })
      .execute(),
  );
}

const databaseOf = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

describe('hub database on PostgreSQL', () => {
  it('opens one database from two hubs at once: the migrations run once, and both read and write', async () => {
    const url = await cluster.createDatabase();

    const [a, b] = await Promise.all([open(url), open(url)]);

    expect([a.dialect, b.dialect, hubDialectOf(a.db), hubDialectOf(b.db)]).toEqual(['postgres', 'postgres', 'postgres', 'postgres']);
    const ran = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(a.db);
    expect(ran.rows.map((r) => r.name)).toEqual(Object.keys(HUB_MIGRATIONS).sort());
    await enrol(a.db, 'from-a');
    await enrol(b.db, 'from-b');
    const seen = await b.db.selectFrom('devices').select('device_id').orderBy('device_id').execute();
    expect(seen.map((d) => d.device_id)).toEqual(['from-a', 'from-b']);
    expect(await hubConnections(databaseOf(url))).toBeGreaterThanOrEqual(2);

    // Opened again later, the hub finds nothing to migrate.
    const c = await open(url);
    expect(await c.db.selectFrom('devices').select('device_id').execute()).toHaveLength(2);
  });

  it('runs as an ordinary role owning its database (PostgreSQL 15 no longer lets everyone create in public)', async () => {
    await cluster.createUser('hub_owner', 'owner-secret');
    const url = cluster.url(databaseOf(await cluster.createDatabase('hub_owned', { owner: 'hub_owner' })), {
      user: 'hub_owner',
      password: 'owner-secret',
    });
    const hub = await open(url);
    await enrol(hub.db, 'owned');
    expect(await hub.db.selectFrom('devices').select('device_id').execute()).toEqual([{ device_id: 'owned' }]);
  });

  it('names the server and the database it cannot open, never the password', async () => {
    const password = 'p@ss:w/rd%7Bsecret';
    await cluster.createUser('hub_login', password);
    const login = { user: 'hub_login', password };
    const encoded = encodeURIComponent(password);
    const where = `127.0.0.1:${cluster.port}`;

    const noDatabase = await failure(openHubDatabase(cluster.url('no_such_hub', login), tempDir()));
    expect(noDatabase.code).toBe('UNAVAILABLE');
    expect(noDatabase.message).toContain(`${where}/no_such_hub`);
    expect(noDatabase.message).toContain('hub_login');
    expect(noDatabase.message).toMatch(/数据库不存在/);

    const wrongPassword = await failure(openHubDatabase(cluster.url('postgres', { ...login, password: 'not-the-password' }), tempDir()));
    expect(wrongPassword.message).toContain(`${where}/postgres`);
    expect(wrongPassword.message).toMatch(/用户名或密码不正确/);
    expect(wrongPassword.message).not.toContain('not-the-password');

    // A port nobody listens on: one the system just gave and took back.
    const nobody = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const unreachable = await failure(openHubDatabase(`postgres://hub_login:${encoded}@127.0.0.1:${nobody}/fengqiao`, tempDir()));
    expect(unreachable.message).toContain(`127.0.0.1:${nobody}/fengqiao`);
    expect(unreachable.message).toMatch(/服务器未运行或端口不对/);

    for (const error of [noDatabase, wrongPassword, unreachable]) {
      expect(error.message).not.toContain(password);
      expect(error.message).not.toContain(encoded);
      expect(String(error.stack)).not.toContain(password);
    }
  });

  it('fails the migrations as the SQLite path does, ends its pool and leaves the database as it was', async () => {
    const url = await cluster.createDatabase();
    const client = new pg.Client(url);
    await client.connect();
    // A table of the first migration's name, already there: its `create table` fails, and the whole run rolls back.
    await client.query('create table records (something text)');
    await client.end();

    const error = await failure(openHubDatabase(url, tempDir()));

    expect(error.code).toBe('INTERNAL');
    expect(error.message).toMatch(/^区级平台数据库升级失败，原数据未改动：.*records/);
    await expect.poll(() => hubConnections(databaseOf(url))).toBe(0);
    const check = new pg.Client(url);
    await check.connect();
    const tables = await check.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_name in ('records', 'devices')`,
    );
    await check.end();
    expect(tables.rows.map((r) => r.table_name)).toEqual(['records']);
  });

  it('returns bigint as a number on its own pool, leaving pg’s global parsers alone', async () => {
    const hub = await open(await cluster.createDatabase());
    const big = 2 ** 40 + 1;
    await enrol(hub.db, 'd');
    await hub.db
      .insertInto('records')
      .values({
        kind: 'case',
        record_id: 'r',
        committee_id: 'c',
        version: big,
        data: '{}',
        device_id: 'd',
        received_at: 'now',
        batch_id: 'b',
      })
      .execute();

    const row = await hub.db.selectFrom('records').select('version').executeTakeFirstOrThrow();
    expect(row.version).toBe(big);
    const counted = await hub.db
      .selectFrom('records')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(counted.n).toBe(1);
    expect(pg.types.getTypeParser(pg.types.builtins.INT8)('5')).toBe('5');

    // Beyond 2^53 a version would come back rounded: the query fails instead, and the connection is still usable.
    await expect(sql`select 9007199254740993::bigint as v`.execute(hub.db)).rejects.toThrow(/beyond 2\^53/);
    expect((await sql<{ v: number }>`select 9007199254740991::bigint as v`.execute(hub.db)).rows).toEqual([{ v: 2 ** 53 - 1 }]);
  });

  it('survives a restart and a crash of the server: dead connections are dropped and new ones made', async () => {
    const url = await cluster.createDatabase();
    const hub = await open(url);
    // One connection busy in a query when the server goes away, another idle in the pool.
    const busy = sql`select pg_sleep(60)`.execute(hub.db).then(
      () => null,
      (e: unknown) => e,
    );
    await enrol(hub.db, 'before');
    await expect.poll(() => hubConnections(databaseOf(url))).toBeGreaterThanOrEqual(2);

    await cluster.restart();

    expect(await busy).toBeInstanceOf(Error);
    // Had a dead connection gone back to the pool, one of these would be handed it and fail.
    for (let i = 0; i < 3; i++) await sql`select 1`.execute(hub.db);
    await Promise.all([1, 2, 3].map(() => sql`select pg_sleep(0.05)`.execute(hub.db)));
    await enrol(hub.db, 'after-restart');

    // A crash (no shutdown checkpoint): committed rows are back after recovery, and the pool reconnects again.
    await cluster.kill();
    const down = await sql`select 1`.execute(hub.db).then(
      () => null,
      (e: unknown) => e,
    );
    expect(down).toBeInstanceOf(Error);
    await cluster.start();
    await enrol(hub.db, 'after-crash');

    const devices = await hub.db.selectFrom('devices').select('device_id').orderBy('device_id').execute();
    expect(devices.map((d) => d.device_id)).toEqual(['after-crash', 'after-restart', 'before']);
    expect(await hubConnections(databaseOf(url))).toBeLessThanOrEqual(10);
  });
});

describe('hub database URLs', () => {
  it('opens SQLite without a URL and refuses a URL it does not know', async () => {
    const hub = await open(undefined);
    expect([hub.dialect, hubDialectOf(hub.db)]).toEqual(['sqlite', 'sqlite']);
    await expect(openHubDatabase('mysql://hub@localhost/fengqiao', tempDir())).rejects.toThrow(/Unsupported hub database URL/);
  });

  it('labels a database for printing without its password', () => {
    expect(hubDatabaseLabel('postgres://hub:s3cret@db.example:5433/fengqiao', '/var/fq')).toBe(
      'PostgreSQL db.example:5433/fengqiao（用户 hub）',
    );
    expect(hubDatabaseLabel('postgresql://hub:s3cret@/fengqiao?host=/run/postgresql&port=5434', '/var/fq')).toBe(
      'PostgreSQL /run/postgresql:5434/fengqiao（用户 hub）',
    );
    expect(hubDatabaseLabel(undefined, '/var/fq')).toBe('SQLite /var/fq/hub.sqlite3');
    expect(hubDatabaseLabel('sqlite:hub.db', '/var/fq')).toBe('SQLite /var/fq/hub.db');
  });
});
