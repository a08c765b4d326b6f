// The mediator roster (人民调解员名册): who a case can be assigned to, with every field of domain.md — posts,
// full-time or part-time, grade and its history, trainings, evaluations and awards, joining and leaving.
// A mediator who leaves (退出) stays in the roster with the past cases.
import { z } from '../zod.ts';
import { ETHNICITIES } from './reference.ts';
import { calendarDate, idNumber, optionalText, personName, phone, recordId, text } from './fields.ts';

export const MEDIATOR_POSTS = [
  { code: 'director', label: '主任' },
  { code: 'deputy_director', label: '副主任' },
  { code: 'member', label: '委员' },
  { code: 'mediator', label: '调解员' },
] as const;
export const mediatorPost = z.enum(['director', 'deputy_director', 'member', 'mediator'], { error: '请选择职务' });
export type MediatorPost = z.infer<typeof mediatorPost>;

/** Mediator grades as graded in Jiangsu (人民调解员等级评定); other provinces use a subset. */
export const MEDIATOR_GRADES = [
  { code: 'chief', label: '首席人民调解员' },
  { code: 'first', label: '一级人民调解员' },
  { code: 'second', label: '二级人民调解员' },
  { code: 'third', label: '三级人民调解员' },
  { code: 'fourth', label: '四级人民调解员' },
] as const;
export const mediatorGrade = z.enum(['chief', 'first', 'second', 'third', 'fourth'], { error: '请选择等级' });
export type MediatorGrade = z.infer<typeof mediatorGrade>;

export const EDUCATIONS = [
  { code: 'postgraduate', label: '研究生' },
  { code: 'bachelor', label: '大学本科' },
  { code: 'college', label: '大学专科' },
  { code: 'secondary', label: '高中（中专）' },
  { code: 'junior', label: '初中及以下' },
] as const;
export const education = z.enum(['postgraduate', 'bachelor', 'college', 'secondary', 'junior'], { error: '请选择文化程度' });

export const POLITICAL_STATUSES = [
  { code: 'cpc', label: '中共党员' },
  { code: 'cpc_probationary', label: '中共预备党员' },
  { code: 'cyl', label: '共青团员' },
  { code: 'democratic_party', label: '民主党派' },
  { code: 'masses', label: '群众' },
] as const;
export const politicalStatus = z.enum(['cpc', 'cpc_probationary', 'cyl', 'democratic_party', 'masses'], {
  error: '请选择政治面貌',
});

export const EVALUATION_RESULTS = [
  { code: 'excellent', label: '优秀' },
  { code: 'competent', label: '称职' },
  { code: 'basically_competent', label: '基本称职' },
  { code: 'incompetent', label: '不称职' },
] as const;

export const HONOUR_KINDS = [
  { code: 'evaluation', label: '考核评议' },
  { code: 'award', label: '表彰奖励' },
] as const;

const sex = z
  .enum(['male', 'female'], { error: '请选择性别' })
  .nullish()
  .transform((v) => v ?? null);
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);

const ethnicity = z
  .string()
  .nullish()
  .transform((v) => (v == null || v.trim() === '' ? null : v.trim()))
  .refine((v) => v === null || (ETHNICITIES as readonly string[]).includes(v), '请从列表中选择民族');

/** What the roster form edits. Grade changes, trainings and honours have their own entries (they keep history). */
export const MediatorFields = z.object({
  committeeId: recordId,
  name: personName,
  sex,
  ethnicity,
  birthDate: nullable(calendarDate),
  idNumber,
  phone,
  education: nullable(education),
  politicalStatus: nullable(politicalStatus),
  post: mediatorPost.default('mediator'),
  fullTime: z.boolean().default(false),
  joinedOn: nullable(calendarDate),
  /** 工作单位或职业 (a part-time mediator's main job). */
  occupation: optionalText('工作单位或职业', 60),
  note: optionalText('备注', 500),
});

export const MediatorInput = MediatorFields.extend({
  /** The grade held when entered into the roster (its history starts here). */
  grade: nullable(mediatorGrade),
  gradeSince: nullable(calendarDate),
}).refine((m) => m.grade === null || m.gradeSince !== null || m.joinedOn !== null, {
  path: ['gradeSince'],
  message: '请填写评定等级的日期',
});
export type MediatorInput = z.input<typeof MediatorInput>;

