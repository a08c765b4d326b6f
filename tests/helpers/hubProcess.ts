// A real district hub process (`fengqiao hub serve`) on loopback for the sync tests, and a TCP proxy in front of
// it that can cut a connection in the middle of an upload or of the answer, as a township's line does.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startPostgres, type TestPostgres } from './postgres.ts';
import { BIN, fengqiao } from './runCli.ts';

export interface HubProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process wrote (stdout and stderr), for a failing test's message. */
  output(): string;
  /** SIGTERM and wait for the exit (a clean stop). */
  stop(): Promise<void>;
  /** Resolves with the exit code when the process ends by itself (fault injection). */
  exited: Promise<number | null>;
}

export interface HubTarget {
  /** `--db` URL, or undefined for the embedded SQLite in `dataDir`. */
  db?: string | undefined;
  dataDir: string;
}

const dbArgs = (target: HubTarget) => ['--data-dir', target.dataDir, ...(target.db ? ['--db', target.db] : [])];

/** Starts `fengqiao hub serve` on a free port; resolves once it prints its address. */
export function startHub(
  target: HubTarget,
  options: { env?: Record<string, string>; port?: number; args?: string[] } = {},
): Promise<HubProcess> {
  const child = spawn(
    process.execPath,
    [BIN, 'hub', 'serve', ...dbArgs(target), '--port', String(options.port ?? 0), ...(options.args ?? [])],
    {
      env: { ...process.env, FENGQIAO_LOG: 'warn', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (https?:\/\/127\.0\.0\.1:(\d+))/.exec(output);
      if (!match) return;
      child.stdout.off('data', onData);
      child.stdout.on('data', (c: Buffer) => (output += c.toString()));
      resolve({
        url: match[1]!,
        port: Number(match[2]),
        child,
        exited,
        output: () => output,
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    void exited.then((code) => reject(new Error(`hub exited (${code}) before listening:\n${output}`)));
  });
}

/** `fengqiao hub <args>` against the same database as a running hub; throws with its output on a non-zero exit. */
export async function hubCli(target: HubTarget, args: string[]): Promise<string> {
  const [sub, ...rest] = args;
  const run = await fengqiao(['hub', sub!, ...dbArgs(target), ...rest]);
  if (run.code !== 0) throw new Error(`hub ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return run.stdout;
}

/** A one-time enrolment code for the committee with this area code. */
export async function enrolmentCode(target: HubTarget, areaCode: string): Promise<string> {
  return (await hubCli(target, ['enroll', '--committee', areaCode])).trim();
}

export type CutMode =
  /** Forward everything. */
  | 'pass'
  /** Drop the connection after this many bytes of the request have gone through (the upload is cut). */
  | { cutRequestAfter: number }
  /** Let the whole request through, then drop the connection before any of the answer comes back. */
  | 'dropAnswer';

export interface CutProxy {
  url: string;
  /** The mode for the next connections; a cut applies once, then the proxy passes again. */
  set(mode: CutMode): void;
  /** Connections cut so far. */
  cuts(): number;
  close(): Promise<void>;
}

/** A TCP proxy on loopback in front of `targetPort`. */
export async function cutProxy(targetPort: number): Promise<CutProxy> {
  let mode: CutMode = 'pass';
  let cuts = 0;
  /** Request bytes forwarded since the mode was last set. */
  let sent = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    const cut = () => {
      cuts += 1;
      mode = 'pass';
      client.destroy();
      upstream.destroy();
    };
    // The mode is read at each chunk, not per connection: fetch keeps connections alive between requests.
    client.on('data', (chunk: Buffer) => {
      if (typeof mode === 'object') {
        const room = mode.cutRequestAfter - sent;
        if (room <= chunk.length) {
          if (room > 0) upstream.write(chunk.subarray(0, room));
          cut();
          return;
        }
      }
      sent += chunk.length;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (mode === 'dropAnswer') return cut();
      client.write(chunk);
    });
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => sockets.delete(client));
    upstream.on('close', () => sockets.delete(upstream));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    set(next) {
      mode = next;
      sent = 0;
    },
    cuts: () => cuts,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface HubSuite {
  /** The hub's database: its data folder (and `--db` URL on PostgreSQL). */
  target: HubTarget;
  hub: HubProcess;
  /** The throwaway PostgreSQL server under the hub, on the PostgreSQL run. */
  postgres: TestPostgres | undefined;
}

/**
 * A hub process for the tests of one describe block, on the embedded SQLite or on a throwaway PostgreSQL: started
 * before its tests, stopped after them. Call it inside `describe`; read the fields inside the tests.
 * Example: `const suite = hubSuite(dialect); it('…', async () => { await enrol(ctx, suite.hub.url, …) })`.
 */
export function hubSuite(dialect: 'sqlite' | 'postgres'): HubSuite {
  const suite = {} as HubSuite;
  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `fengqiao-hub-${dialect}-`));
    if (dialect === 'postgres') {
      suite.postgres = await startPostgres();
      suite.target = { db: await suite.postgres.createDatabase(), dataDir };
    } else suite.target = { dataDir };
    suite.hub = await startHub(suite.target);
  });
  afterAll(async () => {
    await suite.hub?.stop();
    await suite.postgres?.close();
    if (suite.target) fs.rmSync(suite.target.dataDir, { recursive: true, force: true });
  });
  return suite;
}
