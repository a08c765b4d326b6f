// Runs the real `fengqiao` command line in a child process and collects its exit code and output.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { XUANWU_COMMITTEE } from './sampleCase.ts';

export const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'fengqiao.mjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function fengqiao(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** `fengqiao init` of the sample township committee in `dir`. */
export const initArgs = (dir: string) => [
  'init',
  '--data-dir',
  dir,
  '--committee-code',
  XUANWU_COMMITTEE.areaCode,
  '--committee-name',
  XUANWU_COMMITTEE.name,
  '--kind',
  'township',
  '--abbr',
  '梅园',
];
