// The district's announcements: when each was published (a date or an instant, as the district wrote it), and the
// recent ones the home page shows.
import type { ReferenceData } from '../../shared/sync/downward.ts';
import { isCalendarDate } from '../../shared/rules/dates.ts';
import { formatDate, formatInstant } from '../common/dates.ts';

export type Announcement = ReferenceData['announcements'][number];

const DAY_MS = 86_400_000;

/** `announcementDate('2026-11-29')` → `'2026年11月29日'`; an instant in local time; other text as it is. */
export function announcementDate(publishedAt: string): string {
  return isCalendarDate(publishedAt) ? formatDate(publishedAt) : formatInstant(publishedAt);
}

/** When it was published (ms), or NaN when the district's text is not a date. */
function publishedMs(a: Announcement): number {
  return Date.parse(a.publishedAt);
}

/** The announcements newest first (those without a readable date last, in the district's order). */
export function newestFirst(list: readonly Announcement[]): Announcement[] {
  const at = (a: Announcement) => (Number.isNaN(publishedMs(a)) ? -Infinity : publishedMs(a));
  return [...list].sort((a, b) => at(b) - at(a));
}

/**
 * The announcements published in the last `days` days (default 30) before `now`, newest first; one without a
 * readable date counts as published with its version.
 */
export function recentAnnouncements(reference: ReferenceData | null | undefined, now: number, days = 30): Announcement[] {
  if (!reference) return [];
  const since = now - days * DAY_MS;
  const versionAt = Date.parse(reference.publishedAt);
  return newestFirst(
    reference.announcements.filter((a) => {
      const at = Number.isNaN(publishedMs(a)) ? versionAt : publishedMs(a);
      return at >= since;
    }),
  );
}
