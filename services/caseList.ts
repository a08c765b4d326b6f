// The register list: filters (including the clerk's to-do filters), search, one page of rows, and the
// short lists of the home page, all from the same filter code so that a count and its list always agree.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Attention, CaseListItem, CaseListQuery, CasePage } from '../shared/domain/case.ts';
import type { WorkItem } from '../shared/domain/worklist.ts';
import { parseCaseNumber } from '../shared/rules/caseNumber.ts';
import { addDays } from '../shared/rules/dates.ts';
import { assertNever } from '../shared/rules/lifecycle.ts';
import { matchExpression } from '../shared/rules/searchTerms.ts';
import type { CaseRow, DB } from './db/schema.ts';

const EXCERPT_CHARS = 60;

/** What the to-do filters measure against: today and the configured intervals. */
export interface AttentionContext {
  today: string;
  reminderDays: number;
  acceptanceDays: number;
}

type CaseQuery = SelectQueryBuilder<DB, 'cases', object>;

// Some conditions are written as SQL literals, not bound parameters, on purpose: SQLite uses a partial index
// only when it can see that the query's conditions imply the index's (see the migration's indexes).

function applyAttention(q: CaseQuery, attention: Attention, ctx: AttentionContext): CaseQuery {
  const soon = addDays(ctx.today, ctx.reminderDays);
  switch (attention) {
    case 'awaiting_acceptance':
      return q.where('cases.status', '=', 'registered').where('cases.registered_on', '<=', addDays(ctx.today, -ctx.acceptanceDays));
    case 'warnings':
      return q.where('cases.risk_level', 'in', ['red', 'orange']).where('cases.status', 'not in', ['archived', 'refused']);
    case 'follow_up_overdue':
      return q.where('cases.follow_up_due', '<', ctx.today);
    case 'follow_up_due_soon':
      return q.where('cases.follow_up_due', '>=', ctx.today).where('cases.follow_up_due', '<=', soon);
    case 'confirmation_closing':
      return q
        .where('cases.confirmation_state', 'is', null)
        .where('cases.confirmation_deadline', '>=', ctx.today)
        .where('cases.confirmation_deadline', '<=', soon);
    case 'performance_overdue':
      return q
        .where('cases.performance_deadline', '<', ctx.today)
        .where(sql<boolean>`coalesce(cases.fulfilment, '') <> 'performed' and cases.archived_on is null`);
    case 'unarchived_closed':
      return q.where(sql<boolean>`cases.outcome_on is not null and cases.archived_on is null`);
    default:
      return assertNever(attention);
  }
}

/** The date a to-do list is about, for its order and its rows. */
export const ATTENTION_DATE = {
  awaiting_acceptance: 'registered_on',
  warnings: 'risk_changed_on',
  follow_up_overdue: 'follow_up_due',
  follow_up_due_soon: 'follow_up_due',
  confirmation_closing: 'confirmation_deadline',
  performance_overdue: 'performance_deadline',
  unarchived_closed: 'outcome_on',
} as const satisfies Record<Attention, keyof CaseRow>;

export function applyFilters(query: CaseQuery, q: Omit<CaseListQuery, 'page' | 'pageSize'>, ctx: AttentionContext): CaseQuery {
  let out = query.where('cases.deleted_at', 'is', null);
  if (q.committeeId) out = out.where('cases.committee_id', '=', q.committeeId);
  if (q.disputeType) out = out.where('cases.dispute_type', '=', q.disputeType);
  if (q.status) out = out.where('cases.status', '=', q.status);
  if (q.riskLevel) out = out.where('cases.risk_level', '=', q.riskLevel);
  if (q.from) out = out.where('cases.registered_on', '>=', q.from);
  if (q.to) out = out.where('cases.registered_on', '<=', q.to);
  if (q.attention) out = applyAttention(out, q.attention, ctx);
  const search = q.search?.trim() ?? '';
  // A whole case number is looked up as such; its digits would otherwise match every case of the year.
  if (parseCaseNumber(search)) return out.where('cases.number', '=', search);
  const match = search ? matchExpression(search) : null;
  if (match)
    out = out.where('cases.seq', 'in', (eb) =>
      eb
        .selectFrom('case_search')
        .select('case_search.rowid')
        .where(sql<boolean>`case_search match ${match}`),
    );
  return out;
}

