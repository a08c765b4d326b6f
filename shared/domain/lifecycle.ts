// The steps of a case after registration (受理, 调查, 调解, 结果, 履行, 回访, 司法确认, 归档), each recorded as one
// event of the case. The register keeps every event; the case's state is derived from them (rules/lifecycle.ts).
import { z } from '../zod.ts';
import { calendarDate, optionalText, recordId, text } from './fields.ts';
import { riskLevel } from './codes.ts';

/** A wall-clock time of day as written on a record ('14:30'), China time. */
export const timeOfDay = z
  .string()
  .nullish()
  .transform((v) => (v == null || v.trim() === '' ? null : v.trim()))
  .refine((v) => v === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), '时间格式应为 时:分，如 14:30');

/** Money in fen (分), entered by the clerk in yuan. */
export const amountFen = z
  .number({ error: '金额应为数字' })
  .int('金额以分计，应为整数')
  .min(0, '金额不能为负数')
  .max(100_000_000_000, '金额过大，请核对')
  .nullish()
  .transform((v) => v ?? null);

const names = (label: string) =>
  z
    .array(text(label, 30, 1), { error: `请填写${label}` })
    .min(1, `请至少填写一名${label}`)
    .max(50, `${label}不能超过50人`);

export const FAILURE_ROUTES = [
  { code: 'litigation', label: '向人民法院提起诉讼' },
  { code: 'arbitration', label: '申请仲裁' },
  { code: 'administrative', label: '请求行政机关处理' },
] as const;
export const DIVERSIONS = [
  { code: 'court', label: '人民法院' },
  { code: 'arbitration', label: '仲裁机构' },
  { code: 'administrative', label: '行政机关' },
] as const;
export const FULFILMENT_STATES = [
  { code: 'performed', label: '已履行' },
  { code: 'partly', label: '部分履行' },
  { code: 'not', label: '未履行' },
] as const;
export const PREVENTED_ESCALATIONS = [
  { code: 'civil_to_criminal', label: '防止民转刑' },
  { code: 'mass_petition', label: '防止群体性上访' },
  { code: 'group_fight', label: '防止群体性械斗' },
  { code: 'suicide', label: '防止因纠纷引起自杀' },
] as const;
export const RETENTION_PERIODS = [
  { code: 'permanent', label: '永久' },
  { code: 'long', label: '长期' },
  { code: 'short', label: '短期' },
] as const;

const failureRoute = z.enum(['litigation', 'arbitration', 'administrative'], { error: '请选择告知的法律途径' });
const diversion = z.enum(['court', 'arbitration', 'administrative'], { error: '请选择导入的机构类型' });
const fulfilmentState = z.enum(['performed', 'partly', 'not'], { error: '请选择履行情况' });
const followUpDue = calendarDate.nullish().transform((v) => v ?? null);

const Accept = z.object({
  kind: z.literal('accept'),
  on: calendarDate,
  /** Every party agreed to be mediated (人民调解法 Art. 17): without it the case is refused, not accepted. */
  consent: z.literal(true, { error: '当事人一方明确拒绝调解的，不得受理调解，请改为“不予受理”' }),
  /** The 权利义务告知书 was handed to the parties. */
  noticeGiven: z.boolean({ error: '请说明是否已告知当事人权利义务' }),
  note: optionalText('备注', 500),
});

const Refuse = z.object({
  kind: z.literal('refuse'),
  on: calendarDate,
  reason: text('不予受理的理由', 500, 2),
});

const Assign = z.object({
  kind: z.literal('assign'),
  on: calendarDate,
  mediators: z
    .array(z.object({ mediatorId: recordId, lead: z.boolean().default(false) }), { error: '请选择调解员' })
    .min(1, '请至少选择一名调解员')
    .max(10, '一次最多指派10名调解员'),
  /** The parties chose the mediator(s) themselves (人民调解法 Art. 19). */
  chosenByParties: z.boolean().default(false),
});

const Recuse = z.object({
  kind: z.literal('recuse'),
  on: calendarDate,
  mediatorId: recordId,
  requestedBy: z.enum(['party', 'mediator'], { error: '请选择由谁提出回避' }),
  reason: text('回避理由', 500, 2),
});

