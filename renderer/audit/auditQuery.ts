// The audit log's filters (user, action, dates) and how they become an `audit.list` query; the actions by the
// same labels the register's summaries use (shared/domain/audit.ts).
import dayjs from 'dayjs';
import type { AuditQuery } from '../../shared/domain/account.ts';
import { STEP_LABELS } from '../../shared/domain/lifecycle.ts';
import { AUDIT_ACTION_LABELS } from '../../shared/domain/audit.ts';

export interface AuditFilters {
  userId: string | null;
  action: string | null;
  /** Calendar dates ('YYYY-MM-DD'), in the local time zone of the office. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: AuditFilters = { userId: null, action: null, from: null, to: null };
export const AUDIT_PAGE_SIZE = 50;

/** The steps of a case are logged under their kind ('session', 'archive', …). */
const STEP_ACTIONS = Object.entries(STEP_LABELS).filter(([kind]) => kind !== 'register' && kind !== 'edit');

export const ACTION_GROUPS = [
  { group: '一般操作', items: Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label })) },
  { group: '办案环节', items: STEP_ACTIONS.map(([value, label]) => ({ value, label })) },
];

/**
 * `toAuditQuery({ userId: null, action: 'read', from: '2026-03-01', to: '2026-03-01' })` → the entries of
 * that day in local time, as the instants the log keeps (UTC): `from: '2026-02-28T16:00:00.000Z'` in China.
 */
export function toAuditQuery(filters: AuditFilters): AuditQuery {
  return {
    limit: AUDIT_PAGE_SIZE,
    userId: filters.userId,
    action: filters.action,
    from: filters.from ? dayjs(filters.from).startOf('day').toISOString() : null,
    to: filters.to ? dayjs(filters.to).endOf('day').toISOString() : null,
  };
}
