// A case's recorded steps as stored in case_events: loading them, applying corrections, adding them up to the
// case's state (shared/rules/lifecycle.ts), and writing that state back to the case's columns.
import type { Kysely } from 'kysely';
import type { TimelineEntry } from '../shared/domain/progress.ts';
import type { RiskLevel } from '../shared/domain/reference.ts';
import { apply, initialState, type AnyStep, type CaseState } from '../shared/rules/lifecycle.ts';
import { AppError } from '../shared/errors.ts';
import type { CaseEventRow, CaseRow, DB } from './db/schema.ts';

export interface CaseHistory {
  row: CaseRow;
  /** Every stored event, in the order recorded. */
  events: CaseEventRow[];
}

export async function loadHistory(db: Kysely<DB>, caseId: string): Promise<CaseHistory> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', caseId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', '没有找到这件案件，它可能已被删除或编号有误。');
  const events = await db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
  return { row, events };
}

export function stepOf(event: Pick<CaseEventRow, 'data'>): AnyStep {
  return JSON.parse(event.data) as AnyStep;
}

/**
 * The steps in force, in recording order: a corrected step is replaced by its latest correction, at the
 * corrected step's place. `replace` substitutes one more correction before it is stored.
 */
export function effectiveSteps(events: readonly CaseEventRow[], replace?: { targetId: string; step: AnyStep }): AnyStep[] {
  const latest = new Map<string, AnyStep>();
  for (const e of events) if (e.corrects_id) latest.set(e.corrects_id, stepOf(e));
  if (replace) latest.set(replace.targetId, replace.step);
  return events.filter((e) => !e.corrects_id).map((e) => latest.get(e.id) ?? stepOf(e));
}

export function startOf(row: CaseRow): CaseState {
  return initialState(row.registered_on, (row.initial_risk_level ?? row.risk_level) as RiskLevel, row.source);
}

/** The state the stored steps add up to (they were each checked when recorded). */
export function stateOf(history: CaseHistory): CaseState {
  return effectiveSteps(history.events).reduce(apply, startOf(history.row));
}

/** The timeline: every event, by date then recording order, corrections linked both ways. */
export function timelineOf(events: readonly CaseEventRow[]): TimelineEntry[] {
  const correctedBy = new Map<string, string>();
  for (const e of events) if (e.corrects_id) correctedBy.set(e.corrects_id, e.id);
  return [...events]
    .sort((a, b) => (a.on_date < b.on_date ? -1 : a.on_date > b.on_date ? 1 : a.seq - b.seq))
    .map((e) => ({
      id: e.id,
      seq: e.seq,
      recordedAt: e.recorded_at,
      actor: e.actor,
      step: stepOf(e),
      correction: e.corrects_id ? { targetId: e.corrects_id, reason: e.correction_reason ?? '', on: e.on_date } : null,
      correctedBy: correctedBy.get(e.id) ?? null,
    }));
}

const OUTCOME_COLUMN = { agreement_written: 'written', agreement_oral: 'oral', failure: 'failed', termination: 'terminated' } as const;

/** The case's columns that the lists, filters and home page read, from its state. */
export function projectionOf(state: CaseState) {
  const outcome = state.outcome ? OUTCOME_COLUMN[state.outcome.kind] : state.refusedOn ? 'refused' : null;
  const confirmation = state.confirmation;
  return {
    status: state.status,
    risk_level: state.riskLevel,
    risk_changed_on: state.riskChangedOn,
    accepted_on: state.acceptedOn,
    outcome,
    outcome_on: state.outcome?.on ?? state.refusedOn,
    amount_fen: state.outcome?.amountFen ?? null,
    diverted_to: state.outcome?.divertedTo ?? null,
    performance_deadline: state.outcome?.performanceDeadline ?? null,
    fulfilment: state.fulfilment?.state ?? null,
    follow_up_due: state.followUpDue,
    confirmation_deadline: confirmation?.deadline ?? null,
    confirmation_state: confirmation ? (confirmation.result ?? (confirmation.appliedOn ? 'applied' : null)) : null,
    leader_name: state.leader?.name ?? null,
    archived_on: state.archive?.on ?? null,
    archive_number: state.archive?.archiveNumber ?? null,
  };
}

/** Writes the state to the case row, its assigned mediators and its counted marks; bumps the version. */
export async function writeState(trx: Kysely<DB>, caseId: string, state: CaseState, at: string): Promise<void> {
  await trx
    .updateTable('cases')
    .set((eb) => ({ ...projectionOf(state), updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', caseId)
    .execute();
  await trx.deleteFrom('case_mediators').where('case_id', '=', caseId).execute();
  if (state.mediators.length > 0)
    await trx
      .insertInto('case_mediators')
      .values(
        state.mediators.map((m) => ({
          case_id: caseId,
          mediator_id: m.mediatorId,
          lead: m.lead ? 1 : 0,
          chosen_by_parties: m.chosenByParties ? 1 : 0,
          assigned_on: m.assignedOn,
          recused_on: m.recusedOn,
        })),
      )
      .execute();
  await trx.deleteFrom('case_marks').where('case_id', '=', caseId).execute();
  if (state.marks.length > 0)
    await trx
      .insertInto('case_marks')
      .values(state.marks.map((m) => ({ case_id: caseId, kind: m.kind, on_date: m.on, people: m.people })))
      .execute();
}
