import { describe, expect, it } from 'vitest';
import { STEP_KINDS, type StepKind } from '../../shared/domain/lifecycle.ts';
import { addDays } from '../../shared/rules/dates.ts';
import {
  apply,
  belowGroupThreshold,
  availableSteps,
  correctionKindProblem,
  initialState,
  refusal,
  replay,
  type AnyStep,
  type CaseState,
} from '../../shared/rules/lifecycle.ts';
import { caseFileCatalogue } from '../../shared/rules/caseFile.ts';
import { sampleStep } from '../helpers/steps.ts';

const TODAY = '2026-11-29';
const REGISTERED = '2026-03-01';
const day = (n: number) => addDays(REGISTERED, n);
const idProof: AnyStep = {
  kind: 'attachment',
  on: day(1),
  attachmentId: '0193a000-0000-7000-8000-0000000000aa',
  name: '身份证.jpg',
  category: 'id_proof',
};

function stateAfter(steps: AnyStep[]): CaseState {
  const result = replay(initialState(REGISTERED, 'blue', 'police'), steps, TODAY);
  if ('failure' in result) throw new Error(`sample history refused at ${result.failure.index}: ${result.failure.reason}`);
  return result.state;
}

const HISTORIES: Record<string, AnyStep[]> = {
  registered: [],
  accepted: [sampleStep('accept', day(1))],
  mediating: [sampleStep('accept', day(1)), sampleStep('session', day(2))],
  succeeded: [sampleStep('accept', day(1)), sampleStep('session', day(2)), sampleStep('agreement_written', day(3))],
  failed: [sampleStep('accept', day(1)), sampleStep('session', day(2)), sampleStep('failure', day(3))],
  terminated: [sampleStep('accept', day(1)), sampleStep('termination', day(2))],
  refused: [sampleStep('refuse', day(1))],
  archived: [
    sampleStep('accept', day(1)),
    sampleStep('session', day(2)),
    sampleStep('agreement_written', day(3)),
    idProof,
    sampleStep('archive', day(4)),
  ],
};

// What each state accepts from a valid step dated after everything else. Everything else must be refused.
const ALLOWED: Record<string, StepKind[]> = {
  registered: ['accept', 'refuse', 'risk'],
  accepted: ['assign', 'leader', 'investigation', 'session', 'termination', 'risk', 'prevention', 'petition'],
  mediating: [
    'assign',
    'leader',
    'investigation',
    'session',
    'agreement_written',
    'agreement_oral',
    'failure',
    'termination',
    'risk',
    'prevention',
    'petition',
  ],
  // archive is refused: no ID copy in the case file yet.
  succeeded: ['fulfilment', 'follow_up_scheduled', 'follow_up', 'confirmation_applied', 'leader', 'risk', 'prevention', 'petition'],
  failed: ['follow_up_scheduled', 'follow_up', 'leader', 'risk', 'prevention', 'petition'],
  terminated: ['follow_up_scheduled', 'follow_up', 'leader', 'risk', 'prevention', 'petition'],
  refused: ['risk'],
  archived: [],
};

