// The dates a clerk must not miss on a case: the 30 days to apply for judicial confirmation, the planned
// follow-up visit, and the agreement's performance deadline.
import type { CaseProgress } from '../../shared/domain/progress.ts';
import { formatDate } from '../common/dates.ts';

/** Whole days from `today` to `date`: `daysUntil('2026-03-01', '2026-03-04')` → 3 (negative when past). */
export function daysUntil(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export interface Deadline {
  label: string;
  date: string;
  /** '还剩 12 天', '今天届满', '已过期 3 天'… */
  note: string;
  overdue: boolean;
}

function remaining(today: string, date: string): string {
  const days = daysUntil(today, date);
  if (days > 0) return `还剩 ${days} 天`;
  return days === 0 ? '今天届满' : `已过 ${-days} 天`;
}

export function caseDeadlines(progress: CaseProgress, today: string): Deadline[] {
  const list: Deadline[] = [];
  const confirmation = progress.confirmation;
  if (confirmation && !confirmation.appliedOn) {
    // Applying is the parties' right, not the committee's duty: a window that has passed is a fact, not an alarm.
    const passed = confirmation.deadline < today;
    list.push({
      label: '司法确认申请期限',
      date: confirmation.deadline,
      note: passed ? '已届满，当事人未申请' : remaining(today, confirmation.deadline),
      overdue: false,
    });
  }
  if (progress.followUpDue) {
    const overdue = progress.followUpDue < today;
    list.push({ label: '计划回访', date: progress.followUpDue, note: overdue ? '逾期' : remaining(today, progress.followUpDue), overdue });
  }
  const performance = progress.outcome?.performanceDeadline;
  if (performance) {
    const done = progress.fulfilment?.state === 'performed';
    const overdue = !done && performance < today;
    list.push({
      label: '履行期限',
      date: performance,
      note: done ? '已履行' : overdue ? '已过期，未履行完毕' : remaining(today, performance),
      overdue,
    });
  }
  return list;
}

export const formatDeadline = (d: Deadline) => `${d.label}：${formatDate(d.date)}（${d.note}）`;
