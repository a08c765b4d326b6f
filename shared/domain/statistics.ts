// The statistics the justice bureaus ask for (domain.md "Statistics and targets"), as they cross the API. The
// figures come from one query layer (services/statistics) used by the app, the CLI and the district hub, and
// every case figure names its measure so that it clicks through to the cases that make it.
import { z } from '../zod.ts';
import { calendarDate, recordId } from './fields.ts';
import { caseSource, disputeType } from './codes.ts';

/**
 * What a case figure counts, and in which period a case counts (its date): each measure is one predicate over
 * the register, used both to add up and to list the cases (drill-down), so the two cannot disagree.
 */
export const MEASURES = [
  { code: 'registered', label: '登记纠纷', dated: '登记日期' },
  { code: 'accepted', label: '受理', dated: '受理日期' },
  { code: 'refused', label: '不予受理', dated: '不予受理日期' },
  { code: 'concluded', label: '调结', dated: '调解结果日期' },
  { code: 'succeeded', label: '调解成功', dated: '协议日期' },
  { code: 'written', label: '书面协议', dated: '协议日期' },
  { code: 'oral', label: '口头协议', dated: '协议日期' },
  { code: 'amount', label: '协议涉及金额', dated: '协议日期' },
  { code: 'failed', label: '调解不成', dated: '调解不成日期' },
  { code: 'diverted', label: '调解不成已导入法治轨道', dated: '调解不成日期' },
  { code: 'terminated', label: '终止调解', dated: '终止日期' },
  { code: 'source_applied', label: '当事人申请', dated: '受理日期' },
  { code: 'source_own_initiative', label: '主动调解', dated: '受理日期' },
  { code: 'source_handover', label: '移送、委托', dated: '受理日期' },
  { code: 'confirmation_applied', label: '申请司法确认', dated: '协议日期' },
  { code: 'confirmed', label: '司法确认有效', dated: '协议日期' },
  { code: 'fulfilled', label: '协议已履行', dated: '协议日期' },
  { code: 'partly_fulfilled', label: '协议部分履行', dated: '协议日期' },
  { code: 'grassroots_succeeded', label: '基层调委会调解成功', dated: '协议日期' },
  { code: 'prevent_civil_to_criminal', label: '防止民转刑', dated: '记录日期' },
  { code: 'prevent_mass_petition', label: '防止群体性上访', dated: '记录日期' },
  { code: 'prevent_group_fight', label: '防止群体性械斗', dated: '记录日期' },
  { code: 'prevent_suicide', label: '防止因纠纷引起自杀', dated: '记录日期' },
  { code: 'improper_petition', label: '因调解不当引发信访', dated: '信访日期' },
  { code: 'risk_red', label: '红色预警', dated: '受理日期' },
  { code: 'risk_orange', label: '橙色预警', dated: '受理日期' },
  { code: 'risk_yellow', label: '黄色预警', dated: '受理日期' },
  { code: 'risk_blue', label: '蓝色预警', dated: '受理日期' },
] as const;
export type Measure = (typeof MEASURES)[number]['code'];
export const MEASURE_CODES = MEASURES.map((m) => m.code) as [Measure, ...Measure[]];
export const measure = z.enum(MEASURE_CODES, { error: '统计口径不正确' });

/** The counted case figures of a table row, in report order (the amount is in fen). */
export const CASE_FIGURES = [
  'registered',
  'accepted',
  'refused',
  'concluded',
  'succeeded',
  'written',
  'oral',
  'amount',
  'failed',
  'diverted',
  'terminated',
  'source_applied',
  'source_own_initiative',
  'source_handover',
  'confirmation_applied',
  'confirmed',
  'fulfilled',
  'partly_fulfilled',
] as const satisfies readonly Measure[];
export type CaseFigure = (typeof CASE_FIGURES)[number];

export const CaseFigures = z.object(Object.fromEntries(CASE_FIGURES.map((f) => [f, z.number().int()])) as Record<CaseFigure, z.ZodNumber>);
export type CaseFigures = Record<CaseFigure, number>;

export const PREVENTION_KINDS = [
  { code: 'civil_to_criminal', label: '防止民转刑', measure: 'prevent_civil_to_criminal' },
  { code: 'mass_petition', label: '防止群体性上访', measure: 'prevent_mass_petition' },
  { code: 'group_fight', label: '防止群体性械斗', measure: 'prevent_group_fight' },
  { code: 'suicide', label: '防止因纠纷引起自杀', measure: 'prevent_suicide' },
] as const;
export type PreventionKind = (typeof PREVENTION_KINDS)[number]['code'];
export const PREVENTION_KIND_CODES = PREVENTION_KINDS.map((p) => p.code) as [PreventionKind, ...PreventionKind[]];

