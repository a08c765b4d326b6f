// Staffing checks for a committee (domain.md "Mediators and committees"): the minimums are configuration
// (shared/domain/config.ts StaffingRules); this says, in the clerk's words, where a committee falls short.
import type { StaffingRules } from '../domain/config.ts';
import type { CommitteeKind } from '../domain/reference.ts';

export interface Staffing {
  kind: CommitteeKind;
  /** Mediators on the roster who have not left. */
  members: number;
  fullTime: number;
  /** Whether the committee has a 主任. */
  hasDirector: boolean;
}

/** `staffingWarnings({ kind: 'township', members: 4, fullTime: 1, hasDirector: true }, rules)` → ['专职调解员1名，少于要求的2名']. */
export function staffingWarnings(s: Staffing, rules: StaffingRules): string[] {
  const warnings: string[] = [];
  const members = rules.members[s.kind];
  const fullTime = rules.fullTime[s.kind];
  if (s.members < members) warnings.push(`调解员${s.members}名，少于要求的${members}名`);
  if (s.fullTime < fullTime) warnings.push(`专职调解员${s.fullTime}名，少于要求的${fullTime}名`);
  if (!s.hasDirector && s.kind !== 'studio' && s.members > 0) warnings.push('没有主任');
  return warnings;
}
