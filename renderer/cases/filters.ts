// The register list's filters as the clerk set them, and the 'cases.list' query they make.
import type { CaseListQueryInput } from '../../shared/domain/case.ts';
import type { CaseStatus, DisputeType, RiskLevel } from '../../shared/domain/reference.ts';

export const PAGE_SIZE = 20;

export interface CaseFilters {
  page: number;
  disputeType: DisputeType | null;
  status: CaseStatus | null;
  riskLevel: RiskLevel | null;
  from: string | null;
  to: string | null;
  /** What is in the search box now. */
  searchText: string;
  /** What was last searched for (after Enter or a pause in typing). */
  search: string;
}

export const EMPTY_FILTERS: CaseFilters = {
  page: 1,
  disputeType: null,
  status: null,
  riskLevel: null,
  from: null,
  to: null,
  searchText: '',
  search: '',
};

export function toListQuery(f: CaseFilters): CaseListQueryInput {
  return {
    page: f.page,
    pageSize: PAGE_SIZE,
    disputeType: f.disputeType,
    status: f.status,
    riskLevel: f.riskLevel,
    from: f.from,
    to: f.to,
    search: f.search.trim() === '' ? null : f.search.trim(),
  };
}

/** True when the list is narrowed by anything (so an empty list means "no match", not "no cases yet"). */
export function isFiltered(f: CaseFilters): boolean {
  return Boolean(f.disputeType || f.status || f.riskLevel || f.from || f.to || f.search.trim());
}