export const MediatorUpdate = MediatorFields.extend({ id: recordId, version: z.number().int().min(1) });
export type MediatorUpdate = z.input<typeof MediatorUpdate>;

export const Mediator = z.object({
  id: recordId,
  committeeId: recordId,
  committeeName: z.string(),
  name: z.string(),
  sex: z.enum(['male', 'female']).nullable(),
  ethnicity: z.string().nullable(),
  birthDate: z.string().nullable(),
  /** Masked in lists (110***********1234); whole only in the mediator's own record. */
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  education: education.nullable(),
  politicalStatus: politicalStatus.nullable(),
  post: mediatorPost,
  fullTime: z.boolean(),
  grade: mediatorGrade.nullable(),
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  leftReason: z.string().nullable(),
  occupation: z.string().nullable(),
  note: z.string().nullable(),
  /** Pinyin initials of the name ('zs' for 张三), for search. */
  initials: z.string(),
  trainingHours: z.number(),
  version: z.number().int(),
});
export type Mediator = z.infer<typeof Mediator>;

export const GradeInput = z.object({
  mediatorId: recordId,
  grade: mediatorGrade,
  since: calendarDate,
  note: optionalText('备注', 200),
});
export type GradeInput = z.input<typeof GradeInput>;

export const TrainingInput = z.object({
  mediatorId: recordId,
  on: calendarDate,
  hours: z
    .number({ error: '学时应为数字' })
    .min(0.5, '学时至少0.5')
    .max(500, '学时过大，请核对')
    .refine((h) => Number.isInteger(h * 2), '学时以0.5为单位'),
  subject: text('培训内容', 100, 2),
  organiser: optionalText('培训单位', 60),
});
export type TrainingInput = z.input<typeof TrainingInput>;

export const HonourInput = z
  .object({
    mediatorId: recordId,
    kind: z.enum(['evaluation', 'award'], { error: '请选择考核或奖励' }),
    on: calendarDate,
    title: text('名称', 100, 2),
    /** An evaluation's result (优秀, 称职…); empty for an award. */
    result: nullable(z.enum(['excellent', 'competent', 'basically_competent', 'incompetent'], { error: '请选择考核结果' })),
    issuer: optionalText('授予或考核单位', 60),
  })
  .refine((h) => h.kind !== 'evaluation' || h.result !== null, { path: ['result'], message: '请选择考核结果' });
export type HonourInput = z.input<typeof HonourInput>;

export const LeaveInput = z.object({
  id: recordId,
  on: calendarDate,
  reason: text('退出原因', 200, 2),
});
export type LeaveInput = z.input<typeof LeaveInput>;

export const MediatorDetail = Mediator.extend({
  grades: z.array(z.object({ id: recordId, grade: mediatorGrade, since: z.string(), note: z.string().nullable() })),
  trainings: z.array(z.object({ id: recordId, on: z.string(), hours: z.number(), subject: z.string(), organiser: z.string().nullable() })),
  honours: z.array(
    z.object({
      id: recordId,
      kind: z.enum(['evaluation', 'award']),
      on: z.string(),
      title: z.string(),
      result: z.enum(['excellent', 'competent', 'basically_competent', 'incompetent']).nullable(),
      issuer: z.string().nullable(),
    }),
  ),
  /** The mediator's cases: all, still open, mediated successfully. */
  cases: z.object({ total: z.number().int(), open: z.number().int(), succeeded: z.number().int() }),
});
export type MediatorDetail = z.infer<typeof MediatorDetail>;

export const MediatorQuery = z.object({
  committeeId: recordId.nullish(),
  includeLeft: z.boolean().default(false),
  /** Name, part of it, or pinyin initials / full pinyin ('zs', 'zhangsan'). */
  search: z.string().trim().max(30, '搜索内容不能超过30个字').nullish(),
  post: mediatorPost.nullish(),
  fullTime: z.boolean().nullish(),
});
export type MediatorQuery = z.input<typeof MediatorQuery>;
