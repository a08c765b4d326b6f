// Crash safety: a process writing cases is killed with SIGKILL at random moments, many times. Each time the
// register opens, passes the check, and holds every case (and step) the process reported committed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../services/backup/check.ts';
import { openRegister } from '../../services/register.ts';
import { createRandom } from '../../services/seed/random.ts';
import { XUANWU_COMMITTEE } from '../helpers/sampleCase.ts';
import { tempDir } from '../helpers/tempDir.ts';

const WRITER = path.join(import.meta.dirname, 'fixtures', 'writer.ts');
const ROUNDS = 8;

/** Runs the writer until it has reported `after` commits, plus a random pause, then kills it with SIGKILL. */
function runAndKill(dataDir: string, after: number, pauseMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let killing = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!killing && out.split('\n').length > after) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), pauseMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended without being killed: ${err}`));
      else resolve(out.split('\n').filter(Boolean));
    });
  });
}

describe('a register written by a process that is killed', () => {
  it('keeps every committed case and step, and nothing half-written, after each of many kills', async () => {
    const dataDir = tempDir();
    const setup = await openRegister({ dataDir, mode: 'cli' });
    await setup.dispatch('setup.complete', XUANWU_COMMITTEE, { via: 'cli', operator: 'test' });
    await setup.close();
    const random = createRandom('crash');
    const registered = new Set<string>();
    const accepted = new Set<string>();

    for (let round = 0; round < ROUNDS; round++) {
      const lines = await runAndKill(dataDir, random.int(2, 12), random.int(0, 40));
      for (const line of lines) {
        const [what, id] = line.split(' ');
        (what === 'registered' ? registered : accepted).add(id!);
      }
      const report = checkRegister(dataDir);
      expect(report.problems, `round ${round}`).toEqual([]);

      const register = await openRegister({ dataDir, mode: 'cli', checkOutputs: true });
      try {
        const rows = await register.db.selectFrom('cases').select(['id', 'status', 'number']).execute();
        const status = new Map(rows.map((r) => [r.id, r.status]));
        for (const id of registered) expect(status.has(id), `round ${round}: ${id} registered`).toBe(true);
        for (const id of accepted) expect(status.get(id), `round ${round}: ${id} accepted`).toBe('accepted');
        // Numbers stay without gaps: a killed registration gave its number back.
        const serials = rows.map((r) => Number(/第(\d+)号/.exec(r.number)![1])).sort((a, b) => a - b);
        expect(serials).toEqual(serials.map((_, i) => i + 1));
      } finally {
        await register.close();
      }
    }
    expect(registered.size).toBeGreaterThanOrEqual(ROUNDS * 2);
  }, 180_000);
});
