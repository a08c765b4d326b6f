// What the date of a work item means, in the clerk's words: '应于 12月3日 回访', '逾期 5 天（应于 11月28日 回访）'.
import dayjs from 'dayjs';
import type { Attention } from '../../shared/domain/case.ts';
import { formatDate } from '../common/dates.ts';

/** Days from `from` to `to` (negative when `to` is earlier): `daysBetween('2026-03-01', '2026-03-04')` → 3. */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** '12月3日' in the current year, '2025年12月3日' otherwise. */
export function shortDate(date: string, today: string): string {
  return date.slice(0, 4) === today.slice(0, 4) ? dayjs(date).format('M月D日') : formatDate(date);
}

export interface When {
  text: string;
  /** Past its date: shown in red. */
  late: boolean;
}

/** The meaning of an item's date in a home-page section. */
export function describeWhen(attention: Attention, date: string | null, today: string): When {
  if (!date) return { text: '', late: false };
  const d = shortDate(date, today);
  const ahead = daysBetween(today, date);
  const ago = -ahead;
  switch (attention) {
    case 'awaiting_acceptance':
      return { text: ago > 0 ? `${d} 登记，已等待 ${ago} 天` : `${d} 登记`, late: false };
    case 'warnings':
      return { text: `${d} 发出预警`, late: false };
    case 'follow_up_overdue':
      return { text: `逾期 ${Math.max(ago, 1)} 天（应于 ${d} 回访）`, late: true };
    case 'follow_up_due_soon':
      return { text: ahead <= 0 ? `今天应回访` : `应于 ${d} 回访（还有 ${ahead} 天）`, late: ahead < 0 };
    case 'confirmation_closing':
      if (ahead < 0) return { text: `司法确认申请期限已于 ${d} 届满`, late: true };
      return { text: ahead === 0 ? `司法确认申请期限今天届满` : `司法确认申请期限 ${d} 届满（还剩 ${ahead} 天）`, late: false };
    case 'performance_overdue':
      return { text: `履行期限 ${d} 已过，逾期 ${Math.max(ago, 1)} 天`, late: true };
    case 'unarchived_closed':
      return { text: `${d} 结案，尚未归档`, late: false };
  }
}
