// Starts `fengqiao serve` as a real process on a real data folder and hands back the address to open.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'fengqiao.mjs');

export interface Served {
  url: string;
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
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on('close', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
