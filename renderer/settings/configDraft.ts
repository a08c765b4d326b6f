// 办案设置 as the form holds it (number fields may be empty while typed), and the 'config.set' input it makes.
import { contract, type ParsedInput } from '../../shared/api/contract.ts';
import { DEFAULT_CONFIG, DEFAULT_STAFFING, type LifecycleConfig } from '../../shared/domain/config.ts';
import type { CommitteeKind } from '../../shared/domain/reference.ts';
import { issuesToErrors, type FieldErrors } from '../common/fieldErrors.ts';

/** What a NumberInput gives: a number, or text while empty or half typed. */
export type NumberText = number | string;

export type WarningCode = 'red' | 'orange' | 'yellow' | 'blue';
export const WARNING_CODES: readonly WarningCode[] = ['red', 'orange', 'yellow', 'blue'];

export interface LevelDraft {
  label: string;
  criteria: string;
  handling: string;
  reviewDays: NumberText;
}

/** Staffing minimums by committee kind, as typed. */
export interface StaffingDraft {
  members: Record<CommitteeKind, NumberText>;
  fullTime: Record<CommitteeKind, NumberText>;
}
export type StaffingMeasure = keyof StaffingDraft;

export interface ConfigDraft {
  warnings: Record<WarningCode, LevelDraft> & { groupSize: NumberText };
  screening: LifecycleConfig['screening'];
  followUpAfterDays: NumberText;
  reminderDays: NumberText;
  acceptanceDays: NumberText;
  staffing: StaffingDraft;
}

/**
 * The form's draft of the stored configuration. A part an older register does not send yet (a committee kind added
 * later, the staffing rules) takes its default, as the register itself does when it reads the stored settings.
 */
export function configDraftOf(config: LifecycleConfig): ConfigDraft {
  const staffing: Partial<LifecycleConfig['staffing']> = config.staffing ?? {};
  return {
    ...config,
    screening: { ...config.screening, periods: { ...DEFAULT_CONFIG.screening.periods, ...config.screening.periods } },
    staffing: {
      members: { ...DEFAULT_STAFFING.members, ...staffing.members },
      fullTime: { ...DEFAULT_STAFFING.fullTime, ...staffing.fullTime },
    },
  };
}

export type DayField = 'followUpAfterDays' | 'reminderDays' | 'acceptanceDays';

const num = (v: NumberText) => (typeof v === 'number' ? v : v.trim() === '' ? undefined : Number(v));

const numbers = (r: Record<CommitteeKind, NumberText>) =>
  Object.fromEntries(Object.entries(r).map(([kind, v]) => [kind, num(v)])) as Record<CommitteeKind, number | undefined>;

function toCandidate(d: ConfigDraft) {
  const level = (l: LevelDraft) => ({ ...l, reviewDays: num(l.reviewDays) });
  return {
    warnings: {
      red: level(d.warnings.red),
      orange: level(d.warnings.orange),
      yellow: level(d.warnings.yellow),
      blue: level(d.warnings.blue),
      groupSize: num(d.warnings.groupSize),
    },
    screening: d.screening,
    followUpAfterDays: num(d.followUpAfterDays),
    reminderDays: num(d.reminderDays),
    acceptanceDays: num(d.acceptanceDays),
    staffing: { members: numbers(d.staffing.members), fullTime: numbers(d.staffing.fullTime) },
  };
}

/** Problems by path ('warnings.red.label', 'reminderDays'…), and the configuration when there is none. */
export function checkConfig(d: ConfigDraft): { errors: FieldErrors; input: ParsedInput<'config.set'> | null } {
  const parsed = contract['config.set'].input.safeParse(toCandidate(d));
  return parsed.success ? { errors: {}, input: parsed.data } : { errors: issuesToErrors(parsed.error.issues), input: null };
}