const Leader = z.object({
  kind: z.literal('leader'),
  on: calendarDate,
  name: text('包案领导姓名', 30, 1),
  title: text('包案领导职务', 30, 1),
  departments: z
    .array(text('联合处置部门', 60, 1))
    .max(20, '部门不能超过20个')
    .default([]),
});

const recordBody = {
  on: calendarDate,
  time: timeOfDay,
  place: text('地点', 100, 1),
  present: names('在场人员'),
  content: text('记录内容', 20000, 5),
  noteTaker: text('记录人', 30, 1),
};

const Investigation = z.object({
  kind: z.literal('investigation'),
  ...recordBody,
  questioned: text('被调查人', 30, 1),
  investigator: text('调查人', 30, 1),
});

const Session = z.object({
  kind: z.literal('session'),
  ...recordBody,
});

const WrittenAgreement = z.object({
  kind: z.literal('agreement_written'),
  on: calendarDate,
  terms: z
    .array(text('协议条款', 2000, 2), { error: '请填写协议条款' })
    .min(1, '请至少填写一条协议条款')
    .max(50, '协议条款不能超过50条'),
  amountFen,
  /** The points in dispute (争议事项) and each party's responsibility (人民调解法 Art. 29); optional in older records, required to finalise. */
  disputedPoints: optionalText('争议事项', 2000),
  responsibilities: optionalText('各方责任', 2000),
  performanceMethod: text('履行方式', 200, 2),
  performancePlace: text('履行地点', 100, 2),
  performanceDeadline: calendarDate,
  followUpDue,
});

const OralAgreement = z.object({
  kind: z.literal('agreement_oral'),
  on: calendarDate,
  content: text('口头协议内容', 5000, 5),
  amountFen,
  performanceDeadline: calendarDate.nullish().transform((v) => v ?? null),
  followUpDue,
});

const Failure = z
  .object({
    kind: z.literal('failure'),
    on: calendarDate,
    reason: text('调解不成的原因', 2000, 2),
    routesExplained: z.array(failureRoute, { error: '请选择已告知的法律途径' }).min(1, '请选择已告知当事人的法律途径（诉讼、仲裁或行政）'),
    divertedTo: diversion.nullish().transform((v) => v ?? null),
    divertedBody: optionalText('导入机构名称', 60),
    followUpDue,
  })
  .refine((f) => f.divertedTo === null || f.divertedBody !== null, { path: ['divertedBody'], message: '请填写导入的机构名称' });

const Termination = z.object({
  kind: z.literal('termination'),
  on: calendarDate,
  reason: text('终止调解的原因', 2000, 2),
  byParty: optionalText('提出终止的当事人', 60),
});

const Fulfilment = z.object({
  kind: z.literal('fulfilment'),
  on: calendarDate,
  state: fulfilmentState,
  note: optionalText('履行说明', 1000),
  attachmentIds: z.array(recordId).max(20).default([]),
});

const FollowUpScheduled = z.object({
  kind: z.literal('follow_up_scheduled'),
  on: calendarDate,
  due: calendarDate,
  note: optionalText('备注', 500),
});

const FollowUp = z.object({
  kind: z.literal('follow_up'),
  on: calendarDate,
  visited: text('回访对象', 100, 1),
  performed: fulfilmentState.nullish().transform((v) => v ?? null),
  satisfied: z.boolean({ error: '请选择当事人是否满意' }),
  lawsuit: z.boolean({ error: '请选择是否已起诉' }),
  risk: optionalText('遗留风险', 500),
  findings: text('回访情况', 5000, 2),
  action: optionalText('采取的措施', 1000),
  mediator: text('回访人', 30, 1),
  nextDue: followUpDue,
});

const ConfirmationApplied = z.object({
  kind: z.literal('confirmation_applied'),
  on: calendarDate,
  court: text('受理法院', 60, 2),
});

const ConfirmationResult = z.object({
  kind: z.literal('confirmation_result'),
  on: calendarDate,
  result: z.enum(['confirmed', 'rejected'], { error: '请选择法院的处理结果' }),
  ruling: optionalText('裁定书文号', 60),
  note: optionalText('备注', 500),
});

