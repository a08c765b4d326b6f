// The statistics of a period (domain.md "Statistics and targets"): one query layer for the app, the CLI and the
// district hub. The case figures are one pass over the cases of the period, grouped by committee and dispute
// type and added up here into the total, the MoJ type table and the committee table.
import { sql, type Kysely } from 'kysely';
import { CASE_FIGURES, PREVENTION_KINDS, TARGETS, type CaseFigures, type StatisticsReport } from '../../shared/domain/statistics.ts';
import { CASE_SOURCES, COMMITTEE_KINDS, DISPUTE_TYPES, RISK_LEVELS, labelOf } from '../../shared/domain/reference.ts';
import { type FINDING_HANDLINGS } from '../../shared/domain/screening.ts';
import { AppError } from '../../shared/errors.ts';
import type { DB } from '../db/schema.ts';
import { PREDICATES, committeeCondition, inPeriod, type Period } from './measures.ts';

export interface StatsScope extends Period {
  committeeId: string | null;
}

const RISK_MEASURES = ['risk_red', 'risk_orange', 'risk_yellow', 'risk_blue'] as const;
const COUNTED = [...CASE_FIGURES.filter((f) => f !== 'amount'), 'grassroots_succeeded', ...RISK_MEASURES] as const;
type Counted = (typeof COUNTED)[number];
type Row = Record<Counted | 'amount', number> & { committee_id: string; dispute_type: string };

export function emptyFigures(): CaseFigures {
  return Object.fromEntries(CASE_FIGURES.map((f) => [f, 0])) as CaseFigures;
}

function addInto(target: CaseFigures, row: Row): void {
  for (const f of CASE_FIGURES) target[f] += row[f];
}

/** The case figures per committee and dispute type: one aggregate query. */
export async function caseFigureRows(db: Kysely<DB>, scope: StatsScope): Promise<Row[]> {
  const sums = COUNTED.map((m) => sql`sum(case when ${PREDICATES[m](scope)} then 1 else 0 end) as ${sql.ref(m)}`);
  const amount = sql`sum(case when ${PREDICATES.amount(scope)} then cases.amount_fen else 0 end) as amount`;
  const committee = committeeCondition(scope.committeeId, 'cases.committee_id');
  const result = await sql<Row>`
    select cases.committee_id, cases.dispute_type, ${sql.join([...sums, amount])}
    from cases join committees on committees.id = cases.committee_id
    where cases.deleted_at is null ${committee} and ${inPeriod(scope)}
    group by cases.committee_id, cases.dispute_type`.execute(db);
  return result.rows;
}

