// After the outcome of a sample case: the failure and where it was diverted, fulfilment, follow-up visits (some
// never made, so that overdue visits show), judicial confirmation, the warning lowered again, and the archive.
import type { DisputeType } from '../../shared/domain/reference.ts';
import type { FAILURE_ROUTES } from '../../shared/domain/lifecycle.ts';
import type { HistoryContext } from './histories.ts';
import { ARCHIVE_REMARKS, FAILURE_REASONS, FOLLOW_UP_ACTIONS, FOLLOW_UP_FINDINGS, RISK_LOWER } from './historyTexts.ts';
import { fill } from './records.ts';
import { districtCourt, townshipOffice, type Officialdom } from './referrals.ts';
import { dateOfDay, type Random } from './random.ts';

/** How a case closed, with what its aftercare needs (days are day numbers). */
export type Closing =
  | {
      kind: 'success';
      day: number;
      written: boolean;
      deadline: number;
      onTheSpot: boolean;
      amountFen: number | null;
      followUpDue: number | null;
    }
  | { kind: 'failure' | 'termination' | 'refused'; day: number };

type Route = (typeof FAILURE_ROUTES)[number]['code'];
type State = 'performed' | 'partly' | 'not';

/** The routes a mediator explains after a failure, the usual one first. */
function routesFor(type: DisputeType, random: Random): Route[] {
  if (type === 'labour') return ['arbitration', 'litigation'];
  if (type === 'forest_land' || type === 'land_requisition') return ['administrative', 'litigation'];
  if (type === 'environment' || type === 'consumer' || type === 'property_management') return ['litigation', 'administrative'];
  return random.chance(0.1) ? ['litigation', 'administrative'] : ['litigation'];
}

function administrativeBody(type: DisputeType, o: Officialdom): string {
  const d = o.district || '区';
  switch (type) {
    case 'environment':
      return `${d}生态环境局`;
    case 'consumer':
      return `${d}市场监督管理局`;
    case 'property_management':
    case 'land_requisition':
      return `${d}住房和城乡建设局`;
    default:
      return townshipOffice(o);
  }
}

function fail(c: HistoryContext, day: number): void {
  const { random, records, officialdom: o } = c;
  const routes = routesFor(records.type, random);
  const diverted = random.chance(0.92);
  const first = routes[0]!;
  const divertedTo = first === 'litigation' ? 'court' : first;
  const body =
    first === 'litigation'
      ? districtCourt(o)
      : first === 'arbitration'
        ? `${o.district || '区'}劳动人事争议仲裁委员会`
        : administrativeBody(records.type, o);
  const followUpDue = random.chance(0.5) ? day + random.int(15, 45) : null;
  c.at(day, {
    kind: 'failure',
    on: '',
    reason: random.pick(FAILURE_REASONS),
    routesExplained: routes,
    divertedTo: diverted ? divertedTo : null,
    divertedBody: diverted ? body : null,
    followUpDue: followUpDue === null ? null : dateOfDay(followUpDue),
  });
  if (followUpDue !== null && !visits(c, followUpDue, day, null, true)) c.hold = true;
}

/**
 * A follow-up visit around `due` (none in one case of twenty: the visit is overdue), and a second one when the
 * agreement was not fully carried out. Returns whether the visit was made.
 */
function visits(c: HistoryContext, due: number, after: number, fulfilment: { day: number; state: State } | null, failed = false): boolean {
  const { random, records } = c;
  if (random.chance(0.05)) return false;
  let day = Math.max(after, due + random.int(-5, 7));
  for (let round = 0; round < 2; round++) {
    const performed = failed ? null : fulfilment && fulfilment.day <= day ? fulfilment.state : round > 0 ? 'performed' : null;
    const unsettled = performed === 'partly' || performed === 'not';
    const nextDue = unsettled && round === 0 && random.chance(0.7) ? day + random.int(14, 30) : null;
    c.at(day, {
      kind: 'follow_up',
      on: '',
      visited: records.attendees[0]!,
      performed,
      satisfied: performed === 'not' ? random.chance(0.3) : random.chance(0.96),
      lawsuit: failed ? random.chance(0.3) : performed === 'not' && random.chance(0.2),
      risk: performed === 'not' ? '当事人对协议未履行有不满情绪，需持续关注。' : null,
      findings: fill(random.pick(FOLLOW_UP_FINDINGS[performed ?? 'none']), records),
      action: unsettled ? random.pick(FOLLOW_UP_ACTIONS) : null,
      mediator: c.team[0] ?? random.pick(c.staff),
      nextDue: nextDue === null ? null : dateOfDay(nextDue),
    });
    if (nextDue === null || !random.chance(0.9)) break;
    day = Math.max(day, nextDue + random.int(-3, 5));
  }
  return true;
}