describe('lifecycle transitions', () => {
  for (const [name, history] of Object.entries(HISTORIES)) {
    const state = stateAfter(history);
    it(`a ${name} case is in status ${name} and takes exactly its allowed steps`, () => {
      expect(state.status).toBe(name);
      const allowed = STEP_KINDS.filter((kind) => refusal(state, sampleStep(kind, day(10)), TODAY) === null);
      expect(allowed.sort()).toEqual([...ALLOWED[name]!].sort());
    });
    it(`a ${name} case offers every step it would accept`, () => {
      const allowed = STEP_KINDS.filter((kind) => refusal(state, sampleStep(kind, day(10)), TODAY) === null);
      expect(availableSteps(state)).toEqual(expect.arrayContaining(allowed));
    });
  }

  it('refuses with a reason a clerk understands', () => {
    expect(refusal(stateAfter(HISTORIES.refused!), sampleStep('agreement_written', day(5)), TODAY)).toBe(
      '案件已不予受理，不能再记录“达成书面协议”',
    );
    expect(refusal(stateAfter([]), sampleStep('follow_up', day(5)), TODAY)).toBe('案件还没有调解结果，回访应在调解结束之后');
    expect(refusal(stateAfter(HISTORIES.archived!), sampleStep('risk', day(5)), TODAY)).toMatch(/已归档/);
    expect(refusal(stateAfter(HISTORIES.accepted!), sampleStep('agreement_written', day(5)), TODAY)).toBe(
      '请先填写至少一次调解记录，再记录“达成书面协议”',
    );
  });

  it('recusal needs an assigned mediator, and removes only that one', () => {
    const assigned = stateAfter([...HISTORIES.accepted!, sampleStep('assign', day(2))]);
    expect(refusal(assigned, sampleStep('recuse', day(3)), TODAY)).toBeNull();
    const recused = apply(assigned, sampleStep('recuse', day(3)));
    expect(recused.mediators).toEqual([expect.objectContaining({ recusedOn: day(3) })]);
    expect(refusal(recused, sampleStep('recuse', day(4)), TODAY)).toBe('该调解员没有被指派到本案，或已经回避');
  });

  it('archives once the required items are there, and then takes nothing', () => {
    const closed = stateAfter(HISTORIES.succeeded!);
    expect(refusal(closed, sampleStep('archive', day(10)), TODAY)).toBe('卷宗缺少必备材料：当事人身份证明');
    const complete = apply(closed, idProof);
    expect(refusal(complete, sampleStep('archive', day(10)), TODAY)).toBeNull();
    const archived = apply(complete, sampleStep('archive', day(10)));
    expect(availableSteps(archived)).toEqual([]);
    expect(refusal(archived, idProof, TODAY)).toMatch(/已归档/);
  });
});

describe('dates in order', () => {
  const cases: [string, AnyStep[], AnyStep, string][] = [
    ['a step in the future', [], sampleStep('accept', addDays(TODAY, 1)), '受理的日期不能晚于今天'],
    ['a step before registration', [], sampleStep('accept', day(-1)), '受理的日期不能早于登记日期（2026-03-01）'],
    [
      'a session before acceptance',
      [sampleStep('accept', day(5))],
      sampleStep('session', day(4)),
      '调解记录的日期不能早于受理日期（2026-03-06）',
    ],
    [
      'an agreement before the last session',
      [sampleStep('accept', day(1)), sampleStep('session', day(6))],
      sampleStep('agreement_written', day(5)),
      '达成书面协议的日期不能早于最近一次调查或调解（2026-03-07）',
    ],
    [
      'a performance deadline before the agreement',
      HISTORIES.mediating!,
      sampleStep('agreement_written', day(5), { performanceDeadline: day(4) }),
      '履行期限不能早于协议日期',
    ],
    [
      'a follow-up before the outcome',
      HISTORIES.succeeded!,
      sampleStep('follow_up', day(2)),
      '回访的日期不能早于调解结果的日期（2026-03-04）',
    ],
    [
      'a confirmation application after 30 days',
      HISTORIES.succeeded!,
      sampleStep('confirmation_applied', day(34)),
      '已超过司法确认的申请期限（协议生效后30日，截至 2026-04-03）',
    ],
    [
      'an archive before the last step',
      [...HISTORIES.succeeded!, idProof, sampleStep('follow_up', day(9))],
      sampleStep('archive', day(8)),
      '归档日期不能早于案件最后一次记录（2026-03-10）',
    ],
  ];
  for (const [name, history, step, reason] of cases)
    it(`refuses ${name}`, () => {
      expect(refusal(stateAfter(history), step, TODAY)).toBe(reason);
    });
});

