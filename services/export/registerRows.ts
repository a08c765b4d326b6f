// The rows of the register export, read page by page (2,000 cases at a time, in the order of registration) so
// that a register of 100,000 cases is never in memory at once: cases, their parties, and the small tables.
import { sql, type Kysely } from 'kysely';
import { COMMITTEE_KIND_CODES, COMMITTEE_KINDS, labelOf } from '../../shared/domain/reference.ts';
import { PERIOD_KINDS } from '../../shared/domain/screening.ts';
import type { DB } from '../db/schema.ts';
import { partyNames } from '../caseList.ts';

export const EXPORT_PAGE = 2_000;

export interface CaseExportRow {
  id: string;
  number: string;
  committeeName: string;
  registeredOn: string;
  disputeType: string;
  source: string;
  status: string;
  riskLevel: string;
  applicants: string[];
  respondents: string[];
  facts: string;
  outcome: string | null;
  outcomeOn: string | null;
  amountFen: number | null;
  archiveNumber: string | null;
}

type Position = { on: string; seq: number };

/** One page of cases after `from` (keyset on registered_on, seq: the index cases_by_date). */
async function casePage(db: Kysely<DB>, from: Position | null, limit: number) {
  return db
    .selectFrom('cases')
    .innerJoin('committees', 'committees.id', 'cases.committee_id')
    .select([
      'cases.seq',
      'cases.id',
      'cases.number',
      'committees.name as committeeName',
      'cases.registered_on',
      'cases.dispute_type',
      'cases.source',
      'cases.status',
      'cases.risk_level',
      'cases.facts',
      'cases.outcome',
      'cases.outcome_on',
      'cases.amount_fen',
      'cases.archive_number',
    ])
    .where('cases.deleted_at', 'is', null)
    .$if(from !== null, (q) => q.where(sql<boolean>`(cases.registered_on, cases.seq) > (${from!.on}, ${from!.seq})`))
    .orderBy('cases.registered_on')
    .orderBy('cases.seq')
    .limit(limit)
    .execute();
}

/** Pages of cases with their party names, oldest registration first. */
export async function* casePages(db: Kysely<DB>, page = EXPORT_PAGE): AsyncGenerator<CaseExportRow[]> {
  let after: Position | null = null;
  for (;;) {
    const rows = await casePage(db, after, page);
    if (rows.length === 0) return;
    const names = await partyNames(
      db,
      rows.map((r) => r.id),
    );
    yield rows.map((r) => ({
      id: r.id,
      number: r.number,
      committeeName: r.committeeName,
      registeredOn: r.registered_on,
      disputeType: r.dispute_type,
      source: r.source,
      status: r.status,
      riskLevel: r.risk_level,
      ...names.get(r.id)!,
      facts: r.facts,
      outcome: r.outcome,
      outcomeOn: r.outcome_on,
      amountFen: r.amount_fen,
      archiveNumber: r.archive_number,
    }));
    if (rows.length < page) return;
    const last = rows[rows.length - 1]!;
    after = { on: last.registered_on, seq: last.seq };
  }
}

export interface PartyExportRow {
  number: string;
  role: string;
  kind: string;
  name: string;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
}

/** The parties of each page of cases, in the cases' order and then their own. */
export async function* partyPages(db: Kysely<DB>, page = EXPORT_PAGE): AsyncGenerator<PartyExportRow[]> {
  for await (const cases of casePages(db, page)) {
    const parties = await db
      .selectFrom('parties')
      .select(['case_id', 'role', 'kind', 'name', 'id_number', 'phone', 'address'])
      .where(
        'case_id',
        'in',
        cases.map((c) => c.id),
      )
      .where('deleted_at', 'is', null)
      .orderBy('case_id')
      .orderBy('position')
      .execute();
    const byCase = new Map<string, typeof parties>();
    for (const p of parties) byCase.set(p.case_id, [...(byCase.get(p.case_id) ?? []), p]);
    yield cases.flatMap((c) =>
      (byCase.get(c.id) ?? []).map((p) => ({
        number: c.number,
        role: p.role,
        kind: p.kind,
        name: p.name,
        idNumber: p.id_number,
        phone: p.phone,
        address: p.address,
      })),
    );
  }
}

export async function mediatorRows(db: Kysely<DB>) {
  return db
    .selectFrom('mediators')
    .innerJoin('committees', 'committees.id', 'mediators.committee_id')
    .select([
      'mediators.name',
      'committees.name as committeeName',
      'mediators.sex',
      'mediators.phone',
      'mediators.post',
      'mediators.full_time',
      'mediators.joined_on',
      'mediators.left_on',
    ])
    .where('mediators.deleted_at', 'is', null)
    .orderBy('committees.is_own', 'desc')
    .orderBy('committees.name')
    .orderBy('mediators.name')
    .execute();
}

export async function committeeRows(db: Kysely<DB>) {
  const rows = await db
    .selectFrom('committees as c')
    .leftJoin('committees as parent', 'parent.id', 'c.parent_id')
    .select(['c.name', 'c.kind', 'c.area_code', 'c.abbreviation', 'c.is_own', 'parent.name as parentName'])
    .where('c.deleted_at', 'is', null)
    .orderBy('c.is_own', 'desc')
    .orderBy('c.name')
    .execute();
  return rows.map((r) => ({
    ...r,
    kindLabel: (COMMITTEE_KIND_CODES as readonly string[]).includes(r.kind) ? labelOf(COMMITTEE_KINDS, r.kind) : r.kind,
  }));
}

export async function screeningRows(db: Kysely<DB>) {
  const rows = await db
    .selectFrom('screening_reports as r')
    .innerJoin('committees', 'committees.id', 'r.committee_id')
    .leftJoin('screening_findings as f', 'f.report_id', 'r.id')
    .select([
      'committees.name as committeeName',
      'r.period_kind',
      'r.period_start',
      'r.period_end',
      'r.zero',
      'r.reported_on',
      'r.reporter',
      'r.note',
      (eb) => eb.fn.count<number>('f.id').as('findings'),
      sql<string | null>`group_concat(f.summary, '；')`.as('summaries'),
    ])
    .where('r.deleted_at', 'is', null)
    .groupBy('r.id')
    .orderBy('committees.name')
    .orderBy('r.period_start')
    .execute();
  return rows.map((r) => ({ ...r, periodLabel: labelOf(PERIOD_KINDS, r.period_kind) }));
}
