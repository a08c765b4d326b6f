// Ledger import on a real register: a 5,000-row Excel ledger with 40 bad rows, dry run and import through the
// API, a second import of the same file, a GBK csv, the saved mapping, and the export read back by exceljs.
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { LedgerCell } from '../../shared/rules/ledgerValues.ts';
import { SAMPLE_LEDGER_HEADERS, ledgerWorkbook, sampleLedgerRows, type SampleLedgerHeader } from '../../services/seed/ledgerSample.ts';
import type { Register } from '../../services/register.ts';
import { testRegister, XUANWU_COMMITTEE } from '../helpers/register.ts';

const column = (header: SampleLedgerHeader) => SAMPLE_LEDGER_HEADERS.indexOf(header);
/** Data starts in row 3 of the sample workbook (a title row, then the headers). */
const FIRST_ROW = 3;

/** The kinds of bad row, each with the column it is reported in and a word of its message. */
const BAD: { kind: string; column: string; message: RegExp; spoil(row: LedgerCell[]): void }[] = [
  {
    kind: 'ID check digit',
    column: 'D',
    message: /身份证号码校验位不正确/,
    spoil: (r) => {
      r[column('申请人')] = '张三';
      r[column('申请人身份证号')] = '110105194912310021';
    },
  },
  { kind: 'unknown type', column: 'J', message: /纠纷类型“打架斗殴”无法识别/, spoil: (r) => void (r[column('纠纷类型')] = '打架斗殴') },
  { kind: 'missing name', column: 'C', message: /请填写申请人姓名/, spoil: (r) => void (r[column('申请人')] = '') },
  { kind: 'bad date', column: 'B', message: /登记日期“2026-02-30”无法识别/, spoil: (r) => void (r[column('登记日期')] = '2026-02-30') },
  {
    kind: 'bad phone',
    column: 'I',
    message: /电话号码格式不正确/,
    spoil: (r) => {
      r[column('被申请人')] = '李四';
      r[column('被申请人联系电话')] = '12345';
    },
  },
  { kind: 'short facts', column: 'M', message: /纠纷简要情况至少5个字/, spoil: (r) => void (r[column('纠纷简要情况')] = '漏水') },
  { kind: 'unknown outcome', column: 'N', message: /调解结果“搁置”无法识别/, spoil: (r) => void (r[column('调解结果')] = '搁置') },
  {
    kind: 'outcome before registration',
    column: 'O',
    message: /不能早于登记日期/,
    spoil: (r) => {
      r[column('调解结果')] = '调解成功';
      r[column('结案日期')] = '2001-01-01';
      r[column('调解员')] = '王调解';
    },
  },
];

/** 5,000 sample rows, 40 of them spoiled (5 of each kind, spread over the file); returns their sheet rows. */
async function ledgerWithBadRows(): Promise<{ content: string; bad: Map<number, (typeof BAD)[number]> }> {
  const rows = sampleLedgerRows({ count: 5000, seed: 'ledger-test', committeeAreaCode: XUANWU_COMMITTEE.areaCode });
  const bad = new Map<number, (typeof BAD)[number]>();
  for (let i = 0; i < 40; i++) {
    const index = 17 + i * 123;
    const kind = BAD[i % BAD.length]!;
    kind.spoil(rows[index]!);
    bad.set(index + FIRST_ROW, kind);
  }
  const buffer = await ledgerWorkbook('梅园新村街道矛盾纠纷排查调处台账', SAMPLE_LEDGER_HEADERS, rows);
  return { content: buffer.toString('base64'), bad };
}

async function caseCount(register: Register): Promise<number> {
  const { n } = await register.db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return n;
}

describe('ledger import of a 5,000-row xlsx with 40 bad rows', () => {
  it('reports exactly the bad rows in a dry run and stores nothing; imports the rest once', async () => {
    const { api, register } = await testRegister();
    const { content, bad } = await ledgerWithBadRows();
    const file = { fileName: '2025年台账.xlsx', content };

    const info = await api.call('ledger.read', file);
    expect(info).toMatchObject({ format: 'xlsx', mappingSource: 'suggested', missingFields: [] });
    expect(info.sheets[0]).toMatchObject({ name: '台账', headerRow: 2, rowCount: 5000 });
    expect(info.mapping.columns).toMatchObject({ registeredOn: '登记日期', applicantIdNumber: '申请人身份证号', ledgerNumber: '序号' });

    const preview = await api.call('ledger.preview', { ...file, mapping: info.mapping });
    expect(preview).toMatchObject({ totalRows: 5000, valid: 4960, alreadyImported: 0, rejectedRows: 40, truncated: false });
    expect(preview.imported).toBeUndefined();
    expect(new Set(preview.rejected.map((r) => r.row))).toEqual(new Set(bad.keys()));
    for (const issue of preview.rejected) {
      const kind = bad.get(issue.row)!;
      expect(issue.column, `${kind.kind} in row ${issue.row}`).toBe(kind.column);
      expect(issue.message, kind.kind).toMatch(kind.message);
    }
    expect(await caseCount(register)).toBe(0);

    const cacheSize = async () => (await sql<{ cache_size: number }>`pragma cache_size`.execute(register.db)).rows[0]!.cache_size;
    const cacheBefore = await cacheSize();
    const imported = await api.call('ledger.import', { ...file, mapping: info.mapping });
    expect(await cacheSize()).toBe(cacheBefore); // the import's larger page cache is given back
    expect(imported).toMatchObject({ totalRows: 5000, valid: 4960, rejectedRows: 40, imported: 4960 });
    expect(await caseCount(register)).toBe(4960);
    const statuses = await register.db.selectFrom('cases').select('status').distinct().execute();
    expect(statuses.map((s) => s.status).sort()).toEqual(['accepted', 'failed', 'refused', 'succeeded', 'terminated']);

    const again = await api.call('ledger.import', { ...file, mapping: info.mapping });
    expect(again).toMatchObject({ totalRows: 5000, valid: 0, alreadyImported: 4960, rejectedRows: 40, imported: 0 });
    expect(await caseCount(register)).toBe(4960);

    // The mapping of the successful import is offered for the next file with the same headers.
    expect(await api.call('ledger.read', file)).toMatchObject({ mappingSource: 'saved', mapping: info.mapping });
  });
});

