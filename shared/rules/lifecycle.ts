// The case lifecycle as pure rules: which step may follow which, in what date order, and the state that the
// recorded steps add up to. The services store steps; this module decides whether a step is allowed.
import type { CaseStatus, RiskLevel } from '../domain/reference.ts';
import {
  isOutcome,
  STEP_LABELS,
  type AttachmentStep,
  type EditStep,
  type OutcomeKind,
  type Step,
  type StepKind,
} from '../domain/lifecycle.ts';
import { addDays } from './dates.ts';
import { caseFileCatalogue } from './caseFile.ts';

/** Days the parties have to apply for judicial confirmation after the agreement takes effect (人民调解法 Art. 33). */
export const CONFIRMATION_WINDOW_DAYS = 30;

export interface AssignedMediator {
  mediatorId: string;
  lead: boolean;
  chosenByParties: boolean;
  assignedOn: string;
  recusedOn: string | null;
}

export interface CaseState {
  registeredOn: string;
  source: string;
  status: CaseStatus;
  riskLevel: RiskLevel;
  riskChangedOn: string | null;
  acceptedOn: string | null;
  refusedOn: string | null;
  noticeGiven: boolean;
  investigations: number;
  sessions: number;
  lastRecordOn: string | null;
  mediators: AssignedMediator[];
  leader: { name: string; title: string; departments: string[]; on: string } | null;
  outcome: {
    kind: OutcomeKind;
    on: string;
    amountFen: number | null;
    divertedTo: string | null;
    performanceDeadline: string | null;
  } | null;
  fulfilment: { state: 'performed' | 'partly' | 'not'; on: string } | null;
  followUpDue: string | null;
  followUps: number;
  lastFollowUpOn: string | null;
  confirmation: { deadline: string; appliedOn: string | null; court: string | null; result: 'confirmed' | 'rejected' | null } | null;
  archive: { on: string; archiveNumber: string; retention: string; compiledBy: string; remarks: string | null } | null;
  attachments: Record<string, number>;
  /** Escalations the mediation prevented, and petitions over the case (the statistics count them). */
  marks: CaseMark[];
  /** The latest date of any step: an archive cannot predate it. */
  lastStepOn: string;
}

export type AnyStep = Step | AttachmentStep | EditStep;

/** A counted event of a case: an escalation prevented (with the people involved) or a petition. */
export interface CaseMark {
  kind: 'civil_to_criminal' | 'mass_petition' | 'group_fight' | 'suicide' | 'petition' | 'improper_petition';
  on: string;
  people: number;
}

/** The state of a case just registered. */
export function initialState(registeredOn: string, riskLevel: RiskLevel, source: string): CaseState {
  return {
    registeredOn,
    source,
    status: 'registered',
    riskLevel,
    riskChangedOn: null,
    acceptedOn: null,
    refusedOn: null,
    noticeGiven: false,
    investigations: 0,
    sessions: 0,
    lastRecordOn: null,
    mediators: [],
    leader: null,
    outcome: null,
    fulfilment: null,
    followUpDue: null,
    followUps: 0,
    lastFollowUpOn: null,
    confirmation: null,
    archive: null,
    attachments: {},
    marks: [],
    lastStepOn: registeredOn,
  };
}

const OUTCOME_STATUS: Record<OutcomeKind, CaseStatus> = {
  agreement_written: 'succeeded',
  agreement_oral: 'succeeded',
  failure: 'failed',
  termination: 'terminated',
};

const OPEN: readonly CaseStatus[] = ['accepted', 'mediating'];
const CLOSED: readonly CaseStatus[] = ['succeeded', 'failed', 'terminated'];