const Risk = z.object({
  kind: z.literal('risk'),
  on: calendarDate,
  level: riskLevel,
  reason: text('调整理由', 500, 2),
});

/** The mediation prevented an escalation (防止激化): counted in the statistics, cases and people. */
const Prevention = z.object({
  kind: z.literal('prevention'),
  on: calendarDate,
  prevented: z.enum(['civil_to_criminal', 'mass_petition', 'group_fight', 'suicide'], { error: '请选择防止了哪种激化' }),
  people: z.number({ error: '涉及人数应为数字' }).int('涉及人数应为整数').min(1, '涉及人数至少为1').max(100000, '涉及人数过大，请核对'),
  note: text('情况说明', 1000, 2),
});

/** A party petitioned (信访) over the case; the target is zero petitions caused by improper mediation. */
const Petition = z.object({
  kind: z.literal('petition'),
  on: calendarDate,
  /** Found to be caused by improper mediation (因调解不当引发). */
  improperMediation: z.boolean({ error: '请选择是否因调解不当引发' }),
  body: text('信访受理机关', 60, 2),
  note: text('情况说明', 1000, 2),
});

const Archive = z.object({
  kind: z.literal('archive'),
  on: calendarDate,
  archiveNumber: text('卷宗号', 40, 1),
  retention: z.enum(['permanent', 'long', 'short'], { error: '请选择保管期限' }),
  compiledBy: text('立卷人', 30, 1),
  remarks: optionalText('卷宗情况说明', 2000),
});

/** The steps a clerk records directly (corrections and attachments have their own entry points). */
export const StepInput = z.discriminatedUnion(
  'kind',
  [
    Accept,
    Refuse,
    Assign,
    Recuse,
    Leader,
    Investigation,
    Session,
    WrittenAgreement,
    OralAgreement,
    Failure,
    Termination,
    Fulfilment,
    FollowUpScheduled,
    FollowUp,
    ConfirmationApplied,
    ConfirmationResult,
    Risk,
    Prevention,
    Petition,
    Archive,
  ],
  { error: '未知的办案环节' },
);
export type StepInput = z.input<typeof StepInput>;
export type Step = z.output<typeof StepInput>;
export type StepKind = Step['kind'];
export const STEP_KINDS = StepInput.options.map((o) => o.shape.kind.value) satisfies StepKind[];

/** A correction replaces what an earlier step recorded; the earlier record stays, marked as corrected. */
export const CorrectionInput = z.object({
  on: calendarDate,
  targetId: recordId,
  reason: text('更正理由', 500, 2),
  replacement: StepInput,
});
export type CorrectionInput = z.input<typeof CorrectionInput>;
export type Correction = z.output<typeof CorrectionInput>;

/** Steps that are the case's outcome: one of them, at most, is in force. */
export const OUTCOME_KINDS = ['agreement_written', 'agreement_oral', 'failure', 'termination'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export function isOutcome(step: { kind: string }): step is Extract<Step, { kind: OutcomeKind }> {
  return (OUTCOME_KINDS as readonly string[]).includes(step.kind);
}

/** An attachment was added to the case (recorded by the attachment store, shown in the timeline). */
export interface AttachmentStep {
  kind: 'attachment';
  on: string;
  attachmentId: string;
  name: string;
  category: string;
}

/** The registration was edited before archiving (the fields that changed). */
export interface EditStep {
  kind: 'edit';
  on: string;
  fields: string[];
}

export const STEP_LABELS: Record<StepKind | 'attachment' | 'edit' | 'register', string> = {
  register: '受理登记',
  accept: '受理',
  refuse: '不予受理',
  assign: '指派调解员',
  recuse: '调解员回避',
  leader: '领导包案',
  investigation: '调查记录',
  session: '调解记录',
  agreement_written: '达成书面协议',
  agreement_oral: '达成口头协议',
  failure: '调解不成',
  termination: '终止调解',
  fulfilment: '履行情况',
  follow_up_scheduled: '计划回访',
  follow_up: '回访',
  confirmation_applied: '申请司法确认',
  confirmation_result: '司法确认结果',
  risk: '调整风险等级',
  prevention: '防止纠纷激化',
  petition: '信访情况',
  archive: '归档',
  attachment: '添加附件',
  edit: '修改登记信息',
};
