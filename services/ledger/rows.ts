// One ledger row → one case in the import format of `fengqiao case import` (ImportedCase: ref, registration,
// history), checked by the same zod schemas and lifecycle rules as the app. Each problem is traced back to the
// sheet column it came from, so the clerk reads "第12行 D列（申请人身份证号）：身份证号码校验位不正确".
import crypto from 'node:crypto';
import { CASE_SOURCES } from '../../shared/domain/reference.ts';
import { ImportedCase } from '../../shared/domain/caseImport.ts';
import type { CaseRegistrationInput, PartyInput } from '../../shared/domain/case.ts';
import type { LedgerField, LedgerIssue } from '../../shared/domain/ledger.ts';
import type { Step, StepInput } from '../../shared/domain/lifecycle.ts';
import type { z } from '../../shared/zod.ts';
import { initialState, replay } from '../../shared/rules/lifecycle.ts';
import {
  cellText,
  parseAmountFen,
  parseDisputeType,
  parseLedgerDate,
  parseOutcome,
  parseSource,
  type LedgerCell,
  type Parsed,
} from '../../shared/rules/ledgerValues.ts';
import { partiesOf, splitList, type Role, type RowProblem } from './rowParties.ts';
import { rowHistory, type RosterMediator } from './rowHistory.ts';
import type { LedgerColumns } from './sheet.ts';

export type { RosterMediator };

export interface RowContext {
  columns: LedgerColumns;
  committeeId: string;
  /** Serving and former mediators of the committee, by name. */
  roster: ReadonlyMap<string, readonly RosterMediator[]>;
  today: string;
  fileName: string;
}

export type CheckedRow = { ok: true; item: z.output<typeof ImportedCase> } | { ok: false; issues: LedgerIssue[] };

const cellOf = (cells: readonly LedgerCell[], ctx: RowContext) => (field: LedgerField) => {
  const column = ctx.columns.get(field);
  return column ? (cells[column.index] ?? null) : null;
};

/** True when the row has none of the required fields (a footer such as '合计' or '制表人：'): it is not a case. */
export function isFooterRow(cells: readonly LedgerCell[], ctx: RowContext): boolean {
  const cell = cellOf(cells, ctx);
  const required: LedgerField[] = ['registeredOn', 'applicantName', 'respondentName', 'disputeType', 'facts'];
  return required.every((f) => cellText(cell(f)) === '');
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The row's key for "imported before": 'ledger:' + its original ledger number when that column is mapped and
 * filled (`numbered`; a bare serial such as 17 is taken with its year, 'ledger:2025-17', since serials restart
 * each year), else 'ledger:' + the SHA-256 of its date, parties and facts.
 */
export function rowRef(cells: readonly LedgerCell[], ctx: RowContext): { ref: string; numbered: boolean } {
  const cell = cellOf(cells, ctx);
  const date = parseLedgerDate(cell('registeredOn'), '登记日期');
  const dateText = 'value' in date && date.value ? date.value : squeeze(cellText(cell('registeredOn')));
  const number = squeeze(cellText(cell('ledgerNumber')));
  if (number !== '')
    return { ref: /^\d+$/.test(number) ? `ledger:${dateText.slice(0, 4)}-${Number(number)}` : `ledger:${number}`, numbered: true };
  const identity = [
    dateText,
    squeeze(cellText(cell('applicantName'))),
    squeeze(cellText(cell('respondentName'))),
    squeeze(cellText(cell('facts'))),
  ];
  return { ref: `ledger:${crypto.createHash('sha256').update(JSON.stringify(identity)).digest('hex')}`, numbered: false };
}

/** Checks one row and builds its case; `row` is its number in the sheet. */
export function checkRow(row: number, cells: readonly LedgerCell[], ref: string, ctx: RowContext): CheckedRow {
  const cell = cellOf(cells, ctx);
  const problems: RowProblem[] = [];
  const take = <T>(field: LedgerField, parsed: Parsed<T>): T | null => {
    if ('problem' in parsed) {
      problems.push({ field, message: parsed.problem });
      return null;
    }
    return parsed.value;
  };

  const registeredOn = take('registeredOn', parseLedgerDate(cell('registeredOn'), '登记日期'));
  if (registeredOn === null && !problems.some((p) => p.field === 'registeredOn'))
    problems.push({ field: 'registeredOn', message: '请填写登记日期' });
  const disputeType = take('disputeType', parseDisputeType(cell('disputeType')));
  if (disputeType === null && !problems.some((p) => p.field === 'disputeType'))
    problems.push({ field: 'disputeType', message: '请填写纠纷类型' });
  const source = take('source', parseSource(cell('source'))) ?? 'party_application';
  const outcome = take('outcome', parseOutcome(cell('outcome')));
  const outcomeOn = take('outcomeOn', parseLedgerDate(cell('outcomeOn'), '结案日期'));
  const amountFen = take('amountYuan', parseAmountFen(cell('amountYuan')));
  // An outcome that could not be read was reported; the date and amount that go with it are not news.
  const outcomeRead = !problems.some((p) => p.field === 'outcome');
  if (outcomeRead && outcomeOn && (outcome === null || outcome === 'pending'))
    problems.push({ field: 'outcomeOn', message: '填写了结案日期，但没有填写调解结果' });
  if (outcomeRead && amountFen && outcome !== 'success') problems.push({ field: 'amountYuan', message: '只有调解成功的案件才有协议金额' });

  const roles: Role[] = ['applicant', 'respondent'];
  const parties: PartyInput[] = roles.flatMap((role) => partiesOf(role, cell, problems));
  const mediators = splitList(cellText(cell('mediatorName')));
  const referralBody = cellText(cell('referralBody'));
  const handover = CASE_SOURCES.find((s) => s.code === source)?.group === 'handover';

  const registration: CaseRegistrationInput = {
    committeeId: ctx.committeeId,
    registeredOn: registeredOn ?? '',
    riskLevel: 'blue',
    disputeType: disputeType ?? 'other',
    source,
    facts: cellText(cell('facts')),
    referral: handover && referralBody !== '' ? { body: referralBody, reference: null, date: registeredOn ?? '' } : null,
    parties,
  };
  const history: StepInput[] =
    registeredOn === null
      ? []
      : rowHistory({
          registeredOn,
          outcome,
          outcomeOn,
          amountFen,
          mediators,
          partyNames: parties.map((p) => p.name),
          roster: ctx.roster,
          origin: `${ctx.fileName} 第${row}行`,
        });

  const parsed = ImportedCase.safeParse({ ref, registration, history });
  const flagged = new Set(problems.map((p) => p.field));
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      // A date that could not be read, or a side without names, was reported as such; what follows is not news.
      if (registeredOn === null && issue.path[1] === 'referral') continue;
      if (issue.path.length === 2 && issue.path[1] === 'parties' && (flagged.has('applicantName') || flagged.has('respondentName')))
        continue;
      const field = fieldOfPath(issue.path, parties, history, ctx);
      if (field && flagged.has(field)) continue; // already said better
      problems.push({ field, message: issue.message });
      if (field) flagged.add(field);
    }
  if (problems.length > 0 || !parsed.success) return { ok: false, issues: problems.map((p) => issueOf(row, p, ctx)) };

  const { registration: reg, history: steps } = parsed.data;
  const replayed = replay(initialState(reg.registeredOn, reg.riskLevel, reg.source), steps, ctx.today);
  if ('failure' in replayed) {
    const step = steps[replayed.failure.index]!;
    return { ok: false, issues: [issueOf(row, { field: stepField(step.kind, 'on', ctx), message: replayed.failure.reason }, ctx)] };
  }
  return { ok: true, item: parsed.data };
}

