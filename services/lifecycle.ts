// Recording the steps of a case: each step is checked against the case's state (shared/rules/lifecycle.ts),
// stored as an event, written to the change log, and the case's derived columns updated, in one transaction.
import type { Kysely } from 'kysely';
import type { Correction, Step } from '../shared/domain/lifecycle.ts';
import { AppError } from '../shared/errors.ts';
import { todayInChina } from '../shared/rules/dates.ts';
import { newId } from '../shared/rules/ids.ts';
import { apply, correctionKindProblem, refusal, replay, type AnyStep, type CaseState } from '../shared/rules/lifecycle.ts';
import { effectiveSteps, loadHistory, startOf, stateOf, stepOf, writeState } from './caseHistory.ts';
import { agreementGaps, agreementGapsMessage } from '../shared/documents/agreementGaps.ts';
import { partiesOf } from './parties.ts';
import { appendChange } from './changeLog.ts';
import { immediateTransaction } from './db/open.ts';
import type { DB } from './db/schema.ts';

/** Records one step; refused (CONFLICT, with the reason in Chinese) when the case cannot take it now. */
export async function recordStep(db: Kysely<DB>, caseId: string, step: Step, actor: string, now = new Date()): Promise<void> {
  await immediateTransaction(db, async (trx) => {
    const history = await loadHistory(trx, caseId);
    await checkAgreementComplete(trx, caseId, step);
    await appendSteps(trx, caseId, stateOf(history), [step], actor, now);
  });
}

/**
 * Appends checked steps to a case whose current state is `state`, and returns the new state. Used by
 * recordStep, by the import of whole cases and by the sample data; the caller holds the transaction.
 */
export async function appendSteps(
  trx: Kysely<DB>,
  caseId: string,
  state: CaseState,
  steps: readonly AnyStep[],
  actor: string,
  now: Date,
): Promise<CaseState> {
  const today = todayInChina(now);
  const at = now.toISOString();
  let current = state;
  for (const [index, step] of steps.entries()) {
    const reason = refusal(current, step, today);
    if (reason) throw new AppError('CONFLICT', steps.length > 1 ? `第${index + 1}个环节：${reason}` : reason);
    await checkReferences(trx, step);
    current = apply(current, step);
  }
  const rows = steps.map((step) => ({
    id: newId(now.getTime()),
    case_id: caseId,
    kind: step.kind,
    on_date: step.on,
    data: JSON.stringify(step),
    corrects_id: null,
    correction_reason: null,
    recorded_at: at,
    actor,
  }));
  for (let i = 0; i < rows.length; i += 500)
    await trx
      .insertInto('case_events')
      .values(rows.slice(i, i + 500))
      .execute();
  await writeState(trx, caseId, current, at);
  // The event itself (append-only, with its actor and time) holds the step; the change log points at it.
  for (const row of rows)
    await appendChange(trx, { actor, at, entity: 'case', entityId: caseId, action: row.kind, data: { eventId: row.id } });
  return current;
}

/**
 * A written agreement is finalised only with the content 人民调解法 Art. 29 requires (the parties' particulars,
 * the points in dispute, each side's responsibility): the clerk recording it is told what is missing. Imports of
 * historical cases (appendSteps) keep the agreement as it was signed on paper.
 */
async function checkAgreementComplete(trx: Kysely<DB>, caseId: string, step: Step): Promise<void> {
  if (step.kind !== 'agreement_written') return;
  const gaps = agreementGaps(await partiesOf(trx, caseId), step);
  if (gaps.length > 0) throw new AppError('CONFLICT', agreementGapsMessage(gaps));
}

/** Mediators named by a step must exist and not have left. */
async function checkReferences(trx: Kysely<DB>, step: AnyStep): Promise<void> {
  if (step.kind !== 'assign') return;
  const ids = step.mediators.map((m) => m.mediatorId);
  if (new Set(ids).size !== ids.length)
    throw new AppError('VALIDATION', '同一名调解员被重复选择', [{ path: 'step.mediators', message: '同一名调解员被重复选择' }]);
  const found = await trx
    .selectFrom('mediators')
    .select(['id', 'left_on'])
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null)
    .execute();
  if (found.length !== ids.length)
    throw new AppError('VALIDATION', '所选调解员不存在', [{ path: 'step.mediators', message: '所选调解员不存在，请重新选择' }]);
  const left = found.find((m) => m.left_on !== null && m.left_on <= step.on);
  if (left)
    throw new AppError('VALIDATION', '所选调解员已退出', [{ path: 'step.mediators', message: '所选调解员已退出调解员队伍，不能再指派' }]);
}

/**
 * Corrects an earlier step (更正): the original stays in the timeline, marked as corrected, and the whole
 * history must still hold with the replacement — a correction cannot make the record inconsistent. This is
 * the only change an archived case accepts.
 */
export async function correctStep(db: Kysely<DB>, caseId: string, correction: Correction, actor: string, now = new Date()): Promise<void> {
  await immediateTransaction(db, async (trx) => {
    const history = await loadHistory(trx, caseId);
    const target = history.events.find((e) => e.id === correction.targetId);
    if (!target) throw new AppError('NOT_FOUND', '要更正的记录不存在或不属于本案');
    if (target.corrects_id) throw new AppError('CONFLICT', '请更正原记录，而不是更正记录本身');
    const problem = correctionKindProblem(stepOf(target), correction.replacement);
    if (problem) throw new AppError('CONFLICT', problem);
    const today = todayInChina(now);
    if (correction.on > today)
      throw new AppError('VALIDATION', '更正日期不能晚于今天', [{ path: 'correction.on', message: '更正日期不能晚于今天' }]);
    await checkReferences(trx, correction.replacement);
    await checkAgreementComplete(trx, caseId, correction.replacement);

    const steps = effectiveSteps(history.events, { targetId: target.id, step: correction.replacement });
    const result = replay(startOf(history.row), steps, today);
    if ('failure' in result) throw new AppError('CONFLICT', `更正后案件记录前后矛盾：${result.failure.reason}`);

    const at = now.toISOString();
    const id = newId(now.getTime());
    await trx
      .insertInto('case_events')
      .values({
        id,
        case_id: caseId,
        kind: correction.replacement.kind,
        on_date: correction.on,
        data: JSON.stringify(correction.replacement),
        corrects_id: target.id,
        correction_reason: correction.reason,
        recorded_at: at,
        actor,
      })
      .execute();
    await writeState(trx, caseId, result.state, at);
    await appendChange(trx, {
      actor,
      at,
      entity: 'case',
      entityId: caseId,
      action: 'correct',
      data: { eventId: id, targetId: correction.targetId, reason: correction.reason },
    });
  });
}
