// A real, throwaway PostgreSQL cluster for the hub's tests: initdb in a temporary folder, a server on 127.0.0.1 at a
// free port (never the machine's 5432), removed at the end. One cluster per test file (beforeAll), one database per
// test. PostgreSQL refuses to run as root, and the tests run as root here and in CI: then initdb and pg_ctl run as
// the `postgres` OS user (the Debian package creates it) in a folder given to it.
import { execFile, execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const execFileAsync = promisify(execFile);
const INSTALL = 'run `apt-get install -y postgresql` (Debian/Ubuntu) to install the PostgreSQL server';
/** Roles in this group log in over TCP with a password (scram-sha-256); every other role is trusted. */
const PASSWORD_GROUP = 'fengqiao_password_login';

export interface TestPostgres {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** A URL for `database` (default `postgres`), as the superuser `postgres` (trusted) or as `login`. */
  url(database?: string, login?: { user: string; password: string }): string;
  /** Creates a database (a random name by default; `owner` a role made by createUser) and returns its URL. */
  createDatabase(name?: string, options?: { owner?: string }): Promise<string>;
  /** Creates a login role that must give its password (scram-sha-256), unlike the trusted superuser. */
  createUser(name: string, password: string): Promise<void>;
  /** `pg_ctl stop -m fast`: sessions are ended (57P01), committed work is kept. */
  stop(): Promise<void>;
  /** Starts the server again on the same port, after stop() or kill(). */
  start(): Promise<void>;
  /** stop() then start(): every open connection is cut. */
  restart(): Promise<void>;
  /** `pg_ctl stop -m immediate`: as a crash (no checkpoint; the next start replays the WAL). */
  kill(): Promise<void>;
  /** Stops the server (if running) and removes its folder. Idempotent. */
  close(): Promise<void>;
}

/** The folder of initdb, pg_ctl and postgres: `pg_config --bindir`, else the newest `/usr/lib/postgresql/<n>/bin`. */
function serverBinDir(): string {
  const candidates: string[] = [];
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    // pg_config comes with libpq-dev or the server; without it the Debian layout is tried.
  }
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) {
    const versions = fs.readdirSync(debian).filter((v) => /^\d+$/.test(v));
    versions.sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(debian, v, 'bin')));
  }
  const found = candidates.find((dir) => ['initdb', 'pg_ctl', 'postgres'].every((bin) => fs.existsSync(path.join(dir, bin))));
  if (!found) throw new Error(`PostgreSQL server binaries (initdb, pg_ctl, postgres) not found: ${INSTALL}.`);
  return found;
}

/** The uid and gid of the `postgres` OS user, from /etc/passwd. */
function postgresUser(): { uid: number; gid: number } {
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined)
    throw new Error(`Running as root, but there is no \`postgres\` OS user to run PostgreSQL as: ${INSTALL}.`);
  return { uid: Number(uid), gid: Number(gid) };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Clusters still running in this process, stopped synchronously at exit if a test file ended without close(). Vitest
 * ends its workers with SIGTERM, which skips 'exit': the watchdog below covers that (and SIGKILL).
 */
const live = new Map<string, () => void>();
let exitHooked = false;
function stopAtExit(root: string, stopNow: () => void): void {
  live.set(root, stopNow);
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', () => {
    for (const stop of live.values()) stop();
  });
}

const shellQuote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/**
 * A detached shell that waits for this process to end without close() (the folder still there), then stops the
 * server and removes the folder. It ends by itself, within a second, once close() has removed the folder.
 */
function watchdog(root: string, stop: [string, string[]]): void {
  const [file, argv] = stop;
  const script = [
    `while kill -0 ${process.pid} 2>/dev/null && [ -d ${shellQuote(root)} ]; do sleep 1; done`,
    `if [ -d ${shellQuote(root)} ]; then ${[file, ...argv].map(shellQuote).join(' ')} >/dev/null 2>&1; rm -rf ${shellQuote(root)}; fi`,
  ].join('\n');
  spawn('/bin/sh', ['-c', script], { cwd: '/', detached: true, stdio: 'ignore' }).unref();
}

