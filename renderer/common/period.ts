// Reporting periods (统计期间) as the statistics and the subsidy sheet ask for them: this or last month, quarter or
// year, a chosen month, quarter or year, or any range of days. Periods under way end today (nothing later is
// registered yet), so the page and the exported file say exactly which days they cover.
import { formatDate } from './dates.ts';

export const PERIOD_MODES = [
  { value: 'this_month', label: '本月' },
  { value: 'last_month', label: '上月' },
  { value: 'this_quarter', label: '本季度' },
  { value: 'last_quarter', label: '上季度' },
  { value: 'this_year', label: '本年' },
  { value: 'last_year', label: '上年' },
  { value: 'month', label: '按月' },
  { value: 'quarter', label: '按季度' },
  { value: 'year', label: '按年' },
  { value: 'custom', label: '自定义' },
] as const;

export type PeriodMode = (typeof PERIOD_MODES)[number]['value'];
export type PresetMode = Exclude<PeriodMode, 'month' | 'quarter' | 'year' | 'custom'>;

/** How the period was chosen, and the days it covers ('YYYY-MM-DD', both included). */
export interface Period {
  mode: PeriodMode;
  from: string;
  to: string;
}

export const QUARTER_LABELS = ['第一季度', '第二季度', '第三季度', '第四季度'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthRange(year: number, month: number, months: number): { from: string; to: string } {
  const endMonth = month + months - 1;
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(endMonth)}-${pad(lastDay(year, endMonth))}` };
}

function parts(date: string): { year: number; month: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/** 1–4: the quarter a date falls in. */
export function quarterOf(date: string): number {
  return Math.ceil(parts(date).month / 3);
}

/** The month of a date: `monthPeriod('2026-02-14')` → 2026-02-01 to 2026-02-28. */
export function monthPeriod(date: string): Period {
  const { year, month } = parts(date);
  return { mode: 'month', ...monthRange(year, month, 1) };
}

/** `quarterPeriod(2026, 3)` → 2026-07-01 to 2026-09-30. */
export function quarterPeriod(year: number, quarter: number): Period {
  return { mode: 'quarter', ...monthRange(year, quarter * 3 - 2, 3) };
}

/** `yearPeriod(2025)` → 2025-01-01 to 2025-12-31. */
export function yearPeriod(year: number): Period {
  return { mode: 'year', from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * A preset seen from `today`: `presetPeriod('last_quarter', '2026-11-15')` → 2026-07-01 to 2026-09-30;
 * `presetPeriod('this_month', '2026-11-15')` → 2026-11-01 to 2026-11-15 (a period under way ends today).
 */
export function presetPeriod(mode: PresetMode, today: string): Period {
  const { year, month } = parts(today);
  const quarter = quarterOf(today);
  const untilToday = (p: Period): Period => ({ ...p, mode, to: p.to < today ? p.to : today });
  switch (mode) {
    case 'this_month':
      return untilToday(monthPeriod(today));
    case 'last_month':
      return { ...(month === 1 ? monthPeriod(`${year - 1}-12-01`) : monthPeriod(`${year}-${pad(month - 1)}-01`)), mode };
    case 'this_quarter':
      return untilToday(quarterPeriod(year, quarter));
    case 'last_quarter':
      return { ...(quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1)), mode };
    case 'this_year':
      return untilToday(yearPeriod(year));
    case 'last_year':
      return { ...yearPeriod(year - 1), mode };
    default: {
      const unreachable: never = mode;
      return unreachable;
    }
  }
}

export function isPreset(mode: PeriodMode): mode is PresetMode {
  return mode !== 'month' && mode !== 'quarter' && mode !== 'year' && mode !== 'custom';
}

/**
 * The period when the clerk switches to another way of choosing it, starting from the one shown: 按月 takes the
 * month the current period starts in, 按季度 its quarter, 按年 its year, 自定义 the same days.
 */
export function switchMode(current: Period, mode: PeriodMode, today: string): Period {
  if (isPreset(mode)) return presetPeriod(mode, today);
  const { year } = parts(current.from);
  switch (mode) {
    case 'month':
      return monthPeriod(current.from);
    case 'quarter':
      return quarterPeriod(year, quarterOf(current.from));
    case 'year':
      return yearPeriod(year);
    case 'custom':
      return { ...current, mode };
    default: {
      const unreachable: never = mode;
      return unreachable;
    }
  }
}

/** `'2026年7月1日至2026年9月30日'`; a single day is just that day. */
export function periodText(period: { from: string; to: string }): string {
  return period.from === period.to ? formatDate(period.from) : `${formatDate(period.from)}至${formatDate(period.to)}`;
}
