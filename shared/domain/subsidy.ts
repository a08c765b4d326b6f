// Per-case subsidies (个案补贴): paid to mediators by case, graded by difficulty or type, per period. The rules
// are configuration that the committee sets (amounts and conditions differ by area); the sheet is computed
// from them, per mediator, with the cases behind every line.
import { z } from '../zod.ts';
import { calendarDate, recordId, text } from './fields.ts';
import { disputeType, riskLevel } from './codes.ts';

export const SUBSIDY_OUTCOMES = [
  { code: 'written', label: '书面协议' },
  { code: 'oral', label: '口头协议' },
  { code: 'failed', label: '调解不成' },
  { code: 'terminated', label: '终止调解' },
] as const;
const subsidyOutcome = z.enum(['written', 'oral', 'failed', 'terminated'], { error: '请选择调解结果' });

const yuanFen = z
  .number({ error: '金额应为数字' })
  .int('金额以分计，应为整数')
  .min(0, '金额不能为负数')
  .max(10_000_000, '单件补贴不能超过10万元');

/** A grade of case (简易, 一般, 疑难复杂…): the first tier whose conditions a case meets sets its subsidy. */
export const SubsidyTier = z.object({
  label: text('档次名称', 20, 1),
  amountFen: yuanFen,
  /** Only these dispute types (empty: any). */
  disputeTypes: z.array(disputeType).max(30).default([]),
  /** At least this warning colour (null: any). */
  minRisk: riskLevel.nullish().transform((v) => v ?? null),
  /** Taken on by a leader (领导包案). */
  leaderCase: z.boolean().default(false),
  /** At least this many parties (null: any). */
  minParties: z
    .number({ error: '人数应为数字' })
    .int()
    .min(2)
    .max(10000)
    .nullish()
    .transform((v) => v ?? null),
  /** An agreement of at least this amount (null: any). */
  minAmountFen: z
    .number({ error: '金额应为数字' })
    .int()
    .min(0)
    .nullish()
    .transform((v) => v ?? null),
});
export type SubsidyTier = z.output<typeof SubsidyTier>;

export const SubsidyRules = z
  .object({
    /** The period a case counts in: the date of its outcome, or of its archiving. */
    basis: z.enum(['outcome', 'archive'], { error: '请选择按结案还是按归档计算' }),
    /** Outcomes that earn a subsidy. */
    outcomes: z.array(subsidyOutcome).min(1, '请至少选择一种调解结果'),
    /** Only archived cases (the case file complete). */
    requireArchived: z.boolean(),
    /** The lead mediator takes the whole amount, or the assigned mediators share it equally. */
    split: z.enum(['lead', 'equal'], { error: '请选择补贴的分配方式' }),
    tiers: z.array(SubsidyTier).min(1, '请至少设置一个补贴档次').max(20, '补贴档次不能超过20个'),
  })
  .refine((r) => r.basis !== 'archive' || r.requireArchived, {
    path: ['requireArchived'],
    message: '按归档日期计算时，只有已归档的案件才能计入，请勾选“只计已归档的案件”',
  });
export type SubsidyRules = z.output<typeof SubsidyRules>;
export type SubsidyRulesInput = z.input<typeof SubsidyRules>;

/** A common local pattern (e.g. 简易 50元, 一般 100元, 疑难复杂 300元); each area sets its own. */
export const DEFAULT_SUBSIDY_RULES: SubsidyRules = {
  basis: 'archive',
  outcomes: ['written', 'oral'],
  requireArchived: true,
  split: 'equal',
  tiers: [
    { label: '疑难复杂', amountFen: 30000, disputeTypes: [], minRisk: 'orange', leaderCase: false, minParties: null, minAmountFen: null },
    { label: '疑难复杂', amountFen: 30000, disputeTypes: [], minRisk: null, leaderCase: true, minParties: null, minAmountFen: null },
    { label: '一般', amountFen: 10000, disputeTypes: [], minRisk: null, leaderCase: false, minParties: null, minAmountFen: 1000000 },
    {
      label: '一般',
      amountFen: 10000,
      disputeTypes: ['labour', 'traffic_accident', 'medical', 'land_requisition'],
      minRisk: null,
      leaderCase: false,
      minParties: null,
      minAmountFen: null,
    },
    { label: '简易', amountFen: 5000, disputeTypes: [], minRisk: null, leaderCase: false, minParties: null, minAmountFen: null },
  ],
};

export const SubsidyQuery = z
  .object({
    from: calendarDate,
    to: calendarDate,
    committeeId: recordId.nullish().transform((v) => v ?? null),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: '结束日期不能早于开始日期' });
export type SubsidyQuery = z.input<typeof SubsidyQuery>;

export const SubsidyItem = z.object({
  caseId: recordId,
  number: z.string(),
  disputeType: z.string(),
  outcome: z.string(),
  /** The date that put the case in the period (outcome or archive). */
  on: z.string(),
  tier: z.string(),
  caseAmountFen: z.number().int(),
  /** This mediator's share. */
  shareFen: z.number().int(),
  sharedWith: z.number().int(),
});
export type SubsidyItem = z.infer<typeof SubsidyItem>;

export const SubsidySheet = z.object({
  from: z.string(),
  to: z.string(),
  scope: z.string(),
  rules: SubsidyRules,
  lines: z.array(
    z.object({
      mediatorId: recordId,
      name: z.string(),
      committeeName: z.string(),
      fullTime: z.boolean(),
      cases: z.number().int(),
      amountFen: z.number().int(),
      items: z.array(SubsidyItem),
    }),
  ),
  totalFen: z.number().int(),
  cases: z.number().int(),
  /** Cases of the period that earn nothing, and why (no mediator assigned, not archived, outcome not covered). */
  excluded: z.array(z.object({ caseId: recordId, number: z.string(), reason: z.string() })),
});
export type SubsidySheet = z.infer<typeof SubsidySheet>;
