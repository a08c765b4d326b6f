// The mediation of a sample case, from acceptance to its outcome: the mediators assigned (now and then one
// recused), a leader for urgent cases, investigations, one to four sessions with the warning raised in some, and
// the agreement, failure or termination that closes it.
import type { DisputeType } from '../../shared/domain/reference.ts';
import { oralContent, planAgreement } from './agreements.ts';
import type { Closing } from './closing.ts';
import type { HistoryContext } from './histories.ts';
import { LEADER_TITLES, RISK_RAISE, TERMINATION_REASONS, TYPE_TEXTS } from './historyTexts.ts';
import { personName } from './names.ts';
import { investigationRecord, sessionRecord, type SessionEnd } from './records.ts';
import { townshipOffice } from './referrals.ts';
import { createRandom, dateOfDay, dayNumber, type Random } from './random.ts';

const SESSIONS: readonly (readonly [number, number])[] = [
  [1, 45],
  [2, 30],
  [3, 17],
  [4, 8],
];
/** Types where neighbours or kin make up afterwards; oral agreements are usual there. */
const PERSONAL: ReadonlySet<DisputeType> = new Set(['neighbourhood', 'marriage_family', 'housing_homestead', 'other']);

const TEAM_SIZES: readonly (readonly [number, number])[] = [
  [1, 60],
  [2, 35],
  [3, 5],
];

/** The mediators of the case: one, or a lead and one or two more; returns the day the team is settled. */
function assign(c: HistoryContext, day: number): number {
  const { random, options } = c;
  const ids = options.mediatorIds;
  // Only who was on the roster that day; a replacement comes two days later, so they must still be there then.
  const tenure = options.mediatorTenure;
  const order = [...ids.keys()].filter((i) => {
    const t = tenure?.[i];
    return !t || ((!t.joinedOn || dayNumber(t.joinedOn) <= day) && (!t.leftOn || dayNumber(t.leftOn) > day + 2));
  });
  if (order.length === 0) {
    c.team = [random.pick(c.staff)];
    return day;
  }
  const size = Math.min(order.length, random.weighted(TEAM_SIZES));
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const chosen = order.slice(0, size);
  c.team = chosen.map((i) => options.mediatorNames[i] ?? c.staff[0]!);
  c.at(day, {
    kind: 'assign',
    on: '',
    mediators: chosen.map((i, n) => ({ mediatorId: ids[i]!, lead: n === 0 })),
    chosenByParties: random.chance(0.05),
  });
  // Now and then a party asks a mediator to stand down (回避) and another one takes over.
  const spare = order.slice(size);
  if (spare.length === 0 || !random.chance(0.012)) return day;
  const out = chosen[chosen.length - 1]!;
  const byParty = random.chance(0.7);
  c.at(day + random.int(0, 2), {
    kind: 'recuse',
    on: '',
    mediatorId: ids[out]!,
    requestedBy: byParty ? 'party' : 'mediator',
    reason: byParty
      ? `${c.records.respondents[0]}提出该调解员与申请人系亲戚关系，申请回避。`
      : '该调解员与一方当事人系同事关系，主动申请回避。',
  });
  const replacement = spare[0]!;
  c.at(day + 2, {
    kind: 'assign',
    on: '',
    mediators: [{ mediatorId: ids[replacement]!, lead: chosen.length === 1 }],
    chosenByParties: false,
  });
  c.team = [...c.team.filter((_, n) => chosen[n] !== out), options.mediatorNames[replacement] ?? c.staff[0]!];
  return day + 2;
}

/** A named leader takes on a red (sometimes an orange) case with the departments concerned (领导包案). */
function leader(c: HistoryContext, day: number): void {
  if (c.hasLeader) return;
  c.hasLeader = true;
  const { random, officialdom: o } = c;
  const pool = [
    `${o.townshipShort || o.districtShort}派出所`,
    `${o.township || '街道'}综治中心`,
    `${o.district || '区'}信访局`,
    townshipOffice(o),
  ];
  const departments = pool.filter(() => random.chance(0.5));
  c.at(day, {
    kind: 'leader',
    on: '',
    name: personName(random, random.chance(0.75) ? 'male' : 'female', random.int(1966, 1985)),
    title: random.pick(LEADER_TITLES),
    departments: departments.length > 0 ? departments : [pool[0]!],
  });
}

