// The register list's filters as the clerk set them, and the 'cases.list' query they make.
import type { Attention, CaseListQueryInput } from '../../shared/domain/case.ts';
import type { CaseStatus, DisputeType, RiskLevel } from '../../shared/domain/reference.ts';

export const PAGE_SIZE = 20;

export interface CaseFilters {
  page: number;
  disputeType: DisputeType | null;
  status: CaseStatus | null;
  riskLevel: RiskLevel | null;
  /** Work that needs attention (待办筛选), also in the address: '#/cases?attention=…'. */
  attention: Attention | null;
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
  attention: null,
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
    attention: f.attention,
    from: f.from,
    to: f.to,
    search: f.search.trim() === '' ? null : f.search.trim(),
  };
}

/** True when the list is narrowed by anything (so an empty list means "no match", not "no cases yet"). */
export function isFiltered(f: CaseFilters): boolean {
  return Boolean(f.disputeType || f.status || f.riskLevel || f.attention || f.from || f.to || f.search.trim());
}

/** The filters a link such as '#/cases?attention=warnings' asks for: only that attention. */
export function filtersFor(attention: Attention | null | undefined): CaseFilters {
  return { ...EMPTY_FILTERS, attention: attention ?? null };
}
