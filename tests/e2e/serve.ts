// Starts `fengqiao serve` as a real process on a real data folder and hands back the address to open, and a
// way to call the API directly for a test's preparations — signed in, as the page would be.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.ts';
import type { FirstAdminInput, Session } from '../../shared/domain/account.ts';
import { SESSION_HEADER, TOKEN_HEADER, type ApiResult } from '../../shared/api/result.ts';
import { XUANWU_COMMITTEE } from '../helpers/sampleCase.ts';

const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'fengqiao.mjs');

/** The first administrator the end-to-end tests create. */
export const ADMIN = { username: 'admin', name: '王主任', password: 'meiyuan-2026' } as const satisfies FirstAdminInput;

export interface Served {
  url: string;
  /** Creates the first administrator (`auth.setupAdmin`); later calls are theirs. */
  setupAdmin(admin?: FirstAdminInput): Promise<Session>;
  /** Signs in (`auth.login`); later calls are this user's. */
  signIn(username: string, password: string): Promise<Session>;
  /** Calls the API as the page does, with the session of the last sign-in (for preparations, not for what is checked). */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  stop(): Promise<void>;
}

export async function serve(dataDir: string): Promise<Served> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(out);
      if (m) resolve(m[0]);
    });
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  const address = new URL(url);
  let session: string | null = null;

  async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [TOKEN_HEADER]: address.hash.slice('#token='.length),
    };
    if (session) headers[SESSION_HEADER] = session;
    const res = await fetch(`${address.origin}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
    const result = (await res.json()) as ApiResult<MethodOutput<M>>;
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  }
  const keep = (signedIn: Session) => {
    session = signedIn.token;
    return signedIn;
  };

  return {
    url,
    call,
    setupAdmin: async (admin = ADMIN) => keep(await call('auth.setupAdmin', admin)),
    signIn: async (username, password) => keep(await call('auth.login', { username, password })),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on('close', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface Township {
  served: Served;
  dataDir: string;
  committee: MethodOutput<'setup.complete'>;
}

/** A fresh data folder served, with the first administrator signed in and 梅园新村街道's committee set up. */
export async function servedTownship(): Promise<Township> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-e2e-'));
  const served = await serve(dataDir);
  await served.setupAdmin();
  const committee = await served.call('setup.complete', XUANWU_COMMITTEE);
  return { served, dataDir, committee };
}

export async function closeTownship(t: Township): Promise<void> {
  await t.served.stop();
  fs.rmSync(t.dataDir, { recursive: true, force: true });
}
