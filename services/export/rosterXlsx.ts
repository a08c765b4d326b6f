// The mediator roster (人民调解员名册) as an Excel workbook: sheets 调解员名册 (every field of the 名册, with the
// training hours summed), 培训记录, 考核奖励 and 等级变动, in the roster's order. It carries ID numbers and
// phones, so the export is recorded in the audit log.
import type { Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import {
  EDUCATIONS,
  EVALUATION_RESULTS,
  HONOUR_KINDS,
  MEDIATOR_GRADES,
  MEDIATOR_POSTS,
  POLITICAL_STATUSES,
  type Mediator,
} from '../../shared/domain/mediator.ts';
import type { ExportedFile } from '../../shared/domain/statistics.ts';
import { SEXES, labelOf } from '../../shared/domain/reference.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { recordRead } from '../changeLog.ts';
import type { DB } from '../db/schema.ts';
import { log } from '../logger.ts';
import { loadRoster } from '../mediators.ts';
import { DATE, date, workbookBuffer, workbookWriter, writeSheet, type Column, type Value } from './sheets.ts';

export interface RosterCounts {
  mediators: number;
  trainings: number;
  honours: number;
  grades: number;
}

const label = <T extends { code: string; label: string }>(list: readonly T[], code: string | null) => (code ? labelOf(list, code) : null);

const ROSTER_COLUMNS: Column[] = [
  { header: '序号', width: 6 },
  { header: '姓名', width: 10 },
  { header: '性别', width: 6 },
  { header: '民族', width: 8 },
  { header: '出生日期', width: 12, numFmt: DATE },
  { header: '身份证号码', width: 21 },
  { header: '联系电话', width: 15 },
  { header: '文化程度', width: 12 },
  { header: '政治面貌', width: 12 },
  { header: '所在调委会', width: 30 },
  { header: '职务', width: 8 },
  { header: '专职/兼职', width: 10 },
  { header: '等级', width: 16 },
  { header: '工作单位或职业', width: 20 },
  { header: '状态', width: 8 },
  { header: '加入日期', width: 12, numFmt: DATE },
  { header: '退出日期', width: 12, numFmt: DATE },
  { header: '退出原因', width: 24 },
  { header: '培训学时合计', width: 12 },
  { header: '备注', width: 30 },
];
const TRAINING_COLUMNS: Column[] = [
  { header: '姓名', width: 10 },
  { header: '所在调委会', width: 30 },
  { header: '培训日期', width: 12, numFmt: DATE },
  { header: '学时', width: 8 },
  { header: '培训内容', width: 40 },
  { header: '培训单位', width: 24 },
];
const HONOUR_COLUMNS: Column[] = [
  { header: '姓名', width: 10 },
  { header: '所在调委会', width: 30 },
  { header: '类别', width: 10 },
  { header: '日期', width: 12, numFmt: DATE },
  { header: '名称', width: 30 },
  { header: '考核结果', width: 10 },
  { header: '授予或考核单位', width: 24 },
];
const GRADE_COLUMNS: Column[] = [
  { header: '姓名', width: 10 },
  { header: '所在调委会', width: 30 },
  { header: '等级', width: 16 },
  { header: '评定日期', width: 12, numFmt: DATE },
  { header: '备注', width: 30 },
];

function rosterRow(m: Mediator, index: number): Value[] {
  return [
    index + 1,
    m.name,
    label(SEXES, m.sex),
    m.ethnicity,
    date(m.birthDate),
    m.idNumber,
    m.phone,
    label(EDUCATIONS, m.education),
    label(POLITICAL_STATUSES, m.politicalStatus),
    m.committeeName,
    labelOf(MEDIATOR_POSTS, m.post),
    m.fullTime ? '专职' : '兼职',
    label(MEDIATOR_GRADES, m.grade),
    m.occupation,
    m.leftOn ? '已退出' : '在册',
    date(m.joinedOn),
    date(m.leftOn),
    m.leftReason,
    m.trainingHours,
    m.note,
  ];
}

/** Rows of a history table for the mediators exported, in the roster's order and then by date. */
function inRosterOrder<T extends { mediator_id: string; on: string }>(rows: T[], roster: Mediator[]): [Mediator, T][] {
  const order = new Map(roster.map((m, i) => [m.id, i]));
  return rows
    .filter((r) => order.has(r.mediator_id))
    .sort((a, b) => order.get(a.mediator_id)! - order.get(b.mediator_id)! || (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
    .map((r) => [roster[order.get(r.mediator_id)!]!, r]);
}

/** Streams the roster workbook to `target`; returns how many rows each sheet got. */
export async function writeRosterXlsx(
  db: Kysely<DB>,
  includeLeft: boolean,
  target: { file: string } | { stream: Writable },
): Promise<RosterCounts> {
  const roster = await loadRoster(db, { includeLeft });
  const [trainings, honours, grades] = await Promise.all([
    db.selectFrom('mediator_trainings').select(['mediator_id', 'on_date as on', 'hours', 'subject', 'organiser']).execute(),
    db.selectFrom('mediator_honours').select(['mediator_id', 'kind', 'on_date as on', 'title', 'result', 'issuer']).execute(),
    db.selectFrom('mediator_grades').select(['mediator_id', 'grade', 'since as on', 'note']).execute(),
  ]);
  const workbook = workbookWriter(target);
  const counts: RosterCounts = {
    mediators: await writeSheet(workbook, '调解员名册', ROSTER_COLUMNS, [roster.map(rosterRow)]),
    trainings: await writeSheet(workbook, '培训记录', TRAINING_COLUMNS, [
      inRosterOrder(trainings, roster).map(([m, t]) => [m.name, m.committeeName, date(t.on), t.hours, t.subject, t.organiser]),
    ]),
    honours: await writeSheet(workbook, '考核奖励', HONOUR_COLUMNS, [
      inRosterOrder(honours, roster).map(([m, h]) => [
        m.name,
        m.committeeName,
        labelOf(HONOUR_KINDS, h.kind),
        date(h.on),
        h.title,
        label(EVALUATION_RESULTS, h.result),
        h.issuer,
      ]),
    ]),
    grades: await writeSheet(workbook, '等级变动', GRADE_COLUMNS, [
      inRosterOrder(grades, roster).map(([m, g]) => [m.name, m.committeeName, labelOf(MEDIATOR_GRADES, g.grade), date(g.on), g.note]),
    ]),
  };
  await workbook.commit();
  return counts;
}

/** `roster.exportXlsx`: the roster as '调解员名册-20261129.xlsx', the export recorded with who made it. */
export async function exportRoster(db: Kysely<DB>, includeLeft: boolean, actor: string, now = new Date()): Promise<ExportedFile> {
  const { buffer, result: counts } = await workbookBuffer((stream) => writeRosterXlsx(db, includeLeft, { stream }));
  const fileName = `调解员名册-${todayInChina(now).replaceAll('-', '')}.xlsx`;
  await recordRead(db, actor, 'mediator', 'export', { format: 'xlsx', fileName, includeLeft, ...counts }, now, 'export');
  log.info('roster exported', { ...counts, bytes: buffer.byteLength });
  return { fileName, content: buffer.toString('base64') };
}