/** Why `step` may not be recorded on a case in `state` today, or null when it may. */
export function refusal(state: CaseState, step: AnyStep, today: string): string | null {
  const label = STEP_LABELS[step.kind];
  if (step.on > today) return `${label}的日期不能晚于今天`;
  if (step.on < state.registeredOn) return `${label}的日期不能早于登记日期（${state.registeredOn}）`;
  if (state.status === 'archived') return '案件已归档，不能再修改；如需更正，请使用“更正”并写明理由';
  if (step.kind === 'attachment' || step.kind === 'edit' || step.kind === 'risk') return null;
  if (step.kind === 'prevention' || step.kind === 'petition')
    return state.status === 'registered' || state.status === 'refused' ? `请先受理案件，再记录“${label}”` : null;
  if (state.status === 'refused' && step.kind !== 'archive') return `案件已不予受理，不能再记录“${label}”`;

  switch (step.kind) {
    case 'accept':
    case 'refuse':
      return state.status === 'registered' ? null : `案件已${state.acceptedOn ? '受理' : '处理'}，不能再${label}`;
    case 'assign':
    case 'recuse':
    case 'leader':
    case 'investigation':
    case 'session':
    case 'termination':
      if (state.status === 'registered') return `请先受理案件，再记录“${label}”`;
      if (step.kind === 'leader' && CLOSED.includes(state.status)) return null;
      if (!OPEN.includes(state.status)) return `案件已有调解结果，不能再记录“${label}”`;
      if (step.on < state.acceptedOn!) return `${label}的日期不能早于受理日期（${state.acceptedOn}）`;
      if (step.kind === 'recuse') return recusalProblem(state, step.mediatorId);
      if (step.kind === 'termination' && state.lastRecordOn && step.on < state.lastRecordOn)
        return `终止日期不能早于最近一次调查或调解（${state.lastRecordOn}）`;
      return null;
    case 'agreement_written':
    case 'agreement_oral':
    case 'failure':
      if (state.status === 'registered') return `请先受理案件，再记录“${label}”`;
      if (!OPEN.includes(state.status)) return '案件已有调解结果；如结果有误，请使用“更正”并写明理由';
      if (state.sessions === 0) return `请先填写至少一次调解记录，再记录“${label}”`;
      if (step.on < state.lastRecordOn!) return `${label}的日期不能早于最近一次调查或调解（${state.lastRecordOn}）`;
      if (step.kind === 'agreement_written' && step.performanceDeadline < step.on) return '履行期限不能早于协议日期';
      if (step.kind === 'agreement_oral' && step.performanceDeadline && step.performanceDeadline < step.on)
        return '履行期限不能早于协议日期';
      if (step.followUpDue && step.followUpDue < step.on) return '计划回访日期不能早于协议日期';
      return null;
    case 'fulfilment':
      if (state.status !== 'succeeded') return '只有调解成功（达成协议）的案件才需记录履行情况';
      return afterOutcome(state, step.on, label);
    case 'follow_up_scheduled':
    case 'follow_up': {
      if (!CLOSED.includes(state.status)) return '案件还没有调解结果，回访应在调解结束之后';
      const late = afterOutcome(state, step.on, label);
      if (late) return late;
      if (step.kind === 'follow_up_scheduled' && step.due < step.on) return '计划回访日期不能早于安排日期';
      if (step.kind === 'follow_up' && step.nextDue && step.nextDue < step.on) return '下次回访日期不能早于本次回访日期';
      return null;
    }
    case 'confirmation_applied':
      if (state.outcome?.kind !== 'agreement_written' || !state.confirmation) return '只有书面调解协议才能申请司法确认';
      if (state.confirmation.appliedOn) return '已经记录过司法确认申请';
      if (step.on < state.outcome.on) return '申请司法确认的日期不能早于协议日期';
      if (step.on > state.confirmation.deadline)
        return `已超过司法确认的申请期限（协议生效后${CONFIRMATION_WINDOW_DAYS}日，截至 ${state.confirmation.deadline}）`;
      return null;
    case 'confirmation_result':
      if (!state.confirmation?.appliedOn) return '请先记录司法确认申请，再记录法院的结果';
      if (state.confirmation.result) return '已经记录过司法确认结果；如有误，请使用“更正”';
      if (step.on < state.confirmation.appliedOn) return '法院结果的日期不能早于申请日期';
      return null;
    case 'archive': {
      if (state.status !== 'refused' && !CLOSED.includes(state.status)) return '案件还没有调解结果，不能归档';
      if (step.on < state.lastStepOn) return `归档日期不能早于案件最后一次记录（${state.lastStepOn}）`;
      const missing = caseFileCatalogue(state).filter((item) => item.required && !item.present);
      if (missing.length > 0) return `卷宗缺少必备材料：${missing.map((m) => m.name).join('、')}`;
      return null;
    }
    default:
      return assertNever(step);
  }
}

