// What each kind of synced record holds, as the app's own schemas define it: the hub validates a received record
// with the very schema the register's API answers with, and checks that it is what its envelope says.
import type { z } from '../zod.ts';
import { CaseDetail } from '../domain/case.ts';
import { Committee } from '../domain/committee.ts';
import { MediatorDetail } from '../domain/mediator.ts';
import { ScreeningReport } from '../domain/screening.ts';
import type { SyncKind, SyncRecord } from './protocol.ts';

export const RECORD_SCHEMAS = {
  committee: Committee,
  mediator: MediatorDetail,
  case: CaseDetail,
  screening_report: ScreeningReport,
} as const satisfies Record<SyncKind, z.ZodType<{ id: string }>>;

/** The committee a record belongs to (a committee belongs to itself). */
export function owningCommittee(kind: SyncKind, data: { id: string; committeeId?: string }): string {
  return kind === 'committee' ? data.id : (data.committeeId ?? '');
}

/**
 * Checks a received record's data against its kind's schema and its envelope; returns the reason it is refused,
 * in the clerk's words, or null. e.g. a case whose dispute type the district does not know: '纠纷类型…'.
 */
export function recordProblem(record: SyncRecord): string | null {
  const parsed = RECORD_SCHEMAS[record.kind].safeParse(record.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `记录内容不符合要求：${issue ? `${issue.path.join('.')} ${issue.message}` : '格式错误'}`;
  }
  const data = parsed.data as { id: string; committeeId?: string };
  if (data.id !== record.id) return '记录编号与批次清单不一致';
  if (owningCommittee(record.kind, data) !== record.committeeId) return '记录所属调委会与批次清单不一致';
  return null;
}
