// Where a record of the register is seen and corrected, for the hub's word on it (a record sent back, a note of
// the district): a case on its own page, the others on their list's page.
import { routeHref, type Route } from '../routing/routes.ts';
import { kindLabel } from './syncText.ts';

/** `recordPlace('case', 'case-0193')` → `{ page: 'case', id: 'case-0193' }`; an unknown kind → null. */
export function recordPlace(kind: string, id: string): Route | null {
  switch (kind) {
    case 'case':
      return { page: 'case', id };
    case 'mediator':
      return { page: 'mediators' };
    case 'committee':
      return { page: 'committees' };
    case 'screening_report':
      return { page: 'screening' };
    default:
      return null;
  }
}

/** The record's name for the clerk: its case number or name, else what kind of record it is. */
export function recordText(kind: string, label: string | null): string {
  return label ?? (kind === 'case' ? '（案号不详）' : kindLabel(kind));
}

/** The address of the record's place, or null. */
export function recordHref(kind: string, id: string): string | null {
  const place = recordPlace(kind, id);
  return place ? routeHref(place) : null;
}
