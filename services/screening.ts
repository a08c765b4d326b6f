// Screening reports (排查): one per committee per period, listing the disputes found or saying explicitly that
// none were (零报告). A period with neither is missing, and the overview says so.
import type { Kysely } from 'kysely';
import type { LifecycleConfig } from '../shared/domain/config.ts';
import type { ScreeningOverview, ScreeningReport, ScreeningReportInput } from '../shared/domain/screening.ts';
import type { z } from '../shared/zod.ts';
import { AppError } from '../shared/errors.ts';
import { addDays, todayInChina } from '../shared/rules/dates.ts';
import { newId } from '../shared/rules/ids.ts';
import { periodLabel, periodOf, periodsBetween, type PeriodKind } from '../shared/rules/screening.ts';
import { appendChange } from './changeLog.ts';
import { getCommittee, listCommittees } from './committees.ts';
import { immediateTransaction } from './db/open.ts';
import type { DB, ScreeningReportRow } from './db/schema.ts';

type ReportInput = z.output<typeof ScreeningReportInput>;

export async function fileReport(
  db: Kysely<DB>,
  input: ReportInput,
  config: LifecycleConfig,
  actor: string,
  now = new Date(),
): Promise<ScreeningReport> {
  return immediateTransaction(db, async (trx) => {
    const committee = await getCommittee(trx, input.committeeId);
    if (!committee) throw new AppError('VALIDATION', '所选调委会不存在', [{ path: 'committeeId', message: '所选调委会不存在' }]);
    const today = todayInChina(now);
    const period = periodOf(config.screening.periods[committee.kind], input.periodDate);
    if (period.start > today)
      throw new AppError('VALIDATION', '这一期还没有开始', [{ path: 'periodDate', message: '不能报告尚未开始的排查周期' }]);
    if (input.reportedOn > today)
      throw new AppError('VALIDATION', '报告日期不能晚于今天', [{ path: 'reportedOn', message: '报告日期不能晚于今天' }]);
    if (input.reportedOn < period.start)
      throw new AppError('VALIDATION', '报告日期早于本期开始', [
        { path: 'reportedOn', message: `报告日期不能早于本期开始日期（${period.start}）` },
      ]);
    const existing = await trx
      .selectFrom('screening_reports')
      .select('id')
      .where('committee_id', '=', committee.id)
      .where('period_kind', '=', period.kind)
      .where('period_start', '=', period.start)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (existing) throw new AppError('CONFLICT', `${committee.name}${periodLabel(period)}的排查已经报告过了`);
    const caseIds = input.findings.flatMap((f) => (f.caseId ? [f.caseId] : []));
    if (caseIds.length > 0) {
      const found = await trx.selectFrom('cases').select('id').where('id', 'in', caseIds).execute();
      if (found.length !== new Set(caseIds).size) throw new AppError('VALIDATION', '排查发现所关联的案件不存在');
    }

    const at = now.toISOString();
    const row: ScreeningReportRow = {
      id: newId(now.getTime()),
      committee_id: committee.id,
      period_kind: period.kind,
      period_start: period.start,
      period_end: period.end,
      zero: input.zero ? 1 : 0,
      reported_on: input.reportedOn,
      reporter: input.reporter,
      note: input.note,
      created_at: at,
      updated_at: at,
      version: 1,
      deleted_at: null,
    };
    await trx.insertInto('screening_reports').values(row).execute();
    const findings = await insertFindings(
      trx,
      row.id,
      input.findings.map((f) => ({ ...f, id: newId(now.getTime()) })),
    );
    const report = toReport(row, findings);
    await appendChange(trx, { actor, at, entity: 'screening_report', entityId: row.id, action: 'create', data: report });
    return report;
  });
}

/** Writes a report's findings in their order (a new report's, or a restored one's with their ids); returns the rows. */
export async function insertFindings(
  trx: Kysely<DB>,
  reportId: string,
  findings: readonly {
    id: string;
    summary: string;
    disputeType: string;
    peopleCount: number;
    riskLevel: string;
    handling: string;
    caseId: string | null;
  }[],
) {
  const rows = findings.map((f, position) => ({
    id: f.id,
    report_id: reportId,
    position,
    summary: f.summary,
    dispute_type: f.disputeType,
    people_count: f.peopleCount,
    risk_level: f.riskLevel,
    handling: f.handling,
    case_id: f.caseId,
  }));
  if (rows.length > 0) await trx.insertInto('screening_findings').values(rows).execute();
  return rows;
}

