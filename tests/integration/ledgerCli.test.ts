// `fengqiao import-ledger` and `fengqiao export --xlsx` as real processes: exit codes, the row-by-row report,
// --dry-run, a mapping file, and the workbook written.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { LedgerReport } from '../../shared/domain/ledger.ts';
import { SAMPLE_LEDGER_HEADERS, ledgerWorkbook, sampleLedgerRows } from '../../services/seed/ledgerSample.ts';
import { fengqiao, initArgs } from '../helpers/runCli.ts';
import { XUANWU_COMMITTEE } from '../helpers/sampleCase.ts';
import { tempDir } from '../helpers/tempDir.ts';

async function setUp(): Promise<string> {
  const dir = tempDir();
  const init = await fengqiao(initArgs(dir));
  expect(init.code).toBe(0);
  return dir;
}

/** A 20-row ledger; rows 5 and 12 of the sheet are bad (an ID check digit, an unknown type). */
async function ledgerFile(dir: string): Promise<string> {
  const rows = sampleLedgerRows({ count: 20, seed: 'cli', committeeAreaCode: XUANWU_COMMITTEE.areaCode });
  rows[2]![SAMPLE_LEDGER_HEADERS.indexOf('申请人')] = '张三';
  rows[2]![SAMPLE_LEDGER_HEADERS.indexOf('申请人身份证号')] = '110105194912310021';
  rows[9]![SAMPLE_LEDGER_HEADERS.indexOf('纠纷类型')] = '打架斗殴';
  const file = path.join(dir, '台账.xlsx');
  fs.writeFileSync(file, await ledgerWorkbook('梅园新村街道矛盾纠纷台账', SAMPLE_LEDGER_HEADERS, rows));
  return file;
}

const caseTotal = async (dir: string) =>
  (JSON.parse((await fengqiao(['case', 'list', '--json', '--data-dir', dir])).stdout) as { total: number }).total;

describe('fengqiao import-ledger', () => {
  it('reports rejected rows and imports nothing with --dry-run, imports the valid rows once without it', async () => {
    const dir = await setUp();
    const file = await ledgerFile(dir);

    const dry = await fengqiao(['import-ledger', file, '--dry-run', '--data-dir', dir]);
    expect(dry.code).toBe(3);
    expect(dry.stdout).toContain('第5行 D列（申请人身份证号）：身份证号码校验位不正确，请核对');
    expect(dry.stdout).toMatch(/第12行 J列（纠纷类型）：纠纷类型“打架斗殴”无法识别/);
    expect(dry.stdout).toContain('工作表“台账”：共 20 行，可导入 18 行，以前已导入 0 行，有问题 2 行。（试运行，未导入任何案件）');
    expect(await caseTotal(dir)).toBe(0);

    const first = await fengqiao(['import-ledger', file, '--json', '--data-dir', dir]);
    expect(first.code).toBe(3);
    expect(JSON.parse(first.stdout) as LedgerReport).toMatchObject({ totalRows: 20, valid: 18, rejectedRows: 2, imported: 18 });
    const again = await fengqiao(['import-ledger', file, '--json', '--data-dir', dir]);
    expect(JSON.parse(again.stdout) as LedgerReport).toMatchObject({ valid: 0, alreadyImported: 18, rejectedRows: 2, imported: 0 });
    expect(await caseTotal(dir)).toBe(18);
  });

  it('exits 0 when every row is valid', async () => {
    const dir = await setUp();
    const file = path.join(dir, 'good.xlsx');
    const rows = sampleLedgerRows({ count: 5, seed: 'good', committeeAreaCode: XUANWU_COMMITTEE.areaCode });
    fs.writeFileSync(file, await ledgerWorkbook('台账', SAMPLE_LEDGER_HEADERS, rows));
    const run = await fengqiao(['import-ledger', file, '--data-dir', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已导入 5 件案件');
  });

  it('exits 2 with the headers and an example when required fields have no column, and takes a mapping file', async () => {
    const dir = await setUp();
    const file = path.join(dir, '老台账.csv');
    fs.writeFileSync(file, '\uFEFF日子,甲方,乙方,种类,经过\r\n2026-03-02,张三,李四,邻里,楼上漏水致楼下受损，协商未果。\r\n');
    const unmapped = await fengqiao(['import-ledger', file, '--dry-run', '--data-dir', dir]);
    expect(unmapped.code).toBe(2);
    expect(unmapped.stderr).toContain('这些必填字段没有对应的列：登记日期、纠纷简要情况');
    expect(unmapped.stderr).toContain('第1行的表头：A 日子、B 甲方、C 乙方、D 种类、E 经过');
    expect(unmapped.stderr).toContain('"registeredOn": "<登记日期所在列的表头>"');

    const mapping = path.join(dir, 'mapping.json');
    const columns = { registeredOn: '日子', applicantName: '甲方', respondentName: 'C', disputeType: '种类', facts: '经过' };
    fs.writeFileSync(mapping, JSON.stringify({ headerRow: 1, columns }));
    const mapped = await fengqiao(['import-ledger', file, '--mapping', mapping, '--data-dir', dir]);
    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toContain('已导入 1 件案件');

    fs.writeFileSync(mapping, JSON.stringify({ headerRow: 1, columns: { ...columns, facts: '案情' } }));
    const wrong = await fengqiao(['import-ledger', file, '--mapping', mapping, '--dry-run', '--data-dir', dir]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('“纠纷简要情况”对应的列“案情”不在第1行的表头中');
  });

  it('exits 1 for a file it cannot read and 2 for a usage error', async () => {
    const dir = await setUp();
    expect((await fengqiao(['import-ledger', path.join(dir, 'missing.xlsx'), '--data-dir', dir])).code).toBe(1);
    const old = path.join(dir, 'old.xls');
    fs.writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const xls = await fengqiao(['import-ledger', old, '--data-dir', dir]);
    expect(xls.code).toBe(1);
    expect(xls.stderr).toContain('另存为.xlsx');
    expect((await fengqiao(['import-ledger', '--data-dir', dir])).code).toBe(2);
    expect((await fengqiao(['import-ledger', old, '--mapping', path.join(dir, 'none.json'), '--data-dir', dir])).code).toBe(2);
  });
});

describe('fengqiao export --xlsx', () => {
  it('writes the register to a workbook that Excel (exceljs) reads back', async () => {
    const dir = await setUp();
    const file = await ledgerFile(dir);
    expect((await fengqiao(['import-ledger', file, '--data-dir', dir])).code).toBe(3);
    const out = path.join(dir, '导出', '登记簿.xlsx');
    fs.mkdirSync(path.dirname(out));
    const run = await fengqiao(['export', '--xlsx', out, '--json', '--data-dir', dir]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { file: string; bytes: number; cases: number; parties: number };
    expect(result).toMatchObject({ file: out, cases: 18, bytes: fs.statSync(out).size });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['案件', '当事人', '调解员', '委员会', '排查']);
    expect(workbook.getWorksheet('案件')!.actualRowCount).toBe(19);
    expect(workbook.getWorksheet('当事人')!.actualRowCount).toBe(result.parties + 1);

    expect((await fengqiao(['export', '--data-dir', dir])).code).toBe(2);
  });
});