async function monthlyTrend(db: Kysely<DB>, scope: StatsScope): Promise<StatisticsReport['months']> {
  const committee = committeeCondition(scope.committeeId, 'cases.committee_id');
  const accepted = await sql<{ month: string; n: number }>`
    select substr(accepted_on, 1, 7) as month, count(*) as n from cases
    where deleted_at is null and accepted_on between ${scope.from} and ${scope.to} ${committee}
    group by month`.execute(db);
  const outcomes = await sql<{ month: string; concluded: number; succeeded: number }>`
    select substr(outcome_on, 1, 7) as month,
      sum(outcome in ('written', 'oral', 'failed', 'terminated')) as concluded,
      sum(outcome in ('written', 'oral')) as succeeded
    from cases
    where deleted_at is null and outcome is not null and outcome_on between ${scope.from} and ${scope.to} ${committee}
    group by month`.execute(db);
  const months = new Map<string, { month: string; accepted: number; concluded: number; succeeded: number }>();
  for (let m = scope.from.slice(0, 7); m <= scope.to.slice(0, 7); m = nextMonth(m))
    months.set(m, { month: m, accepted: 0, concluded: 0, succeeded: 0 });
  for (const r of accepted.rows) months.get(r.month)!.accepted = r.n;
  for (const r of outcomes.rows) Object.assign(months.get(r.month)!, { concluded: r.concluded, succeeded: r.succeeded });
  return [...months.values()];
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

async function preventions(db: Kysely<DB>, scope: StatsScope) {
  const committee = committeeCondition(scope.committeeId, 'cases.committee_id');
  const result = await sql<{ committee_id: string; kind: string; cases: number; people: number }>`
    select cases.committee_id, case_marks.kind, count(distinct case_marks.case_id) as cases, sum(case_marks.people) as people
    from case_marks join cases on cases.id = case_marks.case_id
    where case_marks.on_date between ${scope.from} and ${scope.to} and cases.deleted_at is null ${committee}
    group by cases.committee_id, case_marks.kind`.execute(db);
  return result.rows;
}

async function screening(db: Kysely<DB>, scope: StatsScope): Promise<StatisticsReport['screening']> {
  const committee = committeeCondition(scope.committeeId, 'r.committee_id');
  const reports = await sql<{ reports: number; zero: number }>`
    select count(*) as reports, coalesce(sum(zero), 0) as zero from screening_reports r
    where r.deleted_at is null and r.period_start between ${scope.from} and ${scope.to} ${committee}`.execute(db);
  const findings = await sql<{ handling: string; n: number; people: number }>`
    select f.handling, count(*) as n, sum(f.people_count) as people
    from screening_findings f join screening_reports r on r.id = f.report_id
    where r.deleted_at is null and r.period_start between ${scope.from} and ${scope.to} ${committee}
    group by f.handling`.execute(db);
  const by = (h: (typeof FINDING_HANDLINGS)[number]['code']) => findings.rows.find((r) => r.handling === h)?.n ?? 0;
  return {
    reports: reports.rows[0]?.reports ?? 0,
    zeroReports: reports.rows[0]?.zero ?? 0,
    findings: findings.rows.reduce((s, r) => s + r.n, 0),
    people: findings.rows.reduce((s, r) => s + r.people, 0),
    resolvedOnSpot: by('resolved_on_spot'),
    registered: by('registered'),
    diverted: by('diverted'),
    monitoring: by('monitoring'),
  };
}

interface ScopeCommittee {
  id: string;
  name: string;
  kind: string;
}

export async function committeesInScope(db: Kysely<DB>, committeeId: string | null): Promise<ScopeCommittee[]> {
  const rows = await db
    .selectFrom('committees')
    .select(['id', 'name', 'kind'])
    .where('deleted_at', 'is', null)
    .$if(committeeId !== null, (q) => q.where('id', '=', committeeId!))
    .orderBy('is_own', 'desc')
    .orderBy('name')
    .execute();
  if (committeeId && rows.length === 0) throw new AppError('NOT_FOUND', '所选调委会不存在');
  return rows;
}

/** The committee's name, or 全部调委会: how reports and sheets name what they cover. */
export function scopeName(committeeId: string | null, committees: readonly ScopeCommittee[]): string {
  return committeeId ? committees[0]!.name : '全部调委会';
}

/** Mediators on the roster of the committees in scope at the end of the period. */
async function mediatorsAt(db: Kysely<DB>, scope: StatsScope): Promise<StatisticsReport['mediators']> {
  const row = await db
    .selectFrom('mediators')
    .select((eb) => [eb.fn.countAll<number>().as('total'), eb.fn.sum<number>('full_time').as('fullTime')])
    .where('deleted_at', 'is', null)
    .$if(scope.committeeId !== null, (q) => q.where('committee_id', '=', scope.committeeId!))
    .where((eb) => eb.or([eb('joined_on', 'is', null), eb('joined_on', '<=', scope.to)]))
    .where((eb) => eb.or([eb('left_on', 'is', null), eb('left_on', '>', scope.to)]))
    .executeTakeFirstOrThrow();
  return { total: row.total, fullTime: row.fullTime ?? 0 };
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

function targetsOf(total: CaseFigures, grassroots: number, improperPetitions: number): StatisticsReport['targets'] {
  const values = {
    grassroots: { numerator: grassroots, denominator: total.succeeded, measure: 'grassroots_succeeded', denominatorMeasure: 'succeeded' },
    success_rate: { numerator: total.succeeded, denominator: total.concluded, measure: 'succeeded', denominatorMeasure: 'concluded' },
    diversion: { numerator: total.diverted, denominator: total.failed, measure: 'diverted', denominatorMeasure: 'failed' },
    improper_petition: { numerator: improperPetitions, denominator: 0, measure: 'improper_petition', denominatorMeasure: null },
  } as const;
  const explanations = {
    grassroots: `乡镇（街道）、村（居）、行业性专业性和企事业单位调委会调解成功${grassroots}件，占全部调解成功${total.succeeded}件`,
    success_rate: `调解成功${total.succeeded}件，占调结（成功、不成、终止）${total.concluded}件`,
    diversion: `调解不成${total.failed}件，其中导入诉讼、仲裁、行政途径${total.diverted}件`,
    improper_petition: `本期因调解不当引发信访${improperPetitions}件`,
  } as const;
  return TARGETS.map((t) => {
    const v = values[t.code];
    if (t.code === 'improper_petition')
      return { ...t, ...v, value: improperPetitions, met: improperPetitions === 0, explanation: explanations[t.code] };
    const value = ratio(v.numerator, v.denominator);
    return { ...t, ...v, value, met: value === null || value >= t.threshold, explanation: explanations[t.code] };
  });
}

/** Every indicator of the period for one committee or all of them. */
export async function statisticsReport(db: Kysely<DB>, scope: StatsScope, now = new Date()): Promise<StatisticsReport> {
  const committees = await committeesInScope(db, scope.committeeId);
  const rows = await caseFigureRows(db, scope);
  const total = emptyFigures();
  const byType = new Map(DISPUTE_TYPES.map((t) => [t.code as string, emptyFigures()]));
  const byCommittee = new Map(committees.map((c) => [c.id, emptyFigures()]));
  const extra = Object.fromEntries([...RISK_MEASURES, 'grassroots_succeeded'].map((m) => [m, 0])) as Record<
    (typeof RISK_MEASURES)[number] | 'grassroots_succeeded',
    number
  >;
  for (const row of rows) {
    addInto(total, row);
    if (!byType.has(row.dispute_type)) byType.set(row.dispute_type, emptyFigures());
    addInto(byType.get(row.dispute_type)!, row);
    const c = byCommittee.get(row.committee_id);
    if (c) addInto(c, row);
    for (const m of Object.keys(extra) as (keyof typeof extra)[]) extra[m] += row[m];
  }

  const marks = await preventions(db, scope);
  const markTotal = (kind: string) => {
    const rowsOf = marks.filter((m) => m.kind === kind);
    return { cases: rowsOf.reduce((s, m) => s + m.cases, 0), people: rowsOf.reduce((s, m) => s + m.people, 0) };
  };
  const improperPetitions = markTotal('improper_petition').cases;
  const sources = await sourceCounts(db, scope);
  const committeeKinds = COMMITTEE_KINDS.map((k) => ({
    kind: k.code,
    label: k.label,
    count: committees.filter((c) => c.kind === k.code).length,
  }));

  return {
    from: scope.from,
    to: scope.to,
    committeeId: scope.committeeId,
    scope: scopeName(scope.committeeId, committees),
    generatedAt: now.toISOString(),
    total,
    byType: [...byType.entries()].map(([code, figures]) => ({ disputeType: code, label: labelOf(DISPUTE_TYPES, code), figures })),
    sources,
    prevention: PREVENTION_KINDS.map((k) => ({ kind: k.code, label: k.label, measure: k.measure, ...markTotal(k.code) })),
    improperPetitions,
    screening: await screening(db, scope),
    committees: committeeKinds,
    mediators: await mediatorsAt(db, scope),
    byCommittee: committees.map((c) => ({
      committeeId: c.id,
      name: c.name,
      kind: c.kind,
      figures: byCommittee.get(c.id)!,
      improperPetitions: marks.filter((m) => m.committee_id === c.id && m.kind === 'improper_petition').reduce((s, m) => s + m.cases, 0),
    })),
    risk: RISK_LEVELS.map((r) => ({ level: r.code, label: r.label, measure: `risk_${r.code}` as const, count: extra[`risk_${r.code}`] })),
    months: await monthlyTrend(db, scope),
    targets: targetsOf(total, extra.grassroots_succeeded, improperPetitions),
  };
}

async function sourceCounts(db: Kysely<DB>, scope: StatsScope): Promise<StatisticsReport['sources']> {
  const rows = await db
    .selectFrom('cases')
    .select(['source', (eb) => eb.fn.countAll<number>().as('n')])
    .where('deleted_at', 'is', null)
    .where('accepted_on', '>=', scope.from)
    .where('accepted_on', '<=', scope.to)
    .$if(scope.committeeId !== null, (q) => q.where('committee_id', '=', scope.committeeId!))
    .groupBy('source')
    .execute();
  return CASE_SOURCES.map((s) => ({
    source: s.code,
    label: s.label,
    group: s.group,
    count: rows.find((r) => r.source === s.code)?.n ?? 0,
  }));
}