function raiseRisk(c: HistoryContext, day: number, level: 'red' | 'orange' | 'yellow'): void {
  c.risk = level;
  if (level !== 'yellow') c.everUrgent = true;
  c.at(day, {
    kind: 'risk',
    on: '',
    level,
    reason: c.random.pick(RISK_RAISE[level]).replaceAll('{乙}', c.records.respondents[0] ?? '一方当事人'),
  });
  if (level === 'red') leader(c, day + c.random.int(0, 1));
}

const RANK = { blue: 0, yellow: 1, orange: 2, red: 3 } as const;

type Outcome = 'success' | 'failure' | 'termination';
const OUTCOMES: readonly (readonly [Outcome, number])[] = [
  ['success', 95.6],
  ['failure', 3.2],
  ['termination', 1.2],
];

/** Accept, assign, investigate and mediate up to the outcome; returns how it ended. */
export function mediate(c: HistoryContext, accepted: number): Closing {
  const { random, registration } = c;
  const type = registration.disputeType;
  c.noticeGiven = !random.chance(0.01);
  c.at(accepted, { kind: 'accept', on: '', consent: true, noticeGiven: c.noticeGiven, note: null });
  const assigned = accepted + (random.chance(0.7) ? 0 : random.int(1, 2));
  let day = assign(c, assigned);
  if (c.risk === 'red' || (c.risk === 'orange' && random.chance(0.3))) leader(c, assigned);
  const outcome = random.weighted(OUTCOMES);
  if (outcome === 'termination' && random.chance(0.3)) return terminate(c, day + random.int(1, 10));
  const inquiries = random.chance(TYPE_TEXTS[type].investigated) ? (random.chance(0.8) ? 1 : 2) : 0;
  for (let i = 0; i < inquiries; i++) {
    day += random.int(0, 4);
    c.at(day, investigationRecord(random, c.records, day, c.team, c.staff));
  }
  const sessions = outcome === 'failure' ? random.int(2, 4) : random.weighted(SESSIONS);
  // Some cases grow more urgent while they are mediated: ~1.5% to red, ~3% to orange, ~3% to yellow.
  const roll = random.next();
  const raise = roll < 0.012 ? 'red' : roll < 0.04 ? 'orange' : roll < 0.07 ? 'yellow' : null;
  // Not at the session that reaches an agreement, unless it is the only one (then the warning came first).
  const raiseAt = random.int(0, Math.max(0, sessions - (outcome === 'success' ? 2 : 1)));
  const written = random.chance(TYPE_TEXTS[type].written);
  for (let i = 0; i < sessions; i++) {
    day += i === 0 ? random.int(0, 5) : random.int(2, 12);
    const last = i === sessions - 1;
    const end: SessionEnd =
      !last || outcome === 'termination'
        ? 'continue'
        : outcome === 'failure'
          ? 'failure'
          : written
            ? 'agreement_written'
            : 'agreement_oral';
    const raiseHere = raise !== null && i === raiseAt && RANK[raise] > RANK[c.risk];
    if (raiseHere && end.startsWith('agreement')) raiseRisk(c, day, raise);
    c.at(day, sessionRecord(random, c.records, day, i, end, c.team, c.staff));
    if (raiseHere && !end.startsWith('agreement')) raiseRisk(c, day, raise);
  }
  if (outcome === 'termination') return terminate(c, day + random.int(1, 7));
  // A few parties petition while a failing mediation goes on; rarely it is found caused by improper mediation.
  const later = laterDraws(c, day);
  if (outcome === 'failure' && later.chance(0.08))
    c.at(day, {
      kind: 'petition',
      on: '',
      improperMediation: later.chance(0.05),
      body: '区信访局',
      note: later.pick(['申请人对调解进度不满，到区信访局反映', '被申请人认为调解员偏袒对方，到区信访局反映']),
    });
  const close = day + (random.chance(0.7) ? 0 : random.int(1, 4));
  return outcome === 'failure' ? { kind: 'failure', day: close } : agree(c, close, written);
}

function terminate(c: HistoryContext, day: number): Closing {
  const { random, records } = c;
  const byParty = random.chance(0.7) ? records.applicants[0] : records.respondents[0];
  c.at(day, { kind: 'termination', on: '', reason: random.pick(TERMINATION_REASONS), byParty: byParty ?? null });
  return { kind: 'termination', day };
}