export const TARGETS = [
  { code: 'grassroots', label: '基层调委会化解纠纷占比', threshold: 0.95, rule: '不低于95%' },
  { code: 'success_rate', label: '调解成功率', threshold: 0.98, rule: '不低于98%' },
  { code: 'diversion', label: '调解不成的纠纷导入法治轨道', threshold: 0.9, rule: '不低于90%' },
  { code: 'improper_petition', label: '因调解不当引发的信访', threshold: 0, rule: '零发生' },
] as const;
export type TargetCode = (typeof TARGETS)[number]['code'];

export const StatsQuery = z
  .object({
    from: calendarDate,
    to: calendarDate,
    /** One committee, or all the register keeps when absent. */
    committeeId: recordId.nullish().transform((v) => v ?? null),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: '结束日期不能早于开始日期' })
  .refine((q) => Number(q.to.slice(0, 4)) - Number(q.from.slice(0, 4)) <= 10, { path: ['from'], message: '统计期间不能超过十年' });
export type StatsQuery = z.input<typeof StatsQuery>;

const count = z.number().int();

export const StatisticsReport = z.object({
  from: z.string(),
  to: z.string(),
  committeeId: recordId.nullable(),
  /** The committee's name, or 全部调委会. */
  scope: z.string(),
  generatedAt: z.string(),
  total: CaseFigures,
  /** Every MoJ dispute type, in the list's order, also those without cases. */
  byType: z.array(z.object({ disputeType: z.string(), label: z.string(), figures: CaseFigures })),
  /** Accepted cases by their detailed source. */
  sources: z.array(z.object({ source: z.string(), label: z.string(), group: z.string(), count })),
  prevention: z.array(z.object({ kind: z.string(), label: z.string(), measure, cases: count, people: count })),
  improperPetitions: count,
  screening: z.object({
    reports: count,
    zeroReports: count,
    findings: count,
    people: count,
    resolvedOnSpot: count,
    registered: count,
    diverted: count,
    monitoring: count,
  }),
  /** Committees in scope by kind, and the mediators on their roster at the end of the period. */
  committees: z.array(z.object({ kind: z.string(), label: z.string(), count })),
  mediators: z.object({ total: count, fullTime: count }),
  byCommittee: z.array(
    z.object({ committeeId: recordId, name: z.string(), kind: z.string(), figures: CaseFigures, improperPetitions: count }),
  ),
  /** Accepted cases by their current warning colour. */
  risk: z.array(z.object({ level: z.string(), label: z.string(), measure, count })),
  /** Month by month within the period: accepted, concluded and successful cases. */
  months: z.array(z.object({ month: z.string(), accepted: count, concluded: count, succeeded: count })),
  targets: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      rule: z.string(),
      threshold: z.number(),
      /** The rate (0..1), or the count for the zero target; null when there is nothing to measure. */
      value: z.number().nullable(),
      numerator: count,
      denominator: count,
      met: z.boolean(),
      measure,
      /** What the denominator counts (null for the zero target). */
      denominatorMeasure: measure.nullable(),
      /** What the figure means, in words. */
      explanation: z.string(),
    }),
  ),
});
export type StatisticsReport = z.infer<typeof StatisticsReport>;

export const StatsCasesQuery = z
  .object({
    from: calendarDate,
    to: calendarDate,
    committeeId: recordId.nullish().transform((v) => v ?? null),
    measure,
    disputeType: disputeType.nullish().transform((v) => v ?? null),
    /** One detailed source (公安移送…), with the measure 'accepted'. */
    source: caseSource.nullish().transform((v) => v ?? null),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200, '每页最多200条').default(20),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: '结束日期不能早于开始日期' })
  .refine((q) => q.source === null || q.measure === 'accepted' || q.measure.startsWith('source_'), {
    path: ['source'],
    message: '按来源查看案件只适用于受理数',
  });
export type StatsCasesQuery = z.input<typeof StatsCasesQuery>;

/** A file produced for download (xlsx), base64-encoded. */
export const ExportedFile = z.object({ fileName: z.string(), content: z.string() });
export type ExportedFile = z.infer<typeof ExportedFile>;