/**
 * Starts a throwaway PostgreSQL cluster on 127.0.0.1 and a free port, data and socket in a temporary folder; fsync
 * stays on, as crash tests (kill(), then start()) rely on it. Throws, with the command to install PostgreSQL, when
 * its binaries are missing (the tests are not skipped). Example:
 * `beforeAll(async () => (cluster = await startPostgres()))`, `afterAll(() => cluster.close())`, then in a test
 * `openHubDatabase(await cluster.createDatabase(), dir)`.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = serverBinDir();
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? postgresUser() : null;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-pg-'));
  const data = path.join(root, 'data');
  const logFile = path.join(root, 'server.log');
  if (owner) fs.chownSync(root, owner.uid, owner.gid);

  /** The command line of a server binary, as the postgres user when we are root (runuser keeps the environment). */
  const commandOf = (name: string, args: string[]): [string, string[]] =>
    owner ? ['runuser', ['-u', 'postgres', '--', path.join(bin, name), ...args]] : [path.join(bin, name), args];
  // The working directory is the cluster's own: the postgres user may not be allowed into the tests' one.
  const run = async (name: string, args: string[]) => {
    const [file, argv] = commandOf(name, args);
    try {
      await execFileAsync(file, argv, { cwd: root, encoding: 'utf8' });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`${name} ${args.join(' ')} failed: ${String(stderr || stdout || error).trim()}${logTail()}`);
    }
  };
  const logTail = () => {
    try {
      return `\n--- ${logFile} ---\n${fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n')}`;
    } catch {
      return '';
    }
  };

  let port = 0;
  let running = false;
  let closed = false;
  const pgCtl = (args: string[]) => run('pg_ctl', ['-D', data, ...args]);
  const startServer = async () => {
    // `-l`: the server's output goes to the log file, so pg_ctl's pipes close when it returns.
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -k '${root}'`;
    await pgCtl(['start', '-w', '-t', '60', '-l', logFile, '-o', options]);
    running = true;
  };
  const stopServer = async (mode: 'fast' | 'immediate') => {
    if (!running) return;
    await pgCtl(['stop', '-w', '-t', '60', '-m', mode]);
    running = false;
  };
  const removeDir = () => fs.rmSync(root, { recursive: true, force: true });

  stopAtExit(root, () => {
    if (running) {
      const [file, argv] = commandOf('pg_ctl', ['-D', data, 'stop', '-m', 'immediate']);
      try {
        execFileSync(file, argv, { cwd: root, stdio: 'ignore' });
      } catch {
        // Already gone: nothing to stop.
      }
    }
    removeDir();
  });

  watchdog(root, commandOf('pg_ctl', ['-D', data, 'stop', '-m', 'immediate']));

  try {
    // -A trust: only this machine's tests reach it (127.0.0.1 and a socket in a private folder). --no-sync skips
    // initdb's own final flush, not the server's fsync.
    const initdb = ['-D', data, '-A', 'trust', '-U', 'postgres', '--encoding=UTF8', '--no-sync'];
    try {
      await run('initdb', [...initdb, '--locale=C.UTF-8']);
    } catch {
      // A system without the C.UTF-8 locale: the C locale (byte order, as C.UTF-8) with UTF-8 text.
      fs.rmSync(data, { recursive: true, force: true });
      await run('initdb', [...initdb, '--no-locale']);
    }
    const hba = path.join(data, 'pg_hba.conf');
    // The first matching line wins: roles of the password group must give theirs over TCP.
    fs.writeFileSync(hba, `host all +${PASSWORD_GROUP} 127.0.0.1/32 scram-sha-256\n${fs.readFileSync(hba, 'utf8')}`);
    // Another test file may take the port between freePort() and the server's bind: then try another one.
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      try {
        await startServer();
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  } catch (error) {
    live.get(root)?.();
    live.delete(root);
    throw error;
  }

  const url = (database = 'postgres', login?: { user: string; password: string }) => {
    const auth = login ? `${encodeURIComponent(login.user)}:${encodeURIComponent(login.password)}` : 'postgres';
    return `postgres://${auth}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  };
  const admin = async (statements: string[]) => {
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
    await client.connect();
    try {
      for (const statement of statements) await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin([`create role ${PASSWORD_GROUP} nologin`]);

  return {
    host: '127.0.0.1',
    get port() {
      return port;
    },
    url,
    async createDatabase(name = `t_${crypto.randomBytes(8).toString('hex')}`, options = {}) {
      const ownedBy = options.owner ? ` owner ${pg.escapeIdentifier(options.owner)}` : '';
      await admin([`create database ${pg.escapeIdentifier(name)}${ownedBy}`]);
      return url(name);
    },
    async createUser(name, password) {
      await admin([`create role ${pg.escapeIdentifier(name)} login password ${pg.escapeLiteral(password)} in role ${PASSWORD_GROUP}`]);
    },
    stop: () => stopServer('fast'),
    start: async () => {
      if (!running) await startServer();
    },
    async restart() {
      await stopServer('fast');
      await startServer();
    },
    kill: () => stopServer('immediate'),
    async close() {
      if (closed) return;
      closed = true;
      try {
        await stopServer('fast');
      } catch {
        await stopServer('immediate').catch(() => undefined);
      } finally {
        live.delete(root);
        removeDir();
      }
    },
  };
}
