// Cases with a history for the case page's tests, built the way the service builds them: the steps in force
// added up with the shared lifecycle rules (state, available steps, catalogue), plus the timeline as recorded.
import type { Attachment } from '../../shared/domain/attachment.ts';
import type { CaseDetail } from '../../shared/domain/case.ts';
import type { Step } from '../../shared/domain/lifecycle.ts';
import type { Mediator } from '../../shared/domain/mediator.ts';
import { progressFromState, type TimelineEntry } from '../../shared/domain/progress.ts';
import { addDays, todayInChina } from '../../shared/rules/dates.ts';
import { newId } from '../../shared/rules/ids.ts';
import { apply, initialState, type AnyStep } from '../../shared/rules/lifecycle.ts';
import { COMMITTEE } from './fixtures.ts';

export const CASE_ID = newId();
export const TODAY = todayInChina();
/** A date `n` days from today (negative: in the past). */
export const day = (n: number) => addDays(TODAY, n);

function mediator(name: string): Mediator {
  return {
    id: newId(),
    committeeId: COMMITTEE.id,
    committeeName: COMMITTEE.name,
    name,
    sex: null,
    ethnicity: null,
    birthDate: null,
    idNumber: null,
    phone: null,
    education: null,
    politicalStatus: null,
    post: 'mediator',
    fullTime: false,
    grade: null,
    joinedOn: null,
    leftOn: null,
    leftReason: null,
    occupation: null,
    note: null,
    initials: '',
    trainingHours: 0,
    version: 1,
  };
}

export const MEDIATORS: Mediator[] = [mediator('王建国'), mediator('李秀英')];
const [WANG] = MEDIATORS as [Mediator, Mediator];

export const SESSION: Extract<Step, { kind: 'session' }> = {
  kind: 'session',
  on: day(-15),
  time: '14:30',
  place: '街道调解室',
  present: ['张三', '李四', '王建国'],
  content: '双方陈述了漏水经过，对赔偿金额分歧较大。',
  noteTaker: '刘文书',
};

/** The steps of a case that reached mediation: accepted, a mediator assigned, one session held. */
export const MEDIATING: Step[] = [
  { kind: 'accept', on: day(-20), consent: true, noticeGiven: true, note: null },
  { kind: 'assign', on: day(-19), mediators: [{ mediatorId: WANG.id, lead: true }], chosenByParties: false },
  SESSION,
];

export const WRITTEN_AGREEMENT: Step = {
  kind: 'agreement_written',
  on: day(-10),
  terms: ['李四于本月底前赔偿张三维修费3000元。', '张三不再追究其他责任。'],
  amountFen: 300_000,
  disputedPoints: '漏水维修费用由谁承担。',
  responsibilities: '李四负全部责任。',
  performanceMethod: '银行转账',
  performancePlace: '街道调解室',
  performanceDeadline: day(-3),
  followUpDue: day(-1),
};

export const ARCHIVE: Step = {
  kind: 'archive',
  on: day(-1),
  archiveNumber: '2026-调-007',
  retention: 'long',
  compiledBy: '刘文书',
  remarks: null,
};

export interface CaseHistoryFixture {
  steps: AnyStep[];
  /** Corrections recorded after the steps: which step (by index) they replace, with what, and why. */
  corrections?: { index: number; step: Step; reason: string }[];
  attachments?: Attachment[];
}

export function attachment(name: string, category: Attachment['category'], size = 2048, mime = 'image/jpeg'): Attachment {
  return {
    id: newId(),
    caseId: CASE_ID,
    name,
    category,
    mime,
    size,
    sha256: 'a'.repeat(64),
    note: null,
    addedAt: `${day(-5)}T02:00:00.000Z`,
    addedBy: '刘文书',
  };
}

export function caseDetail({ steps, corrections = [], attachments = [] }: CaseHistoryFixture): CaseDetail {
  const attachmentSteps: AnyStep[] = attachments.map((a) => ({
    kind: 'attachment',
    on: day(-5),
    attachmentId: a.id,
    name: a.name,
    category: a.category,
  }));
  const inForce = steps.map((s, i) => corrections.filter((c) => c.index === i).at(-1)?.step ?? s);
  const state = [...inForce, ...attachmentSteps].reduce(apply, initialState(day(-30), 'orange', 'party_application'));
  const entry = (step: AnyStep, seq: number): TimelineEntry => ({
    id: newId(),
    seq,
    recordedAt: `${step.on}T03:00:00.000Z`,
    actor: '刘文书',
    step,
    correction: null,
    correctedBy: null,
  });
  const timeline = steps.map((s, i) => entry(s, i + 1));
  for (const c of corrections) {
    const target = timeline[c.index]!;
    const fix = { ...entry(c.step, timeline.length + 1), correction: { targetId: target.id, reason: c.reason, on: TODAY } };
    target.correctedBy = fix.id;
    timeline.push(fix);
  }
  const names = new Map(MEDIATORS.map((m) => [m.id, m.name]));
  return {
    id: CASE_ID,
    number: '〔2026〕玄武门调字第7号',
    year: 2026,
    serial: 7,
    committeeId: COMMITTEE.id,
    committeeName: COMMITTEE.name,
    disputeType: 'neighbourhood',
    source: 'party_application',
    status: state.status,
    riskLevel: state.riskLevel,
    registeredOn: day(-30),
    occurredOn: null,
    place: '梅园新村5栋',
    facts: '楼上漏水，损坏楼下天花板。',
    requests: null,
    referral: null,
    parties: [],
    createdAt: `${day(-30)}T02:00:00.000Z`,
    updatedAt: `${day(-1)}T02:00:00.000Z`,
    version: 1,
    progress: progressFromState(state, { timeline, attachments, mediatorNames: names }),
  };
}