describe('derived state', () => {
  it('opens the judicial-confirmation window for 30 days from a written agreement, and closes it when applied', () => {
    const agreed = stateAfter(HISTORIES.succeeded!);
    expect(agreed.confirmation).toEqual({ deadline: '2026-04-03', appliedOn: null, court: null, result: null });
    const applied = apply(agreed, sampleStep('confirmation_applied', day(10)));
    expect(applied.confirmation?.appliedOn).toBe(day(10));
    expect(availableSteps(applied)).toContain('confirmation_result');
    expect(stateAfter([...HISTORIES.mediating!, sampleStep('agreement_oral', day(3))]).confirmation).toBeNull();
  });

  it('follows the follow-up due date: set by the agreement, cleared by a visit, moved by the next due date', () => {
    const agreed = stateAfter(HISTORIES.succeeded!);
    expect(agreed.followUpDue).toBe(addDays(day(3), 30));
    const visited = apply(agreed, sampleStep('follow_up', day(20)));
    expect(visited.followUpDue).toBeNull();
    expect(visited.fulfilment).toEqual({ state: 'performed', on: day(20) });
    expect(apply(agreed, sampleStep('follow_up', day(20), { nextDue: day(50) })).followUpDue).toBe(day(50));
  });

  it('keeps the risk level and when it changed', () => {
    const raised = apply(stateAfter([]), sampleStep('risk', day(1), { level: 'red', reason: '扬言报复，有极端行为风险' }));
    expect(raised).toMatchObject({ riskLevel: 'red', riskChangedOn: day(1) });
  });

  it('lists the catalogue in the MoJ order with the items this case requires', () => {
    const catalogue = caseFileCatalogue(stateAfter(HISTORIES.succeeded!));
    expect(catalogue.map((c) => c.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(catalogue.filter((c) => c.required).map((c) => c.name)).toEqual([
      '人民调解受理登记表',
      '人民调解当事人权利义务告知书',
      '当事人身份证明',
      '人民调解记录',
      '人民调解协议书',
      '封底',
    ]);
    expect(catalogue.filter((c) => c.required && !c.present).map((c) => c.name)).toEqual(['当事人身份证明']);
    const refused = caseFileCatalogue(stateAfter(HISTORIES.refused!));
    expect(refused.filter((c) => c.required).map((c) => c.no)).toEqual([1, 3, 13]);
  });
});

describe('corrections', () => {
  it('replace a step with the same step, or one outcome with another, never anything else', () => {
    expect(correctionKindProblem(sampleStep('failure', day(3)), sampleStep('agreement_written', day(3)))).toBeNull();
    expect(correctionKindProblem(sampleStep('session', day(3)), sampleStep('session', day(4)))).toBeNull();
    expect(correctionKindProblem(sampleStep('session', day(3)), sampleStep('failure', day(3)))).toBe(
      '更正只能替换同一环节的记录（原记录为“调解记录”）',
    );
    expect(correctionKindProblem(idProof, sampleStep('session', day(3)))).toBe('附件和登记修改不能用“更正”替换');
  });

  it('are checked by replaying the whole history: an agreement moved before its session is refused', () => {
    const steps = [...HISTORIES.mediating!, sampleStep('agreement_written', day(1))];
    const result = replay(initialState(REGISTERED, 'blue', 'police'), steps, TODAY);
    expect(result).toEqual({ failure: { index: 2, reason: '达成书面协议的日期不能早于最近一次调查或调解（2026-03-03）' } });
  });
});

describe('the group-dispute threshold', () => {
  it('questions a colour below orange from the configured number of people on', () => {
    expect(belowGroupThreshold(12, 'yellow', 10)).toBe(true);
    expect(belowGroupThreshold(10, 'blue', 10)).toBe(true);
    expect(belowGroupThreshold(9, 'blue', 10)).toBe(false);
    expect(belowGroupThreshold(30, 'orange', 10)).toBe(false);
    expect(belowGroupThreshold(30, 'red', 10)).toBe(false);
  });
});
