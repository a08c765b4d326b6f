// Sample case histories: what happened to a registered case up to `today`, as the steps a clerk records
// (accept or refuse, assign, investigate, mediate, agree or fail, fulfil, follow up, confirm, archive) and the
// scans added on the way. The mix is that of a real office; every history replays under rules/lifecycle.ts.
import type { CaseRegistrationInput } from '../../shared/domain/case.ts';
import type { AttachmentCategory } from '../../shared/domain/attachment.ts';
import { StepInput, type AttachmentStep } from '../../shared/domain/lifecycle.ts';
import type { AnyStep } from '../../shared/rules/lifecycle.ts';
import type { DisputeType, RiskLevel } from '../../shared/domain/reference.ts';
import type { AreaNames } from './areas.ts';
import { closeCase } from './closing.ts';
import { REFUSAL_REASONS } from './historyTexts.ts';
import { mediate } from './mediation.ts';
import type { RecordScene } from './records.ts';
import { officialdom, type Officialdom } from './referrals.ts';
import { dateOfDay, dayNumber, type Random } from './random.ts';

export interface HistoryOptions {
  /** 'YYYY-MM-DD': nothing happens after it, and what would have is left out. */
  today: string;
  /** The committee's mediators, to assign; `mediatorNames[i]` is the name of `mediatorIds[i]`. */
  mediatorIds: readonly string[];
  mediatorNames: readonly string[];
  /** When each mediator joined and left ('YYYY-MM-DD' or null): nobody is assigned outside that span. */
  mediatorTenure?: readonly { joinedOn: string | null; leftOn: string | null }[];
  /** '玄武区梅园新村街道人民调解委员会': its 调解室 is where sessions are held. */
  committeeName?: string;
  /** For the names of courts and departments ('南京市玄武区人民法院'). */
  committeeAreaCode?: string;
  areaNames?: Partial<AreaNames>;
  /** The next archive number for a case archived on that date; default a random '2026-0123'. */
  archiveNumber?: (archivedOn: string) => string;
}

/** A scan to add as the 'attachment' pseudo-step: after `steps[afterStep]` (-1: before the first step). */
export interface PlannedAttachment {
  category: AttachmentCategory;
  name: string;
  on: string;
  afterStep: number;
}

export interface CaseHistory {
  steps: StepInput[];
  attachments: PlannedAttachment[];
}

/** One step or scan on a day; sorted by day, generation order within a day. */
export type TimelineEvent = { day: number; step: StepInput } | { day: number; attachment: { category: AttachmentCategory; name: string } };

/** Everything the phases of a history share. */
export interface HistoryContext {
  random: Random;
  registration: CaseRegistrationInput;
  options: HistoryOptions;
  records: RecordScene;
  officialdom: Officialdom;
  events: TimelineEvent[];
  /** Names of the mediators on the case (lead first), and of the committee's other staff. */
  team: string[];
  staff: string[];
  risk: RiskLevel;
  /** The case was red or orange at some point: its file is kept longer. */
  everUrgent: boolean;
  hasLeader: boolean;
  idProof: boolean;
  noticeGiven: boolean;
  /** A follow-up visit was never made: the case stays open for the overdue list, not archived. */
  hold: boolean;
  /** The court confirmed the agreement. */
  confirmed: boolean;
  /** The day the agreement was carried out in full, if it was. */
  performedOn: number | null;
  today: number;
  at(day: number, step: StepInput): void;
  attach(day: number, category: AttachmentCategory, name: string): void;
}

const FALLBACK_STAFF = ['王建国', '李秀英', '张志强'];
const DECISION_DELAY: readonly (readonly [readonly [number, number], number])[] = [
  [[0, 0], 50],
  [[1, 3], 40],
  [[4, 10], 10],
];
const EVIDENCE: Partial<Record<DisputeType, AttachmentCategory>> = {
  damages: 'evidence',
  traffic_accident: 'evidence',
  medical: 'evidence',
  labour: 'evidence',
  contract: 'evidence',
  neighbourhood: 'photo',
  housing_homestead: 'photo',
  environment: 'photo',
  forest_land: 'photo',
};
function sceneOf(registration: CaseRegistrationInput, room: string): RecordScene {
  const names = (role: string) => registration.parties.filter((p) => p.role === role).map((p) => p.name);
  const attendees = registration.parties.map((p) =>
    p.kind === 'organization' ? (p.legalRepresentative?.trim() || p.name).slice(0, 30) : p.name,
  );
  return {
    type: registration.disputeType,
    applicants: names('applicant'),
    respondents: names('respondent'),
    attendees,
    requests: registration.requests?.trim() || registration.facts,
    room,
    place: registration.place?.trim() || null,
  };
}

