// Screening periods (排查周期): a township reports at least weekly, others by their configured period. A period
// is named by its first day; weeks run Monday to Sunday, half-months 1–15 and 16–end.
import { addDays } from './dates.ts';

export type PeriodKind = 'week' | 'half_month' | 'month';

export interface Period {
  kind: PeriodKind;
  start: string;
  end: string;
}

function weekday(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
}

function lastDayOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The period of `kind` that contains `date`: `periodOf('week', '2026-11-29')` → 2026-11-23 to 2026-11-29. */
export function periodOf(kind: PeriodKind, date: string): Period {
  switch (kind) {
    case 'week': {
      const start = addDays(date, -weekday(date));
      return { kind, start, end: addDays(start, 6) };
    }
    case 'half_month': {
      const first = `${date.slice(0, 8)}01`;
      return Number(date.slice(8)) <= 15
        ? { kind, start: first, end: `${date.slice(0, 8)}15` }
        : { kind, start: `${date.slice(0, 8)}16`, end: lastDayOfMonth(date) };
    }
    case 'month':
      return { kind, start: `${date.slice(0, 8)}01`, end: lastDayOfMonth(date) };
  }
}

/** The periods that overlap [from, to], oldest first. */
export function periodsBetween(kind: PeriodKind, from: string, to: string): Period[] {
  const out: Period[] = [];
  for (let p = periodOf(kind, from); p.start <= to; p = periodOf(kind, addDays(p.end, 1))) out.push(p);
  return out;
}

/** The Chinese name of a period, e.g. '11月23日—11月29日' or '2026年11月上半月'. */
export function periodLabel(p: Period): string {
  const md = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`;
  switch (p.kind) {
    case 'week':
      return `${p.start.slice(0, 4)}年${md(p.start)}—${md(p.end)}`;
    case 'half_month':
      return `${p.start.slice(0, 4)}年${Number(p.start.slice(5, 7))}月${p.start.endsWith('01') ? '上' : '下'}半月`;
    case 'month':
      return `${p.start.slice(0, 4)}年${Number(p.start.slice(5, 7))}月`;
  }
}
