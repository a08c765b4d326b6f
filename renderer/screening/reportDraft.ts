// The screening report form's state, and the 'screening.report' input it makes (checked with the contract's
// own schema, so that the server's field errors land under the same paths).
import { contract } from '../../shared/api/contract.ts';
import type { ParsedInput } from '../../shared/api/contract.ts';
import type { FINDING_HANDLINGS, PeriodStatus } from '../../shared/domain/screening.ts';
import type { DisputeType, RiskLevel } from '../../shared/domain/reference.ts';
import { issuesToErrors, type FieldErrors } from '../common/fieldErrors.ts';

export type FindingHandling = (typeof FINDING_HANDLINGS)[number]['code'];

export interface FindingDraft {
  /** A stable React key while findings are added and removed. */
  key: number;
  summary: string;
  disputeType: DisputeType | null;
  peopleCount: number | string;
  riskLevel: RiskLevel | null;
  handling: FindingHandling | null;
}

export interface ReportDraft {
  periodStart: string;
  zero: boolean;
  findings: FindingDraft[];
  reporter: string;
  reportedOn: string | null;
  note: string;
}

/** Which committee is reporting, and the periods it may report for (ended without a report, or current). */
export interface ReportTarget {
  committeeId: string;
  committeeName: string;
  periods: PeriodStatus[];
  periodStart: string;
}

let nextKey = 1;

export function emptyFinding(): FindingDraft {
  return { key: nextKey++, summary: '', disputeType: null, peopleCount: 1, riskLevel: 'blue', handling: null };
}

export function emptyReport(periodStart: string, today: string): ReportDraft {
  return { periodStart, zero: false, findings: [emptyFinding()], reporter: '', reportedOn: today, note: '' };
}

function toCandidate(committeeId: string, d: ReportDraft) {
  return {
    committeeId,
    periodDate: d.periodStart,
    zero: d.zero,
    findings: d.zero
      ? []
      : d.findings.map((f) => ({
          summary: f.summary,
          disputeType: f.disputeType ?? undefined,
          peopleCount: typeof f.peopleCount === 'number' ? f.peopleCount : undefined,
          riskLevel: f.riskLevel ?? undefined,
          handling: f.handling ?? undefined,
        })),
    reportedOn: d.reportedOn ?? '',
    reporter: d.reporter,
    note: d.note,
  };
}

/** Every problem of the draft by field path ('findings.0.summary', 'reporter'…), and the input when there is none. */
export function checkReport(committeeId: string, d: ReportDraft): { errors: FieldErrors; input: ParsedInput<'screening.report'> | null } {
  const parsed = contract['screening.report'].input.safeParse(toCandidate(committeeId, d));
  const errors = parsed.success ? {} : issuesToErrors(parsed.error.issues);
  if (!d.reportedOn) errors['reportedOn'] = '请填写报告日期';
  const ok = parsed.success && Object.keys(errors).length === 0;
  return { errors, input: ok ? parsed.data : null };
}

/** '2026年11月23日—11月29日' → '11月23日—11月29日', short enough for a grid cell (the full label is its title). */
export function shortPeriodLabel(label: string): string {
  return label.replace(/^\d{4}年/, '');
}
