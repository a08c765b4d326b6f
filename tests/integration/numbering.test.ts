import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CaseRegistration } from '../../shared/domain/case.ts';
import { registerCases } from '../../services/cases.ts';
import { sampleCase, testRegister } from '../helpers/register.ts';

const run = promisify(execFile);
const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'registerMany.ts');

function serials(numbers: string[]): number[] {
  return numbers.map((n) => Number(/第(\d+)号$/.exec(n)![1])).sort((a, b) => a - b);
}

describe('case numbering', () => {
  it('gives concurrent registrations in one process distinct numbers without gaps', async () => {
    const { api } = await testRegister();
    const results = await Promise.all(Array.from({ length: 40 }, () => api.call('cases.register', sampleCase())));
    expect(serials(results.map((r) => r.number))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('gives registrations racing from two processes on one file distinct numbers without gaps', async () => {
    const { dataDir, register } = await testRegister();
    await register.close(); // the two writers below are the only connections
    const perProcess = 60;
    const [a, b] = await Promise.all(
      [1, 2].map(() => run(process.execPath, ['--import', 'tsx', FIXTURE, dataDir, String(perProcess)], { timeout: 120_000 })),
    );
    const numbers = [...(JSON.parse(a!.stdout) as string[]), ...(JSON.parse(b!.stdout) as string[])];
    expect(new Set(numbers).size).toBe(2 * perProcess);
    expect(serials(numbers)).toEqual(Array.from({ length: 2 * perProcess }, (_, i) => i + 1));
  });

  it('gives the number back when the transaction fails after issuing it (all or nothing)', async () => {
    const { api, register } = await testRegister();
    await api.call('cases.register', sampleCase());
    const good = CaseRegistration.parse(sampleCase());
    // Passes the schema's types but breaks the table's CHECK after the serial was drawn.
    const broken = { ...good, riskLevel: 'purple' } as unknown as typeof good;
    await expect(registerCases(register.db, [good, broken], 'test')).rejects.toThrow(/CHECK/);
    const { n } = await register.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(n).toBe(1);
    const next = await api.call('cases.register', sampleCase());
    expect(next.number).toBe('〔2026〕梅园调字第2号');
  });
});