describe('ledger import', () => {
  /** A csv as Excel on Chinese Windows saves it: GBK, CRLF, quoted facts with a comma and a line break. */
  function gbkCsv(): string {
    const lines = [
      '序号,登记日期,申请人,申请人身份证号,被申请人,纠纷类型,纠纷简要情况,调解结果,结案日期,协议金额',
      '1,2026/3/2,张三,11010519491231002X,李四,邻里纠纷,"楼上漏水，致楼下天花板受损\r\n双方协商未果",调解成功,2026/3/10,"3,000"',
      '2,2026/3/5,王五,,南京某某物业管理有限公司,物业,小区电梯长期故障，业主与物业公司就维修费用发生争执。,调解中,,',
    ];
    return lines.join('\r\n');
  }

  it('reads a GBK csv', async () => {
    const { api } = await testRegister();
    const content = Buffer.from(encodeGbk(gbkCsv())).toString('base64');
    const file = { fileName: '台账.csv', content };
    const info = await api.call('ledger.read', file);
    expect(info).toMatchObject({ format: 'csv', missingFields: [] });
    expect(info.sheets[0]!.sample[0]).toContain('张三');
    const report = await api.call('ledger.import', { ...file, mapping: info.mapping });
    expect(report).toMatchObject({ totalRows: 2, valid: 2, rejectedRows: 0, imported: 2 });
    const page = await api.call('cases.list', {});
    expect(page.items.map((c) => [c.applicants, c.respondents, c.status])).toEqual([
      [['王五'], ['南京某某物业管理有限公司'], 'accepted'],
      [['张三'], ['李四'], 'succeeded'],
    ]);
  });

  it('refuses a mapping that names a header the file does not have, and a file it cannot read', async () => {
    const { api } = await testRegister();
    const buffer = await ledgerWorkbook('台账', SAMPLE_LEDGER_HEADERS, []);
    const file = { fileName: 'x.xlsx', content: buffer.toString('base64') };
    const mapping = {
      headerRow: 2,
      columns: {
        registeredOn: '受理日期',
        applicantName: '申请人',
        respondentName: '被申请人',
        disputeType: '纠纷类型',
        facts: '纠纷简要情况',
      },
    };
    await expect(api.call('ledger.preview', { ...file, mapping })).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'mapping.columns.registeredOn', message: '“登记日期”对应的列“受理日期”不在第2行的表头中' }],
    });
    await expect(api.call('ledger.preview', { ...file, mapping: { columns: { registeredOn: '登记日期' } } })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(
      api.call('ledger.read', { fileName: 'old.xls', content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]).toString('base64') }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('.xls'),
    });
  });
});

describe('export to xlsx', () => {
  it('writes every case and party, the committees, mediators and screening reports, and exceljs reads it back', async () => {
    const { api, register } = await testRegister();
    const rows = sampleLedgerRows({ count: 300, seed: 'export', committeeAreaCode: XUANWU_COMMITTEE.areaCode });
    const content = (await ledgerWorkbook('台账', SAMPLE_LEDGER_HEADERS, rows)).toString('base64');
    await api.call('ledger.import', { fileName: 'a.xlsx', content });
    const own = (await api.call('committees.list', {}))[0]!;
    await api.call('mediators.add', { committeeId: own.id, name: '王调解', post: 'mediator' });
    await api.call('screening.report', {
      committeeId: own.id,
      periodDate: '2026-11-20',
      zero: true,
      reportedOn: '2026-11-22',
      reporter: '赵记录',
    });

    const exported = await api.call('data.exportXlsx', {});
    expect(exported.fileName).toBe(`枫桥登记簿-${new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '')}.xlsx`);
    const { n: parties } = await register.db
      .selectFrom('parties')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(exported.counts).toEqual({ cases: 300, parties, mediators: 1, committees: 1, screeningReports: 1 });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.content, 'base64') as unknown as ArrayBuffer);
    const rowCounts = Object.fromEntries(workbook.worksheets.map((s) => [s.name, s.actualRowCount - 1]));
    expect(rowCounts).toEqual({ 案件: 300, 当事人: parties, 调解员: 1, 委员会: 1, 排查: 1 });
    const cases = workbook.getWorksheet('案件')!;
    expect(cases.getRow(1).font?.bold).toBe(true);
    expect(cases.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(cases.getRow(2).getCell(1).value).toMatch(/^〔\d{4}〕梅园调字第\d+号$/);
    expect(cases.getRow(2).getCell(3).value).toBeInstanceOf(Date);
  });
});

/** GBK bytes of a text, by a reverse lookup of Node's GB18030 decoder (Node decodes GB18030 but cannot encode it). */
function encodeGbk(text: string): number[] {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  return [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f])));
}
