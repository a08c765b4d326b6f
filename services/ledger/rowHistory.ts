// The history a ledger row implies, kept to the minimum that the lifecycle rules accept: a ledger lists the
// disputes a committee took on, so each is accepted on its registration date; a success adds one session and
// an oral agreement (a ledger has no agreement terms), a failure one session and the failure, and so on. Every
// step says that it comes from the ledger, so no one mistakes it for a record made at the time.
import type { StepInput } from '../../shared/domain/lifecycle.ts';
import type { LedgerOutcome } from '../../shared/rules/ledgerValues.ts';

/** A mediator of the committee's roster, as a ledger's mediator name may refer to. */
export interface RosterMediator {
  id: string;
  leftOn: string | null;
}

export interface RowHistoryInput {
  registeredOn: string;
  outcome: LedgerOutcome | null;
  outcomeOn: string | null;
  amountFen: number | null;
  mediators: readonly string[];
  partyNames: readonly string[];
  roster: ReadonlyMap<string, readonly RosterMediator[]>;
  /** '台账.xlsx 第12行': where the row came from. */
  origin: string;
}

const UNRECORDED = '（台账未载明）';
const MAX_NAME = 30;

/** The roster's mediators a row names, when each name is one mediator still serving on that date. */
function assigned(input: RowHistoryInput): string[] {
  const ids = input.mediators.flatMap((name) => {
    const serving = (input.roster.get(name) ?? []).filter((m) => m.leftOn === null || m.leftOn > input.registeredOn);
    return serving.length === 1 ? [serving[0]!.id] : [];
  });
  return [...new Set(ids)];
}

/** `rowHistory({ outcome: 'success', … })` → accept, session, agreement_oral (plus assign for roster mediators). */
export function rowHistory(input: RowHistoryInput): StepInput[] {
  const { registeredOn, outcome } = input;
  const closedOn = input.outcomeOn ?? registeredOn;
  const mediatorNote = input.mediators.length > 0 ? `，调解员：${input.mediators.join('、')}` : '';
  if (outcome === 'refused') return [{ kind: 'refuse', on: closedOn, reason: `据原台账记载不予受理（${input.origin}）` }];

  const steps: StepInput[] = [
    { kind: 'accept', on: registeredOn, consent: true, noticeGiven: false, note: `由台账导入（${input.origin}）${mediatorNote}` },
  ];
  const mediatorIds = assigned(input);
  if (mediatorIds.length > 0)
    steps.push({
      kind: 'assign',
      on: registeredOn,
      mediators: mediatorIds.map((mediatorId, i) => ({ mediatorId, lead: i === 0 })),
      chosenByParties: false,
    });
  if (outcome === 'termination') steps.push({ kind: 'termination', on: closedOn, reason: `据原台账记载终止调解（${input.origin}）` });
  if (outcome !== 'success' && outcome !== 'failure') return steps;

  const present = [...new Set([...input.partyNames, ...input.mediators])].filter((n) => [...n].length <= MAX_NAME).slice(0, 50);
  steps.push({
    kind: 'session',
    on: closedOn,
    time: null,
    place: UNRECORDED,
    present: present.length > 0 ? present : [UNRECORDED],
    content: `由台账导入（${input.origin}）：原台账未附调解记录，记载的调解结果为“${outcome === 'success' ? '调解成功' : '调解不成'}”。`,
    noteTaker: input.mediators[0] ?? UNRECORDED,
  });
  if (outcome === 'success')
    steps.push({
      kind: 'agreement_oral',
      on: closedOn,
      content: `据原台账记载，经调解双方达成协议（${input.origin}）。`,
      amountFen: input.amountFen,
      performanceDeadline: null,
      followUpDue: null,
    });
  else
    steps.push({
      kind: 'failure',
      on: closedOn,
      reason: `据原台账记载调解不成（${input.origin}）；台账未载明告知的法律途径`,
      routesExplained: ['litigation'],
      divertedTo: null,
      divertedBody: null,
      followUpDue: null,
    });
  return steps;
}
