// 办案设置 as the form holds it (number fields may be empty while typed), and the 'config.set' input it makes.
import { contract, type ParsedInput } from '../../shared/api/contract.ts';
import type { LifecycleConfig } from '../../shared/domain/config.ts';
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

export interface ConfigDraft {
  warnings: Record<WarningCode, LevelDraft> & { groupSize: NumberText };
  screening: LifecycleConfig['screening'];
  followUpAfterDays: NumberText;
  reminderDays: NumberText;
  acceptanceDays: NumberText;
}

export type DayField = 'followUpAfterDays' | 'reminderDays' | 'acceptanceDays';

const num = (v: NumberText) => (typeof v === 'number' ? v : v.trim() === '' ? undefined : Number(v));

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
  };
}

/** Problems by path ('warnings.red.label', 'reminderDays'…), and the configuration when there is none. */
export function checkConfig(d: ConfigDraft): { errors: FieldErrors; input: ParsedInput<'config.set'> | null } {
  const parsed = contract['config.set'].input.safeParse(toCandidate(d));
  return parsed.success ? { errors: {}, input: parsed.data } : { errors: issuesToErrors(parsed.error.issues), input: null };
}
