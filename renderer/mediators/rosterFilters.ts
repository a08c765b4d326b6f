// The roster's filters as the clerk set them, and the 'mediators.list' query they make.
import type { MediatorPost, MediatorQuery } from '../../shared/domain/mediator.ts';

export type Employment = 'full' | 'part';

export interface RosterFilters {
  committeeId: string | null;
  post: MediatorPost | null;
  employment: Employment | null;
  includeLeft: boolean;
  /** What is in the search box now. */
  searchText: string;
  /** What was last searched for (after Enter or a pause in typing). */
  search: string;
}

export const NO_FILTERS: RosterFilters = {
  committeeId: null,
  post: null,
  employment: null,
  includeLeft: false,
  searchText: '',
  search: '',
};

/** `toRosterQuery({ ...NO_FILTERS, search: 'zs' })` → `{ includeLeft: false, search: 'zs' }`: only what is set. */
export function toRosterQuery(f: RosterFilters): MediatorQuery {
  const search = f.search.trim();
  return {
    includeLeft: f.includeLeft,
    ...(search ? { search } : {}),
    ...(f.committeeId ? { committeeId: f.committeeId } : {}),
    ...(f.post ? { post: f.post } : {}),
    ...(f.employment ? { fullTime: f.employment === 'full' } : {}),
  };
}

/** True when the list is narrowed by anything (so an empty list means "no match", not "no mediators yet"). */
export function isFiltered(f: RosterFilters): boolean {
  return Boolean(f.committeeId || f.post || f.employment || f.search.trim());
}