function issueOf(row: number, problem: RowProblem, ctx: RowContext): LedgerIssue {
  const column = problem.field ? ctx.columns.get(problem.field) : undefined;
  return { row, column: column?.letter ?? null, header: column?.header ?? null, field: problem.field, message: problem.message };
}

const PARTY_ATTRIBUTE: Record<string, 'Name' | 'IdNumber' | 'Phone' | 'Address'> = {
  name: 'Name',
  idNumber: 'IdNumber',
  sex: 'IdNumber',
  birthDate: 'IdNumber',
  phone: 'Phone',
  address: 'Address',
};

/** The ledger field a zod issue of the ImportedCase is about. */
function fieldOfPath(
  path: readonly PropertyKey[],
  parties: readonly PartyInput[],
  history: readonly StepInput[],
  ctx: RowContext,
): LedgerField | null {
  const [top, key, index, attribute] = path;
  if (top === 'ref') return 'ledgerNumber';
  if (top === 'history' && typeof key === 'number') {
    const step = history[key];
    return step ? stepField(step.kind, String(index ?? ''), ctx) : 'outcome';
  }
  if (top !== 'registration') return null;
  switch (key) {
    case 'registeredOn':
    case 'disputeType':
    case 'source':
    case 'facts':
      return key;
    case 'referral':
      return ctx.columns.has('referralBody') ? 'referralBody' : 'source';
    case 'parties': {
      if (typeof index !== 'number') return ctx.columns.has('respondentIdNumber') ? 'respondentIdNumber' : 'applicantIdNumber';
      const role = parties[index]?.role ?? 'applicant';
      return `${role}${PARTY_ATTRIBUTE[String(attribute)] ?? 'Name'}`;
    }
    default:
      return null;
  }
}

/** The field behind a value of a step: its amount, its mediators, or its date (the outcome's or the registration's). */
function stepField(kind: Step['kind'], key: string, ctx: RowContext): LedgerField {
  if (key === 'amountFen') return 'amountYuan';
  if (key === 'noteTaker' || key === 'mediators') return 'mediatorName';
  if (key === 'present') return 'applicantName';
  if (kind === 'accept' || kind === 'assign') return 'registeredOn';
  if (key === 'on' && ctx.columns.has('outcomeOn')) return 'outcomeOn';
  return 'outcome';
}