function afterOutcome(state: CaseState, on: string, label: string): string | null {
  const outcomeOn = state.outcome?.on ?? state.refusedOn;
  return outcomeOn && on < outcomeOn ? `${label}的日期不能早于调解结果的日期（${outcomeOn}）` : null;
}

function recusalProblem(state: CaseState, mediatorId: string): string | null {
  const assigned = state.mediators.find((m) => m.mediatorId === mediatorId && m.recusedOn === null);
  return assigned ? null : '该调解员没有被指派到本案，或已经回避';
}

/** The state after `step`, which the caller has checked with `refusal`. */
export function apply(state: CaseState, step: AnyStep): CaseState {
  const s: CaseState = { ...state, lastStepOn: step.on > state.lastStepOn ? step.on : state.lastStepOn };
  switch (step.kind) {
    case 'accept':
      return { ...s, status: 'accepted', acceptedOn: step.on, noticeGiven: step.noticeGiven };
    case 'refuse':
      return { ...s, status: 'refused', refusedOn: step.on };
    case 'assign': {
      const others = s.mediators.filter((m) => !step.mediators.some((n) => n.mediatorId === m.mediatorId && m.recusedOn === null));
      const added = step.mediators.map((m) => ({
        mediatorId: m.mediatorId,
        lead: m.lead,
        chosenByParties: step.chosenByParties,
        assignedOn: step.on,
        recusedOn: null,
      }));
      return { ...s, mediators: [...others, ...added] };
    }
    case 'recuse':
      return {
        ...s,
        mediators: s.mediators.map((m) => (m.mediatorId === step.mediatorId && m.recusedOn === null ? { ...m, recusedOn: step.on } : m)),
      };
    case 'leader':
      return { ...s, leader: { name: step.name, title: step.title, departments: step.departments, on: step.on } };
    case 'investigation':
      return { ...s, investigations: s.investigations + 1, lastRecordOn: later(s.lastRecordOn, step.on) };
    case 'session':
      return { ...s, status: 'mediating', sessions: s.sessions + 1, lastRecordOn: later(s.lastRecordOn, step.on) };
    case 'agreement_written':
    case 'agreement_oral':
    case 'failure':
    case 'termination':
      return withOutcome(s, step);
    case 'fulfilment':
      return { ...s, fulfilment: { state: step.state, on: step.on } };
    case 'follow_up_scheduled':
      return { ...s, followUpDue: step.due };
    case 'follow_up':
      return {
        ...s,
        followUps: s.followUps + 1,
        lastFollowUpOn: step.on,
        followUpDue: step.nextDue,
        fulfilment: step.performed ? { state: step.performed, on: step.on } : s.fulfilment,
      };
    case 'confirmation_applied':
      return { ...s, confirmation: { ...s.confirmation!, appliedOn: step.on, court: step.court } };
    case 'confirmation_result':
      return { ...s, confirmation: { ...s.confirmation!, result: step.result } };
    case 'risk':
      return { ...s, riskLevel: step.level, riskChangedOn: step.on };
    case 'archive':
      return {
        ...s,
        status: 'archived',
        followUpDue: null,
        archive: {
          on: step.on,
          archiveNumber: step.archiveNumber,
          retention: step.retention,
          compiledBy: step.compiledBy,
          remarks: step.remarks,
        },
      };
    case 'prevention':
      return { ...s, marks: [...s.marks, { kind: step.prevented, on: step.on, people: step.people }] };
    case 'petition':
      return { ...s, marks: [...s.marks, { kind: step.improperMediation ? 'improper_petition' : 'petition', on: step.on, people: 0 }] };
    case 'attachment':
      return { ...s, attachments: { ...s.attachments, [step.category]: (s.attachments[step.category] ?? 0) + 1 } };
    case 'edit':
      return s;
    default:
      return assertNever(step);
  }
}

