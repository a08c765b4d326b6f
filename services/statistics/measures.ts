// What each statistics figure counts, as one SQL predicate over a case (and its committee). The report adds the
// predicates up and the drill-down lists the cases that satisfy one, so a figure and its list cannot disagree.
//
// The period a case counts in is the date its definition names (domain.md "Statistics and targets"):
// - accepted, its source and its colour: the day it was accepted (受理);
// - an outcome (success, failure, termination, refusal): the day of the outcome in force — a corrected outcome
//   counts with its corrected date and kind, once;
// - what follows an agreement (its amount, judicial confirmation, fulfilment): the agreement's day, so that a
//   rate compares the agreements of one period with what became of them;
// - escalations prevented and petitions: the day they were recorded on the case.
import { sql, type RawBuilder } from 'kysely';
import type { Measure } from '../../shared/domain/statistics.ts';
import { GRASSROOTS_KINDS } from '../../shared/domain/reference.ts';

export interface Period {
  from: string;
  to: string;
}

type Predicate = (p: Period) => RawBuilder<boolean>;

const between = (column: string, p: Period) => sql<boolean>`${sql.ref(column)} between ${p.from} and ${p.to}`;
const outcomeIn = (outcomes: string[], p: Period) =>
  sql<boolean>`(cases.outcome in (${sql.join(outcomes)}) and ${between('cases.outcome_on', p)})`;
const accepted: Predicate = (p) => between('cases.accepted_on', p);
const succeeded: Predicate = (p) => outcomeIn(['written', 'oral'], p);
const mark = (kind: string, p: Period) =>
  sql<boolean>`exists (select 1 from case_marks where case_marks.case_id = cases.id and case_marks.kind = ${kind}
    and case_marks.on_date between ${p.from} and ${p.to})`;
const HANDOVER_EXCLUDED = ['party_application', 'own_initiative'];

export const PREDICATES: Record<Measure, Predicate> = {
  registered: (p) => between('cases.registered_on', p),
  accepted,
  refused: (p) => outcomeIn(['refused'], p),
  concluded: (p) => outcomeIn(['written', 'oral', 'failed', 'terminated'], p),
  succeeded,
  written: (p) => outcomeIn(['written'], p),
  oral: (p) => outcomeIn(['oral'], p),
  amount: (p) => sql<boolean>`(${succeeded(p)} and cases.amount_fen > 0)`,
  failed: (p) => outcomeIn(['failed'], p),
  diverted: (p) => sql<boolean>`(${outcomeIn(['failed'], p)} and cases.diverted_to is not null)`,
  terminated: (p) => outcomeIn(['terminated'], p),
  source_applied: (p) => sql<boolean>`(${accepted(p)} and cases.source = 'party_application')`,
  source_own_initiative: (p) => sql<boolean>`(${accepted(p)} and cases.source = 'own_initiative')`,
  source_handover: (p) => sql<boolean>`(${accepted(p)} and cases.source not in (${sql.join(HANDOVER_EXCLUDED)}))`,
  confirmation_applied: (p) =>
    sql<boolean>`(${outcomeIn(['written'], p)} and cases.confirmation_state in ('applied', 'confirmed', 'rejected'))`,
  confirmed: (p) => sql<boolean>`(${outcomeIn(['written'], p)} and cases.confirmation_state = 'confirmed')`,
  fulfilled: (p) => sql<boolean>`(${succeeded(p)} and cases.fulfilment = 'performed')`,
  partly_fulfilled: (p) => sql<boolean>`(${succeeded(p)} and cases.fulfilment = 'partly')`,
  grassroots_succeeded: (p) => sql<boolean>`(${succeeded(p)} and committees.kind in (${sql.join([...GRASSROOTS_KINDS])}))`,
  prevent_civil_to_criminal: (p) => mark('civil_to_criminal', p),
  prevent_mass_petition: (p) => mark('mass_petition', p),
  prevent_group_fight: (p) => mark('group_fight', p),
  prevent_suicide: (p) => mark('suicide', p),
  improper_petition: (p) => mark('improper_petition', p),
  risk_red: (p) => sql<boolean>`(${accepted(p)} and cases.risk_level = 'red')`,
  risk_orange: (p) => sql<boolean>`(${accepted(p)} and cases.risk_level = 'orange')`,
  risk_yellow: (p) => sql<boolean>`(${accepted(p)} and cases.risk_level = 'yellow')`,
  risk_blue: (p) => sql<boolean>`(${accepted(p)} and cases.risk_level = 'blue')`,
};

/** Measures counted from case_marks (a case may have several marks): the report adds them up separately. */
export const MARK_MEASURES = {
  prevent_civil_to_criminal: 'civil_to_criminal',
  prevent_mass_petition: 'mass_petition',
  prevent_group_fight: 'group_fight',
  prevent_suicide: 'suicide',
  improper_petition: 'improper_petition',
} as const satisfies Partial<Record<Measure, string>>;

/**
 * A case that any case-row measure can count has one of these dates in the period: the aggregate reads only
 * those (each through its index) instead of the whole register.
 */
export const inPeriod = (p: Period) =>
  sql<boolean>`(${between('cases.registered_on', p)} or ${between('cases.accepted_on', p)} or ${between('cases.outcome_on', p)})`;

/** `and <column> = <id>` when the scope is one committee, nothing for all of them. */
export const committeeCondition = (committeeId: string | null, column: string) =>
  committeeId ? sql`and ${sql.ref(column)} = ${committeeId}` : sql``;