type FindingRow = {
  id: string;
  summary: string;
  dispute_type: string;
  people_count: number;
  risk_level: string;
  handling: string;
  case_id: string | null;
};

function toReport(row: ScreeningReportRow, findings: FindingRow[]): ScreeningReport {
  return {
    id: row.id,
    committeeId: row.committee_id,
    periodKind: row.period_kind as PeriodKind,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    zero: row.zero === 1,
    findings: findings.map((f) => ({
      id: f.id,
      summary: f.summary,
      disputeType: f.dispute_type as ScreeningReport['findings'][number]['disputeType'],
      peopleCount: f.people_count,
      riskLevel: f.risk_level as ScreeningReport['findings'][number]['riskLevel'],
      handling: f.handling as ScreeningReport['findings'][number]['handling'],
      caseId: f.case_id,
    })),
    reportedOn: row.reported_on,
    reporter: row.reporter,
    note: row.note,
    createdAt: row.created_at,
  };
}

export async function listReports(db: Kysely<DB>, committeeId: string, limit: number): Promise<ScreeningReport[]> {
  const rows = await db
    .selectFrom('screening_reports')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('deleted_at', 'is', null)
    .orderBy('period_start', 'desc')
    .limit(limit)
    .execute();
  return withFindings(db, rows);
}

/** One report with its findings, or null (the sync sends a report whole). */
export async function getReport(db: Kysely<DB>, id: string): Promise<ScreeningReport | null> {
  const rows = await db.selectFrom('screening_reports').selectAll().where('id', '=', id).where('deleted_at', 'is', null).execute();
  return (await withFindings(db, rows))[0] ?? null;
}

async function withFindings(db: Kysely<DB>, rows: ScreeningReportRow[]): Promise<ScreeningReport[]> {
  if (rows.length === 0) return [];
  const findings = await db
    .selectFrom('screening_findings')
    .selectAll()
    .where(
      'report_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('position')
    .execute();
  return rows.map((r) =>
    toReport(
      r,
      findings.filter((f) => f.report_id === r.id),
    ),
  );
}

/**
 * For each committee (or one), its last `count` periods: reported, zero, missing, or still open. Periods before
 * the configured start (or, without one, before the committee was recorded and before its first report) are
 * not counted as missing.
 */
export async function screeningOverview(
  db: Kysely<DB>,
  committeeId: string | null,
  count: number,
  config: LifecycleConfig,
  now = new Date(),
): Promise<ScreeningOverview> {
  const today = todayInChina(now);
  const committees = (await listCommittees(db)).filter((c) => committeeId === null || c.id === committeeId);
  const out: ScreeningOverview = [];
  for (const committee of committees) {
    const kind = config.screening.periods[committee.kind];
    const current = periodOf(kind, today);
    let start = current.start;
    for (let i = 1; i < count; i++) start = periodOf(kind, addDays(start, -1)).start;
    const reports = await db
      .selectFrom('screening_reports')
      .leftJoin('screening_findings', 'screening_findings.report_id', 'screening_reports.id')
      .select(['screening_reports.id', 'screening_reports.period_start', 'screening_reports.zero'])
      .select((eb) => eb.fn.count<number>('screening_findings.id').as('findings'))
      .where('screening_reports.committee_id', '=', committee.id)
      .where('screening_reports.period_kind', '=', kind)
      .where('screening_reports.deleted_at', 'is', null)
      .groupBy('screening_reports.id')
      .execute();
    const byStart = new Map(reports.map((r) => [r.period_start, r]));
    const firstReport = reports.reduce<string | null>((min, r) => (min === null || r.period_start < min ? r.period_start : min), null);
    const recorded = todayInChina(new Date(committee.createdAt));
    const since = config.screening.since ?? (firstReport && firstReport < recorded ? firstReport : recorded);
    const periods = periodsBetween(kind, start, today)
      .filter((p) => p.end >= since)
      .map((p) => {
        const report = byStart.get(p.start);
        const status = report ? (report.zero ? 'zero' : 'reported') : p.end < today ? 'missing' : 'open';
        return {
          start: p.start,
          end: p.end,
          label: periodLabel(p),
          status,
          reportId: report?.id ?? null,
          findings: Number(report?.findings ?? 0),
        } as const;
      });
    out.push({
      committeeId: committee.id,
      committeeName: committee.name,
      periodKind: kind,
      periods,
      missing: periods.filter((p) => p.status === 'missing').length,
    });
  }
  return out;
}
