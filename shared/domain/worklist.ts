// The clerk's work for today (今日工作) and the warnings board (预警台账).
import { z } from '../zod.ts';
import { caseStatus, disputeType, riskLevel } from './codes.ts';
import { recordId } from './fields.ts';
import { ATTENTION_CODES } from './case.ts';

export const WorkItem = z.object({
  caseId: recordId,
  number: z.string(),
  committeeName: z.string(),
  /** '张三 与 李四': the parties as the clerk names a case. */
  title: z.string(),
  disputeType,
  status: caseStatus,
  riskLevel,
  /** The date the item is about (due date, deadline, registration, warning raised). */
  date: z.string().nullable(),
});
export type WorkItem = z.infer<typeof WorkItem>;

export const WorkSection = z.object({
  attention: z.enum(ATTENTION_CODES),
  total: z.number().int(),
  items: z.array(WorkItem),
});
export type WorkSection = z.infer<typeof WorkSection>;

export const Worklist = z.object({
  today: z.string(),
  sections: z.array(WorkSection),
  screening: z.array(
    z.object({ committeeId: recordId, committeeName: z.string(), missing: z.array(z.object({ start: z.string(), label: z.string() })) }),
  ),
});
export type Worklist = z.infer<typeof Worklist>;

export const WarningItem = WorkItem.extend({
  reason: z.string().nullable(),
  raisedOn: z.string(),
  leader: z.string().nullable(),
  /** The date by which the risk should be reviewed again (configured per level), or null. */
  reviewDue: z.string().nullable(),
});
export type WarningItem = z.infer<typeof WarningItem>;