function context(random: Random, registration: CaseRegistrationInput, options: HistoryOptions): HistoryContext {
  const committee = options.committeeName?.trim() || '人民调解委员会';
  const events: TimelineEvent[] = [];
  const staff = options.mediatorNames.length > 0 ? [...options.mediatorNames] : FALLBACK_STAFF;
  return {
    random,
    registration,
    options,
    records: sceneOf(registration, `${committee}调解室`),
    officialdom: officialdom(options.areaNames ?? {}, options.committeeAreaCode ?? ''),
    events,
    team: [],
    staff,
    risk: registration.riskLevel ?? 'blue',
    everUrgent: registration.riskLevel === 'red' || registration.riskLevel === 'orange',
    hasLeader: false,
    idProof: false,
    noticeGiven: true,
    hold: false,
    confirmed: false,
    performedOn: null,
    today: dayNumber(options.today),
    at: (day, step) => events.push({ day, step: { ...step, on: dateOfDay(day) } as StepInput }),
    attach: (day, category, name) => events.push({ day, attachment: { category, name } }),
  };
}

/** Scans taken at registration: ID copies, the signed application, photos or evidence. */
function registrationScans(c: HistoryContext, day: number): void {
  const { random, registration } = c;
  if (random.chance(0.85)) {
    c.idProof = true;
    c.attach(day, 'id_proof', `${c.records.attendees[0]}等当事人身份证复印件.pdf`);
  }
  if (registration.source === 'party_application' && random.chance(0.5)) c.attach(day, 'application', '人民调解申请书（签字件）.pdf');
  const evidence = EVIDENCE[registration.disputeType];
  if (evidence && random.chance(0.35)) {
    c.attach(day + random.int(0, 2), evidence, evidence === 'photo' ? `现场照片${random.int(1, 6)}.jpg` : '证据材料.pdf');
  }
}

/**
 * The history of one registered case up to `options.today`: `generateHistory(createRandom(7), registration,
 * { today: '2026-06-30', mediatorIds, mediatorNames })`. Steps parse with StepInput; with the attachments put
 * in place (see `withAttachments`) they replay from `initialState(registeredOn, riskLevel, source)`.
 */
export function generateHistory(random: Random, registration: CaseRegistrationInput, options: HistoryOptions): CaseHistory {
  const c = context(random, registration, options);
  const registered = dayNumber(registration.registeredOn);
  registrationScans(c, registered);
  const decided = registered + random.int(...random.weighted(DECISION_DELAY));
  // Refusals: one party says no (人民调解法 Art. 17); an urgent case is not turned away.
  const refuse = c.risk !== 'red' && c.risk !== 'orange' && random.chance(registration.source === 'party_application' ? 0.035 : 0.02);
  if (refuse) {
    c.at(decided, { kind: 'refuse', on: '', reason: random.pick(REFUSAL_REASONS) });
    closeCase(c, { kind: 'refused', day: decided });
  } else {
    closeCase(c, mediate(c, decided));
  }
  return finish(c);
}

/** Sorts the events, drops what lies after today, and places each scan after the step it follows. */
function finish(c: HistoryContext): CaseHistory {
  const ordered = c.events.map((e, i) => ({ e, i })).sort((a, b) => a.e.day - b.e.day || a.i - b.i);
  const steps: StepInput[] = [];
  const attachments: PlannedAttachment[] = [];
  for (const { e } of ordered) {
    if (e.day > c.today) break;
    if ('step' in e) steps.push(e.step);
    else attachments.push({ ...e.attachment, on: dateOfDay(e.day), afterStep: steps.length - 1 });
  }
  return { steps, attachments };
}

/**
 * The steps with the scans in their places, as the register records them: `attachmentId(i)` names the i-th
 * planned attachment. Steps are parsed (defaults filled in), so the list replays as it stands.
 */
export function withAttachments(history: CaseHistory, attachmentId: (index: number) => string): AnyStep[] {
  const out: AnyStep[] = [];
  const scans = (after: number) =>
    history.attachments.forEach((a, i) => {
      if (a.afterStep !== after) return;
      const step: AttachmentStep = { kind: 'attachment', on: a.on, attachmentId: attachmentId(i), name: a.name, category: a.category };
      out.push(step);
    });
  scans(-1);
  history.steps.forEach((step, i) => {
    out.push(StepInput.parse(step));
    scans(i);
  });
  return out;
}

export { archiveNumbering } from './closing.ts';
