// Starts `fengqiao serve` as a real process on a real data folder and hands back the address to open.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.ts';
import { TOKEN_HEADER, type ApiResult } from '../../shared/api/result.ts';

const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'fengqiao.mjs');

export interface Served {
  url: string;
  /** Calls the API as the page does (for a test's preparations, not for what it checks). */
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
  return {
    url,
    call: async (method, input) => {
      const res = await fetch(`${address.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: address.hash.slice('#token='.length) },
        body: JSON.stringify(input),
      });
      const result = (await res.json()) as ApiResult<never>;
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on('close', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