function withOutcome(s: CaseState, step: Extract<Step, { kind: OutcomeKind }>): CaseState {
  const outcome: NonNullable<CaseState['outcome']> = {
    kind: step.kind,
    on: step.on,
    amountFen: step.kind === 'agreement_written' || step.kind === 'agreement_oral' ? step.amountFen : null,
    divertedTo: step.kind === 'failure' ? step.divertedTo : null,
    performanceDeadline: step.kind === 'agreement_written' || step.kind === 'agreement_oral' ? step.performanceDeadline : null,
  };
  const followUpDue = step.kind === 'termination' ? s.followUpDue : step.followUpDue;
  const confirmation =
    step.kind === 'agreement_written'
      ? { deadline: addDays(step.on, CONFIRMATION_WINDOW_DAYS), appliedOn: null, court: null, result: null }
      : null;
  return { ...s, status: OUTCOME_STATUS[step.kind], outcome, followUpDue, confirmation };
}

function later(a: string | null, b: string): string {
  return a && a > b ? a : b;
}

/** A step that could not be replayed: its position and why. */
export interface ReplayFailure {
  index: number;
  reason: string;
}

/**
 * Replays steps in order from the registration, checking each: `{ state }` when all are allowed, otherwise the
 * first refused step. Used to validate a correction (the corrected history must still hold) and imports.
 */
export function replay(start: CaseState, steps: readonly AnyStep[], today: string): { state: CaseState } | { failure: ReplayFailure } {
  let state = start;
  for (const [index, step] of steps.entries()) {
    const reason = refusal(state, step, today);
    if (reason) return { failure: { index, reason } };
    state = apply(state, step);
  }
  return { state };
}

/** Whether a correction may replace `target` with `replacement` (same step, or one outcome for another). */
export function correctionKindProblem(target: AnyStep, replacement: Step): string | null {
  if (target.kind === 'attachment' || target.kind === 'edit') return '附件和登记修改不能用“更正”替换';
  if (target.kind === replacement.kind) return null;
  if (isOutcome(target) && isOutcome(replacement)) return null;
  return `更正只能替换同一环节的记录（原记录为“${STEP_LABELS[target.kind]}”）`;
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

const STEPS_BY_STATUS: Record<CaseStatus, readonly StepKind[]> = {
  registered: ['accept', 'refuse', 'risk'],
  accepted: ['assign', 'recuse', 'leader', 'investigation', 'session', 'termination', 'risk', 'prevention', 'petition'],
  mediating: [
    'assign',
    'recuse',
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
  succeeded: [
    'fulfilment',
    'follow_up_scheduled',
    'follow_up',
    'confirmation_applied',
    'confirmation_result',
    'leader',
    'risk',
    'prevention',
    'petition',
    'archive',
  ],
  failed: ['follow_up_scheduled', 'follow_up', 'leader', 'risk', 'prevention', 'petition', 'archive'],
  terminated: ['follow_up_scheduled', 'follow_up', 'leader', 'risk', 'prevention', 'petition', 'archive'],
  refused: ['risk', 'archive'],
  archived: [],
};

/** The steps worth offering next (the buttons of the case page); `refusal` still has the last word. */
export function availableSteps(state: CaseState): StepKind[] {
  return STEPS_BY_STATUS[state.status].filter((kind) => {
    if (kind === 'recuse') return state.mediators.some((m) => m.recusedOn === null);
    if (kind === 'confirmation_applied') return state.confirmation !== null && state.confirmation.appliedOn === null;
    if (kind === 'confirmation_result') return state.confirmation?.appliedOn != null && state.confirmation.result === null;
    return true;
  });
}

const SEVERITY: Record<RiskLevel, number> = { red: 3, orange: 2, yellow: 1, blue: 0 };

/**
 * Whether a dispute with `people` involved is rated below the group-dispute threshold's colour (orange):
 * `belowGroupThreshold(12, 'yellow', 10)` → true. A hint for the clerk, never a refusal.
 */
export function belowGroupThreshold(people: number, level: RiskLevel, groupSize: number): boolean {
  return people >= groupSize && SEVERITY[level] < SEVERITY.orange;
}