function aftercare(c: HistoryContext, s: Extract<Closing, { kind: 'success' }>): void {
  const { random } = c;
  let fulfilment: { day: number; state: State } | null = null;
  if (random.chance(0.92)) {
    const state = random.weighted<State>([
      ['performed', 90],
      ['partly', 6],
      ['not', 4],
    ]);
    const day =
      state === 'not' ? s.deadline + random.int(1, 10) : Math.max(s.day, s.deadline - random.int(0, Math.min(10, s.deadline - s.day)));
    fulfilment = { day, state };
    if (state === 'performed') c.performedOn = day;
    const note =
      state === 'performed'
        ? s.amountFen
          ? '款项已全部付清。'
          : '协议约定事项已履行完毕。'
        : state === 'partly'
          ? '已履行部分义务。'
          : '履行期限届满，尚未履行。';
    c.at(day, { kind: 'fulfilment', on: '', state, note, attachmentIds: [] });
    if (s.amountFen && state !== 'not' && random.chance(0.6))
      c.attach(day, 'fulfilment_proof', random.pick(['转账记录截图.jpg', '收条.pdf', '银行回单.pdf']));
  }
  let due = s.followUpDue;
  if (due === null && random.chance(0.3)) {
    const planned = s.day + random.int(0, 5);
    due = planned + random.int(20, 40);
    c.at(planned, { kind: 'follow_up_scheduled', on: '', due: dateOfDay(due), note: null });
  }
  if (due !== null && !visits(c, due, s.day, fulfilment)) c.hold = true;
  // Judicial confirmation (人民调解法 Art. 33): within 30 days, more often for large sums.
  if (s.written && random.chance((s.amountFen ?? 0) >= 2_000_000 ? 0.3 : 0.08)) {
    const applied = s.day + random.int(1, 25);
    const court = districtCourt(c.officialdom);
    c.at(applied, { kind: 'confirmation_applied', on: '', court });
    const ruled = applied + random.int(7, 30);
    const confirmed = random.chance(0.95);
    const year = dateOfDay(ruled).slice(0, 4);
    c.at(ruled, {
      kind: 'confirmation_result',
      on: '',
      result: confirmed ? 'confirmed' : 'rejected',
      ruling: `（${year}）${c.officialdom.courtCode}民特${random.int(20, 900)}号`,
      note: confirmed ? null : '法院认为协议部分内容需进一步明确，裁定驳回申请。',
    });
    if (random.chance(0.8)) c.attach(ruled, 'confirmation', '司法确认裁定书.pdf');
    c.confirmed = confirmed;
  }
}

/** Red and orange warnings are lowered once the dispute is settled or diverted; some yellow ones too. */
function lowerRisk(c: HistoryContext, closing: Closing): void {
  const { random } = c;
  const urgent = c.risk === 'red' || c.risk === 'orange';
  if (!(urgent ? random.chance(0.85) : c.risk === 'yellow' && closing.kind === 'success' && random.chance(0.5))) return;
  const performed = closing.kind === 'success' && c.performedOn !== null && random.chance(0.5);
  const reason = performed ? RISK_LOWER[1]! : closing.kind === 'success' ? RISK_LOWER[0]! : c.hasLeader ? RISK_LOWER[2]! : RISK_LOWER[3]!;
  c.risk = urgent && !performed && random.chance(0.4) ? 'yellow' : 'blue';
  c.at((performed ? c.performedOn! : closing.day) + random.int(0, 10), { kind: 'risk', on: '', level: c.risk, reason });
}

/** Archive numbers per year in the order cases are archived: `archiveNumbering('玄武梅园')('2026-03-05')` → '玄武梅园2026-0001'. */
export function archiveNumbering(prefix: string): (archivedOn: string) => string {
  const next = new Map<string, number>();
  return (archivedOn) => {
    const year = archivedOn.slice(0, 4);
    const n = (next.get(year) ?? 0) + 1;
    next.set(year, n);
    return `${prefix}${year}-${String(n).padStart(4, '0')}`;
  };
}

function archive(c: HistoryContext, closing: Closing): void {
  const { random } = c;
  if (c.hold || !c.noticeGiven || random.chance(closing.kind === 'refused' ? 0.5 : 0.07)) return;
  const last = Math.max(...c.events.map((e) => e.day));
  const day = last + random.int(...random.weighted(ARCHIVE_DELAY));
  if (day > c.today) return;
  if (!c.idProof) c.attach(day, 'id_proof', '当事人身份证复印件（补）.pdf');
  const on = dateOfDay(day);
  const large = closing.kind === 'success' && (closing.amountFen ?? 0) >= 10_000_000;
  const retention = c.everUrgent
    ? random.chance(0.5)
      ? 'permanent'
      : 'long'
    : large || c.confirmed
      ? 'long'
      : closing.kind === 'refused' || random.chance(0.75)
        ? 'short'
        : 'long';
  c.at(day, {
    kind: 'archive',
    on: '',
    archiveNumber: c.options.archiveNumber?.(on) ?? `${on.slice(0, 4)}-${String(random.int(1, 999)).padStart(4, '0')}`,
    retention,
    compiledBy: c.team[0] ?? random.pick(c.staff),
    remarks: c.confirmed ? '本案调解协议已经人民法院司法确认，裁定书附卷。' : random.chance(0.15) ? random.pick(ARCHIVE_REMARKS) : null,
  });
}
const ARCHIVE_DELAY: readonly (readonly [readonly [number, number], number])[] = [
  [[3, 10], 40],
  [[11, 30], 40],
  [[31, 60], 20],
];

/** Everything after the outcome (or the refusal), up to the archive. */
export function closeCase(c: HistoryContext, closing: Closing): void {
  if (closing.kind === 'failure') fail(c, closing.day);
  else if (closing.kind === 'success') aftercare(c, closing);
  else if (closing.kind === 'termination' && c.random.chance(0.2)) {
    const due = closing.day + c.random.int(15, 30);
    c.at(closing.day + c.random.int(0, 3), {
      kind: 'follow_up_scheduled',
      on: '',
      due: dateOfDay(due),
      note: '了解当事人自行协商的情况。',
    });
    if (!visits(c, due, closing.day, null, true)) c.hold = true;
  }
  if (closing.kind !== 'refused') lowerRisk(c, closing);
  archive(c, closing);
}
