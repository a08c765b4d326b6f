// `fengqiao stats` and `fengqiao roster export`: the public interface district IT staff script against. The JSON is
// the very report the 统计 page shows (one query layer), the flags and exit codes are as documented.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sampleCase } from '../helpers/sampleCase.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { fengqiao, initArgs } from '../helpers/runCli.ts';
import { sampleStep } from '../helpers/steps.ts';
import { testRegister } from '../helpers/register.ts';

const YEAR = ['--from', '2025-01-01', '--to', '2025-12-31'];

async function registerWithCases(): Promise<string> {
  const dir = tempDir();
  expect((await fengqiao(initArgs(dir))).code).toBe(0);
  const on = (d: string) => ({ registeredOn: d, occurredOn: d });
  const cases = [
    {
      ref: 'S-1',
      registration: sampleCase(on('2025-03-02')),
      history: [sampleStep('accept', '2025-03-03'), sampleStep('session', '2025-03-05'), sampleStep('agreement_written', '2025-03-05')],
    },
    {
      ref: 'S-2',
      registration: sampleCase({ ...on('2025-05-02'), disputeType: 'contract' }),
      history: [sampleStep('accept', '2025-05-03'), sampleStep('session', '2025-05-05'), sampleStep('failure', '2025-05-06')],
    },
    { ref: 'S-3', registration: sampleCase(on('2024-12-30')), history: [sampleStep('refuse', '2024-12-31')] },
  ];
  const file = path.join(dir, 'cases.json');
  fs.writeFileSync(file, JSON.stringify({ format: 'fengqiao.cases/1', cases }));
  expect((await fengqiao(['case', 'import', '--json', file, '--data-dir', dir])).code).toBe(0);
  return dir;
}

describe('fengqiao stats', () => {
  it('prints the same report as the app, for all committees or one given by area code or abbreviation', async () => {
    const dir = await registerWithCases();
    const run = await fengqiao(['stats', ...YEAR, '--json', '--data-dir', dir]);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.total).toMatchObject({ accepted: 2, concluded: 2, succeeded: 1, failed: 1, diverted: 1, amount: 300000, refused: 0 });
    expect(printed.targets.map((t: { code: string }) => t.code)).toEqual(['grassroots', 'success_rate', 'diversion', 'improper_petition']);

    const { api } = await testRegister({ dataDir: dir, setUp: false });
    const inApp = await api.call('stats.report', { from: '2025-01-01', to: '2025-12-31' });
    expect({ ...printed, generatedAt: null }).toEqual({ ...inApp, generatedAt: null });

    for (const code of ['梅园', '320102002000']) {
      const one = await fengqiao(['stats', ...YEAR, '--committee', code, '--json', '--data-dir', dir]);
      expect(one.code, code).toBe(0);
      expect(JSON.parse(one.stdout).scope).toBe('玄武区梅园新村街道人民调解委员会');
    }
    const summary = await fengqiao(['stats', ...YEAR, '--data-dir', dir]);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain('调解成功 1 件');
    expect(summary.stdout).toMatch(/未达标 调解成功率（不低于98%）：50\.00%/);
  }, 60_000);

  it('writes the MoJ-layout workbook with --xlsx', async () => {
    const dir = await registerWithCases();
    const file = path.join(dir, '统计.xlsx');
    const run = await fengqiao(['stats', ...YEAR, '--xlsx', file, '--data-dir', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.getWorksheet('案件情况')!.getCell('A1').value).toBe('人民调解案件情况统计表');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  }, 60_000);

  it('exits 2 on bad usage, 3 on an invalid period and 4 on an unknown committee, with the reason', async () => {
    const dir = await registerWithCases();
    const missing = await fengqiao(['stats', '--from', '2025-01-01', '--data-dir', dir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--to is required');
    const badDate = await fengqiao(['stats', '--from', '2025-13-01', '--to', '2025-12-31', '--json', '--data-dir', dir]);
    expect(badDate.code).toBe(3);
    expect(badDate.stderr).toContain('日期格式应为 YYYY-MM-DD');
    expect(badDate.stdout).toBe('');
    const reversed = await fengqiao(['stats', '--from', '2025-12-31', '--to', '2025-01-01', '--data-dir', dir]);
    expect(reversed.code).toBe(3);
    expect(reversed.stderr).toContain('结束日期不能早于开始日期');
    const unknown = await fengqiao(['stats', ...YEAR, '--committee', '999999999999', '--data-dir', dir]);
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toContain("no committee with area code, abbreviation or id '999999999999'");
  }, 60_000);
});

describe('fengqiao roster export', () => {
  it('writes the roster workbook and refuses an unknown subcommand', async () => {
    const dir = tempDir();
    expect((await fengqiao(initArgs(dir))).code).toBe(0);
    const file = path.join(dir, '名册.xlsx');
    const run = await fengqiao(['roster', 'export', '--xlsx', file, '--json', '--data-dir', dir]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ file, bytes: fs.statSync(file).size });
    expect((await fengqiao(['roster', 'print', '--data-dir', dir])).code).toBe(2);
    expect((await fengqiao(['roster', 'export', '--data-dir', dir])).code).toBe(2);
  }, 60_000);
});