/** What an urgent case settled in time prevented (防止激化), as the statistics count it: kind, people, in words. */
interface Prevented {
  prevented: 'civil_to_criminal' | 'suicide' | 'mass_petition' | 'group_fight';
  people: readonly [number, number];
  note: string;
}
const PREVENTED: Record<'red' | 'orange', readonly Prevented[]> = {
  red: [
    { prevented: 'civil_to_criminal', people: [2, 4], note: '一方当事人扬言报复，经调解员连续做工作，双方情绪平复，未发生伤害事件' },
    { prevented: 'suicide', people: [1, 1], note: '一方当事人情绪激动有轻生言行，调解员会同家属、社区做好疏导并达成协议' },
  ],
  orange: [
    { prevented: 'mass_petition', people: [10, 40], note: '十余名群众准备集体到区政府反映，经调解达成协议，未发生集体上访' },
    { prevented: 'group_fight', people: [6, 30], note: '双方家族成员曾聚集对峙，经调解员及时介入化解，未发生群体性械斗' },
  ],
};

/**
 * Draws for what the statistics added later (prevented escalations, petitions) come from a generator of their
 * own per case, so that the older parts of a seed's sample data stay as they were.
 */
function laterDraws(c: HistoryContext, day: number): Random {
  return createRandom(`${c.registration.registeredOn}|${c.records.applicants.join('、')}|${day}`);
}

/** The points in dispute of a seeded agreement, from the request the applicant made. */
function disputedPoints(records: HistoryContext['records'], money: boolean): string {
  const request = records.requests.replace(/^请求/, '').replace(/[。；]$/, '');
  const respondents = records.respondents.join('、');
  return `${records.applicants.join('、')}请求${request}；${respondents}${money ? '对应否承担及承担数额有异议' : '对此有异议'}。`;
}

const RESPONSIBILITIES = [
  '经调查核实，被申请人对纠纷的发生负主要责任，申请人负次要责任。',
  '经调查核实，被申请人对纠纷的发生负全部责任。',
  '双方对纠纷的发生均有一定责任，经调解员释法说理，双方互谅互让。',
  '纠纷系双方沟通不畅所致，双方均表示愿意各自承担相应责任。',
] as const;

function agree(c: HistoryContext, day: number, written: boolean): Closing {
  const { random, records } = c;
  const later = laterDraws(c, day);
  if ((c.risk === 'red' || c.risk === 'orange') && later.chance(0.6)) {
    const p = later.pick(PREVENTED[c.risk]);
    c.at(day, { kind: 'prevention', on: '', prevented: p.prevented, people: later.int(p.people[0], p.people[1]), note: p.note });
  }
  const plan = planAgreement(random, {
    applicants: records.applicants,
    respondents: records.respondents,
    requests: records.requests,
    on: day,
    room: records.room,
    place: records.place ?? records.room,
    personal: PERSONAL.has(records.type),
  });
  // The visit is planned about 30 days on (LifecycleConfig.followUpAfterDays), after the performance deadline.
  const visit = Math.max(day + 30 + random.int(-3, 10), plan.deadline + random.int(3, 10));
  const followUpDue = random.chance(0.8) ? dateOfDay(visit) : null;
  if (written) {
    c.at(day, {
      kind: 'agreement_written',
      on: '',
      terms: plan.terms,
      amountFen: plan.amountFen,
      disputedPoints: disputedPoints(records, plan.amountFen !== null),
      responsibilities: later.pick(RESPONSIBILITIES),
      performanceMethod: plan.performanceMethod,
      performancePlace: plan.performancePlace,
      performanceDeadline: dateOfDay(plan.deadline),
      followUpDue,
    });
    if (random.chance(0.7)) c.attach(day, 'agreement_scan', '人民调解协议书（签字件）.pdf');
  } else {
    c.at(day, {
      kind: 'agreement_oral',
      on: '',
      content: oralContent(plan.terms),
      amountFen: plan.amountFen,
      performanceDeadline: plan.onTheSpot ? null : dateOfDay(plan.deadline),
      followUpDue,
    });
  }
  const due = followUpDue ? dayNumber(followUpDue) : null;
  return { kind: 'success', day, written, deadline: plan.deadline, onTheSpot: plan.onTheSpot, amountFen: plan.amountFen, followUpDue: due };
}
