// Export of the whole register to one Excel workbook, streamed (exceljs WorkbookWriter) to a file or a buffer:
// sheets 案件, 当事人, 调解员, 委员会, 排查, each with a bold frozen header row and readable column widths.
// Cases and parties are read page by page, so 100,000 cases never sit in memory at once.
import type { Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import { CASE_SOURCES, CASE_STATUSES, DISPUTE_TYPES, PARTY_ROLES, RISK_LEVELS, SEXES, labelOf } from '../../shared/domain/reference.ts';
import { MEDIATOR_POSTS } from '../../shared/domain/mediator.ts';
import type { ExportCounts, RegisterExport } from '../../shared/domain/registerExport.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { recordRead } from '../changeLog.ts';
import type { DB } from '../db/schema.ts';
import { log } from '../logger.ts';
import { casePages, committeeRows, mediatorRows, partyPages, screeningRows } from './registerRows.ts';
import { DATE, date, workbookBuffer, workbookWriter, writeSheet, type Column, type Value } from './sheets.ts';

const YUAN = '#,##0.00';
const EXCERPT = 100;

const excerpt = (text: string) => ([...text].length > EXCERPT ? `${[...text].slice(0, EXCERPT).join('')}…` : text);
/** The outcome column (services/caseHistory.ts) in the clerk's words. */
const OUTCOME_LABELS: Record<string, string> = {
  written: '达成书面协议',
  oral: '达成口头协议',
  failed: '调解不成',
  terminated: '终止调解',
  refused: '不予受理',
};
const outcomeLabel = (outcome: string | null) => (outcome ? (OUTCOME_LABELS[outcome] ?? outcome) : null);

async function* mapPages<T>(pages: AsyncIterable<T[]>, row: (item: T) => Value[]): AsyncGenerator<Value[][]> {
  for await (const page of pages) yield page.map(row);
}

const CASE_COLUMNS: Column[] = [
  { header: '案号', width: 24 },
  { header: '调委会', width: 30 },
  { header: '登记日期', width: 12, numFmt: DATE },
  { header: '纠纷类型', width: 12 },
  { header: '来源', width: 18 },
  { header: '状态', width: 10 },
  { header: '风险等级', width: 9 },
  { header: '申请人', width: 20 },
  { header: '被申请人', width: 20 },
  { header: '纠纷简要情况（摘要）', width: 60 },
  { header: '调解结果', width: 14 },
  { header: '结果日期', width: 12, numFmt: DATE },
  { header: '协议金额（元）', width: 14, numFmt: YUAN },
  { header: '卷宗号', width: 20 },
];
const PARTY_COLUMNS: Column[] = [
  { header: '案号', width: 24 },
  { header: '身份', width: 10 },
  { header: '类型', width: 10 },
  { header: '姓名或名称', width: 24 },
  { header: '身份证号码', width: 21 },
  { header: '电话', width: 15 },
  { header: '住址', width: 40 },
];
const MEDIATOR_COLUMNS: Column[] = [
  { header: '姓名', width: 10 },
  { header: '调委会', width: 30 },
  { header: '性别', width: 6 },
  { header: '电话', width: 15 },
  { header: '职务', width: 10 },
  { header: '专职/兼职', width: 10 },
  { header: '加入日期', width: 12, numFmt: DATE },
  { header: '退出日期', width: 12, numFmt: DATE },
];
const COMMITTEE_COLUMNS: Column[] = [
  { header: '名称', width: 34 },
  { header: '类型', width: 28 },
  { header: '统计用区划代码', width: 16 },
  { header: '案号简称', width: 10 },
  { header: '本调委会', width: 9 },
  { header: '上级调委会', width: 34 },
];
const SCREENING_COLUMNS: Column[] = [
  { header: '调委会', width: 30 },
  { header: '排查周期', width: 9 },
  { header: '起始日期', width: 12, numFmt: DATE },
  { header: '截止日期', width: 12, numFmt: DATE },
  { header: '报告类型', width: 9 },
  { header: '发现纠纷数', width: 10 },
  { header: '发现的纠纷', width: 60 },
  { header: '报告日期', width: 12, numFmt: DATE },
  { header: '报告人', width: 10 },
  { header: '备注', width: 30 },
];

/** Streams the register to `target` (a file path or a writable stream); returns how many rows each sheet got. */
export async function writeRegisterXlsx(db: Kysely<DB>, target: { file: string } | { stream: Writable }): Promise<ExportCounts> {
  const workbook = workbookWriter(target);
  const cases = await writeSheet(
    workbook,
    '案件',
    CASE_COLUMNS,
    mapPages(casePages(db), (c) => [
      c.number,
      c.committeeName,
      date(c.registeredOn),
      labelOf(DISPUTE_TYPES, c.disputeType),
      labelOf(CASE_SOURCES, c.source),
      labelOf(CASE_STATUSES, c.status),
      labelOf(RISK_LEVELS, c.riskLevel),
      c.applicants.join('、'),
      c.respondents.join('、'),
      excerpt(c.facts),
      outcomeLabel(c.outcome),
      date(c.outcomeOn),
      c.amountFen === null ? null : c.amountFen / 100,
      c.archiveNumber,
    ]),
  );
  const parties = await writeSheet(
    workbook,
    '当事人',
    PARTY_COLUMNS,
    mapPages(partyPages(db), (p) => [
      p.number,
      labelOf(PARTY_ROLES, p.role),
      p.kind === 'person' ? '自然人' : '单位',
      p.name,
      p.idNumber,
      p.phone,
      p.address,
    ]),
  );
  const mediators = await writeSheet(workbook, '调解员', MEDIATOR_COLUMNS, [
    (await mediatorRows(db)).map((m) => [
      m.name,
      m.committeeName,
      m.sex ? labelOf(SEXES, m.sex) : null,
      m.phone,
      labelOf(MEDIATOR_POSTS, m.post ?? 'mediator'),
      m.full_time === 1 ? '专职' : '兼职',
      date(m.joined_on),
      date(m.left_on),
    ]),
  ]);
  const committees = await writeSheet(workbook, '委员会', COMMITTEE_COLUMNS, [
    (await committeeRows(db)).map((c) => [c.name, c.kindLabel, c.area_code, c.abbreviation, c.is_own === 1 ? '是' : '', c.parentName]),
  ]);
  const screeningReports = await writeSheet(workbook, '排查', SCREENING_COLUMNS, [
    (await screeningRows(db)).map((r) => [
      r.committeeName,
      r.periodLabel,
      date(r.period_start),
      date(r.period_end),
      r.zero === 1 ? '零报告' : '有纠纷',
      r.findings,
      r.summaries,
      date(r.reported_on),
      r.reporter,
      r.note,
    ]),
  ]);
  await workbook.commit();
  return { cases, parties, mediators, committees, screeningReports };
}

/** The workbook in memory, for the API (the bytes cross IPC and HTTP as base64). */
export async function registerXlsxBuffer(db: Kysely<DB>): Promise<{ buffer: Buffer; counts: ExportCounts }> {
  const { buffer, result } = await workbookBuffer((stream) => writeRegisterXlsx(db, { stream }));
  return { buffer, counts: result };
}

/**
 * `data.exportXlsx`: the register as '枫桥登记簿-20261129.xlsx'. The workbook carries ID numbers and phones, so
 * the export is recorded in the audit log with who made it.
 */
export async function exportRegister(db: Kysely<DB>, actor: string, now = new Date()): Promise<RegisterExport> {
  const started = performance.now();
  const { buffer, counts } = await registerXlsxBuffer(db);
  const fileName = `枫桥登记簿-${todayInChina(now).replaceAll('-', '')}.xlsx`;
  await recordRead(db, actor, 'register', 'export', { format: 'xlsx', fileName, ...counts }, now, 'export');
  log.info('register exported', { ...counts, bytes: buffer.byteLength, ms: Math.round(performance.now() - started) });
  return { fileName, content: buffer.toString('base64'), counts };
}