/** Party names per case, in their order, for a page of rows. */
export async function partyNames(
  conn: Kysely<DB>,
  caseIds: string[],
): Promise<Map<string, { applicants: string[]; respondents: string[] }>> {
  const names = new Map(caseIds.map((id) => [id, { applicants: [] as string[], respondents: [] as string[] }]));
  if (caseIds.length === 0) return names;
  const parties = await conn
    .selectFrom('parties')
    .select(['case_id', 'role', 'name'])
    .where('case_id', 'in', caseIds)
    .where('deleted_at', 'is', null)
    .orderBy('case_id')
    .orderBy('position')
    .execute();
  for (const p of parties) {
    const entry = names.get(p.case_id)!;
    (p.role === 'applicant' ? entry.applicants : entry.respondents).push(p.name);
  }
  return names;
}

/** One page of the register, newest registration first. The reads share one connection turn. */
export async function listCases(db: Kysely<DB>, q: CaseListQuery, ctx: AttentionContext): Promise<CasePage> {
  return db.connection().execute(async (conn) => {
    const filtered = applyFilters(conn.selectFrom('cases'), q, ctx);
    const { total } = await filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    return pageOfCases(conn, filtered.innerJoin('committees', 'committees.id', 'cases.committee_id'), total, q);
  });
}

/** The rows of one page of `filtered` (cases joined with their committee), newest registration first. */
export async function pageOfCases(
  conn: Kysely<DB>,
  filtered: SelectQueryBuilder<DB, 'cases' | 'committees', object>,
  total: number,
  q: { page: number; pageSize: number },
): Promise<CasePage> {
  const rows = await filtered
    .select([
      'cases.id',
      'cases.number',
      'committees.name as committeeName',
      'cases.dispute_type',
      'cases.source',
      'cases.status',
      'cases.risk_level',
      'cases.registered_on',
      sql<string>`substr(cases.facts, 1, ${EXCERPT_CHARS})`.as('excerpt'),
      sql<number>`length(cases.facts) > ${EXCERPT_CHARS}`.as('truncated'),
    ])
    .orderBy('cases.registered_on', 'desc')
    .orderBy('cases.seq', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const names = await partyNames(
    conn,
    rows.map((r) => r.id),
  );
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    items: rows.map((r) => ({
      ...caseHeading(r),
      ...names.get(r.id)!,
      factsExcerpt: r.truncated ? `${r.excerpt}…` : r.excerpt,
    })),
  };
}

/** A to-do list of the home page: its total and its first `limit` cases, the most pressing first. */
export async function attentionList(
  conn: Kysely<DB>,
  attention: Attention,
  ctx: AttentionContext,
  limit: number,
  committeeId: string | null = null,
): Promise<{ total: number; items: WorkItem[] }> {
  const filtered = applyFilters(conn.selectFrom('cases'), { attention, committeeId }, ctx);
  const { total } = await filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  if (total === 0) return { total, items: [] };
  const column = ATTENTION_DATE[attention];
  const rows = await filtered
    .innerJoin('committees', 'committees.id', 'cases.committee_id')
    .select(['cases.id', 'cases.number', 'committees.name as committeeName', 'cases.dispute_type', 'cases.status', 'cases.risk_level'])
    .select(sql.ref<string | null>(`cases.${column}`).as('date'))
    .$if(attention === 'warnings', (qb) => qb.orderBy(sql`cases.risk_level = 'red'`, 'desc'))
    .orderBy(sql.ref(`cases.${column}`))
    .orderBy('cases.seq')
    .limit(limit)
    .execute();
  const names = await partyNames(
    conn,
    rows.map((r) => r.id),
  );
  return {
    total,
    items: rows.map((r) => ({
      caseId: r.id,
      number: r.number,
      committeeName: r.committeeName,
      title: caseTitle(names.get(r.id)!),
      disputeType: r.dispute_type as WorkItem['disputeType'],
      status: r.status as WorkItem['status'],
      riskLevel: r.risk_level as WorkItem['riskLevel'],
      date: r.date,
    })),
  };
}

/** '张三、李四 与 王五': how a clerk names a case. */
export function caseTitle(names: { applicants: string[]; respondents: string[] }): string {
  return `${names.applicants.join('、')} 与 ${names.respondents.join('、')}`;
}
type HeadingRow = Pick<CaseRow, 'id' | 'number' | 'dispute_type' | 'source' | 'status' | 'risk_level' | 'registered_on'> & {
  committeeName: string;
};

/** The fields a list row and the full case share, from their row. */
export function caseHeading(row: HeadingRow): Omit<CaseListItem, 'applicants' | 'respondents' | 'factsExcerpt'> {
  return {
    id: row.id,
    number: row.number,
    committeeName: row.committeeName,
    disputeType: row.dispute_type as CaseListItem['disputeType'],
    source: row.source as CaseListItem['source'],
    status: row.status as CaseListItem['status'],
    riskLevel: row.risk_level as CaseListItem['riskLevel'],
    registeredOn: row.registered_on,
  };
}
