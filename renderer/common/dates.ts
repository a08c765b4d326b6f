// Calendar dates on screen: stored as 'YYYY-MM-DD', shown as '2026年3月1日', typed in either form.
import dayjs from 'dayjs';
import { isCalendarDate } from '../../shared/rules/dates.ts';

/** How DateInput shows a date. */
export const DATE_DISPLAY_FORMAT = 'YYYY年M月D日';

/** `formatDate('2026-03-01')` → `'2026年3月1日'`; null or empty gives '—'. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  return isCalendarDate(date) ? dayjs(date).format(DATE_DISPLAY_FORMAT) : date;
}

/** An instant (UTC ISO 8601) in local time: `'2026年3月1日 14:05'`. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY年M月D日 HH:mm') : iso;
}

/** An instant to the second, for the audit log: `'2026年3月1日 14:05:09'`. */
export function formatInstantWithSeconds(iso: string): string {
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY年M月D日 HH:mm:ss') : iso;
}

/**
 * What a clerk types into a date field, as 'YYYY-MM-DD', or null when it is not a date:
 * '2026-3-1', '2026/03/01', '2026.3.1', '2026年3月1日' and '20260301' are all 1 March 2026.
 */
export function parseDateText(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}
