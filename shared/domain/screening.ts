// Screening reports (排查报告): per committee per period, the disputes found or an explicit zero report.
import { z } from '../zod.ts';
import { disputeType, riskLevel } from './codes.ts';
import { calendarDate, optionalText, recordId, text } from './fields.ts';

export const PERIOD_KINDS = [
  { code: 'week', label: '每周' },
  { code: 'half_month', label: '每半月' },
  { code: 'month', label: '每月' },
] as const;
export const periodKind = z.enum(['week', 'half_month', 'month'], { error: '请选择排查周期' });

export const FINDING_HANDLINGS = [
  { code: 'registered', label: '已登记调解' },
  { code: 'resolved_on_spot', label: '当场化解' },
  { code: 'diverted', label: '已分流移交' },
  { code: 'monitoring', label: '持续关注' },
] as const;

export const FindingInput = z.object({
  summary: text('纠纷情况', 1000, 5),
  disputeType,
  peopleCount: z
    .number({ error: '涉及人数应为数字' })
    .int('涉及人数应为整数')
    .min(1, '涉及人数至少为1')
    .max(100000, '涉及人数过大，请核对'),
  riskLevel,
  handling: z.enum(['registered', 'resolved_on_spot', 'diverted', 'monitoring'], { error: '请选择处置情况' }),
  /** The case it was registered as, when it was. */
  caseId: recordId.nullish().transform((v) => v ?? null),
});

export const ScreeningReportInput = z
  .object({
    committeeId: recordId,
    /** Any day of the period being reported; the period itself follows from the committee's kind. */
    periodDate: calendarDate,
    zero: z.boolean({ error: '请选择是否零报告' }),
    findings: z.array(FindingInput).max(200, '一次最多报告200件纠纷').default([]),
    reportedOn: calendarDate,
    reporter: text('报告人', 30, 1),
    note: optionalText('备注', 1000),
  })
  .superRefine((r, ctx) => {
    if (r.zero && r.findings.length > 0) ctx.addIssue({ code: 'custom', path: ['findings'], message: '零报告不能同时填写排查到的纠纷' });
    if (!r.zero && r.findings.length === 0)
      ctx.addIssue({ code: 'custom', path: ['findings'], message: '请填写排查到的纠纷；本期没有发现纠纷的，请选择“零报告”' });
  });
export type ScreeningReportInput = z.input<typeof ScreeningReportInput>;

export const Finding = FindingInput.extend({ id: recordId, caseId: recordId.nullable() });
export type Finding = z.infer<typeof Finding>;

export const ScreeningReport = z.object({
  id: recordId,
  committeeId: recordId,
  periodKind: periodKind,
  periodStart: z.string(),
  periodEnd: z.string(),
  zero: z.boolean(),
  findings: z.array(Finding),
  reportedOn: z.string(),
  reporter: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type ScreeningReport = z.infer<typeof ScreeningReport>;

export const PeriodStatus = z.object({
  start: z.string(),
  end: z.string(),
  label: z.string(),
  /** reported: disputes found; zero: a zero report; missing: ended without a report; open: not ended yet. */
  status: z.enum(['reported', 'zero', 'missing', 'open']),
  reportId: recordId.nullable(),
  findings: z.number().int(),
});
export type PeriodStatus = z.infer<typeof PeriodStatus>;

export const ScreeningOverview = z.array(
  z.object({
    committeeId: recordId,
    committeeName: z.string(),
    periodKind,
    periods: z.array(PeriodStatus),
    missing: z.number().int(),
  }),
);
export type ScreeningOverview = z.infer<typeof ScreeningOverview>;
