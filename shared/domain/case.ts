// A dispute case as registered (受理登记): the case, its parties, and the list and query shapes.
import { z } from '../zod.ts';
import { CASE_SOURCES, ETHNICITIES } from './reference.ts';
import { caseSource, caseStatus, disputeType, riskLevel } from './codes.ts';
import { CaseProgress } from './progress.ts';
import { calendarDate, idNumber, optionalText, personName, phone, recordId, text } from './fields.ts';
import { idNumberFacts } from '../rules/idNumber.ts';
import { todayInChina } from '../rules/dates.ts';

export { caseSource, caseStatus, disputeType, riskLevel };

const partyRole = z.enum(['applicant', 'respondent'], { error: '请选择当事人身份（申请人或被申请人）' });

export const AGENT_KINDS = [
  { code: 'entrusted', label: '委托代理人' },
  { code: 'statutory', label: '法定代理人' },
] as const;

/** Who acts for a party (代理人): an entrusted agent (委托代理人) or, for a minor or an incapacitated person, the statutory one (法定代理人). */
export const AgentInput = z.object({
  kind: z.enum(['entrusted', 'statutory'], { error: '请选择代理人类型（委托代理人或法定代理人）' }),
  name: personName,
  phone,
});
export type Agent = z.output<typeof AgentInput>;
const agent = AgentInput.nullish().transform((v) => v ?? null);

const PersonParty = z.object({
  role: partyRole,
  kind: z.literal('person'),
  name: personName,
  sex: z
    .enum(['male', 'female'], { error: '请选择性别' })
    .nullish()
    .transform((v) => v ?? null),
  ethnicity: z
    .string()
    .nullish()
    .transform((v) => (v == null || v === '' ? null : v))
    .refine((v) => v === null || (ETHNICITIES as readonly string[]).includes(v), '民族应为56个民族之一，如“汉族”'),
  birthDate: calendarDate.nullish().transform((v) => v ?? null),
  idNumber,
  phone,
  occupation: optionalText('职业', 30),
  address: optionalText('住址', 100),
  agent,
});

const OrganizationParty = z.object({
  role: partyRole,
  kind: z.literal('organization'),
  name: text('单位名称', 60, 2),
  legalRepresentative: optionalText('法定代表人', 30),
  representativeTitle: optionalText('职务', 30),
  address: optionalText('住所地', 100),
  phone,
  agent,
});

/** One party as entered; a person's sex and birth date are taken from a valid ID number when left empty. */
export const PartyInput = z
  .discriminatedUnion('kind', [PersonParty, OrganizationParty], { error: '请选择当事人类型（自然人或单位）' })
  .superRefine((party, ctx) => {
    if (party.kind !== 'person' || !party.idNumber) return;
    const facts = idNumberFacts(party.idNumber);
    if (party.sex && party.sex !== facts.sex) ctx.addIssue({ code: 'custom', path: ['sex'], message: '性别与身份证号码不一致' });
    if (party.birthDate && party.birthDate !== facts.birthDate)
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: '出生日期与身份证号码不一致' });
  })
  .transform((party) => {
    if (party.kind !== 'person' || !party.idNumber) return party;
    const facts = idNumberFacts(party.idNumber);
    return { ...party, sex: party.sex ?? facts.sex, birthDate: party.birthDate ?? facts.birthDate };
  });
export type PartyInput = z.input<typeof PartyInput>;

/** Work that needs the clerk's attention, as register filters and home-page lists. */
export const ATTENTIONS = [
  { code: 'awaiting_acceptance', label: '待受理' },
  { code: 'warnings', label: '红色、橙色预警（未结）' },
  { code: 'follow_up_overdue', label: '回访逾期' },
  { code: 'follow_up_due_soon', label: '7日内应回访' },
  { code: 'confirmation_closing', label: '司法确认期限7日内届满' },
  { code: 'performance_overdue', label: '履行期限已过未履行完毕' },
  { code: 'unarchived_closed', label: '已结未归档' },
] as const;
export type Attention = (typeof ATTENTIONS)[number]['code'];
export const ATTENTION_CODES = ATTENTIONS.map((a) => a.code) as [Attention, ...Attention[]];

/** Who handed the case over (公调、交调、诉调…对接): the sending body, its reference number and date. */
export const Referral = z.object({
  body: text('移送单位', 60, 2),
  reference: optionalText('移送文号', 60),
  date: calendarDate,
});
export type Referral = z.output<typeof Referral>;

const caseFields = {
  disputeType,
  source: caseSource,
  occurredOn: calendarDate.nullish().transform((v) => v ?? null),
  place: optionalText('纠纷发生地点', 100),
  facts: text('纠纷简要情况', 5000, 5),
  requests: optionalText('当事人请求', 2000),
  referral: Referral.nullish().transform((v) => v ?? null),
  parties: z.array(PartyInput, { error: '请填写当事人' }).max(50, '当事人不能超过50个'),
};

type CaseFields = {
  source: string;
  registeredOn: string;
  occurredOn: string | null;
  referral: Referral | null;
  parties: z.output<typeof PartyInput>[];
};

/** The checks a registration and an edit share: both sides present, dates in order, a hand-over named. */
function checkCaseFields(c: CaseFields, ctx: z.RefinementCtx): void {
  if (!c.parties.some((p) => p.role === 'applicant')) ctx.addIssue({ code: 'custom', path: ['parties'], message: '至少需要一名申请人' });
  if (!c.parties.some((p) => p.role === 'respondent')) ctx.addIssue({ code: 'custom', path: ['parties'], message: '至少需要一名被申请人' });
  if (c.occurredOn && c.occurredOn > c.registeredOn)
    ctx.addIssue({ code: 'custom', path: ['occurredOn'], message: '纠纷发生日期不能晚于登记日期' });
  const ids = c.parties.flatMap((p) => (p.kind === 'person' && p.idNumber ? [p.idNumber] : []));
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) ctx.addIssue({ code: 'custom', path: ['parties'], message: `身份证号码 ${dup} 重复出现在多名当事人中` });
  const handover = CASE_SOURCES.find((s) => s.code === c.source)?.group === 'handover';
  if (handover && !c.referral)
    ctx.addIssue({ code: 'custom', path: ['referral', 'body'], message: '移送、委托的案件请填写移送单位和移送日期' });
  if (c.referral && c.referral.date > c.registeredOn)
    ctx.addIssue({ code: 'custom', path: ['referral', 'date'], message: '移送日期不能晚于登记日期' });
}

export const CaseRegistration = z
  .object({
    committeeId: recordId.nullish().transform((v) => v ?? null),
    registeredOn: calendarDate,
    riskLevel: riskLevel.default('blue'),
    /** The screening finding this case was registered from (主动调解), if any. */
    screeningFindingId: recordId.nullish().transform((v) => v ?? null),
    ...caseFields,
  })
  .superRefine((c, ctx) => {
    if (c.registeredOn > todayInChina()) ctx.addIssue({ code: 'custom', path: ['registeredOn'], message: '登记日期不能晚于今天' });
    checkCaseFields(c, ctx);
  });
/** An edit of a registration before archiving; the registration date and the committee stay as they were. */
export const CaseUpdate = z
  .object({
    id: recordId,
    version: z.number().int().min(1),
    registeredOn: calendarDate,
    ...caseFields,
  })
  .superRefine(checkCaseFields);
export type CaseUpdateInput = z.input<typeof CaseUpdate>;
export type CaseUpdate = z.output<typeof CaseUpdate>;

/** What a client sends to register a case. */
export type CaseRegistrationInput = z.input<typeof CaseRegistration>;
/** A registration after validation and normalisation. */
export type CaseRegistration = z.output<typeof CaseRegistration>;

export const Party = z.object({
  id: recordId,
  role: partyRole,
  kind: z.enum(['person', 'organization']),
  name: z.string(),
  sex: z.enum(['male', 'female']).nullable(),
  ethnicity: z.string().nullable(),
  birthDate: z.string().nullable(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  occupation: z.string().nullable(),
  address: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  representativeTitle: z.string().nullable(),
  agent: z.object({ kind: z.enum(['entrusted', 'statutory']), name: z.string(), phone: z.string().nullable() }).nullable(),
});
export type Party = z.infer<typeof Party>;

export const CaseDetail = z.object({
  id: recordId,
  number: z.string(),
  year: z.number().int(),
  serial: z.number().int(),
  committeeId: recordId,
  committeeName: z.string(),
  disputeType,
  source: caseSource,
  status: caseStatus,
  riskLevel,
  registeredOn: z.string(),
  occurredOn: z.string().nullable(),
  place: z.string().nullable(),
  facts: z.string(),
  requests: z.string().nullable(),
  referral: Referral.nullable(),
  parties: z.array(Party),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  progress: CaseProgress,
});
export type CaseDetail = z.infer<typeof CaseDetail>;

/** A row of the register list: personal data masked, parties as names only. */
export const CaseListItem = CaseDetail.pick({
  id: true,
  number: true,
  committeeName: true,
  disputeType: true,
  source: true,
  status: true,
  riskLevel: true,
  registeredOn: true,
}).extend({
  applicants: z.array(z.string()),
  respondents: z.array(z.string()),
  factsExcerpt: z.string(),
});
export type CaseListItem = z.infer<typeof CaseListItem>;

export const CaseListQuery = z
  .object({
    page: z.number({ error: '页码应为数字' }).int().min(1, '页码从1开始').default(1),
    pageSize: z.number({ error: '每页条数应为数字' }).int().min(1).max(200, '每页最多200条').default(20),
    committeeId: recordId.nullish(),
    disputeType: disputeType.nullish(),
    status: caseStatus.nullish(),
    riskLevel: riskLevel.nullish(),
    from: calendarDate.nullish(),
    to: calendarDate.nullish(),
    search: z.string().max(100, '搜索内容不能超过100个字').nullish(),
    attention: z.enum(ATTENTION_CODES, { error: '筛选条件不正确' }).nullish(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '开始日期不能晚于结束日期', path: ['to'] });
export type CaseListQueryInput = z.input<typeof CaseListQuery>;
export type CaseListQuery = z.output<typeof CaseListQuery>;

export const CasePage = z.object({
  items: z.array(CaseListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CasePage = z.infer<typeof CasePage>;

export const RegisteredCase = z.object({ id: recordId, number: z.string() });
export type RegisteredCase = z.infer<typeof RegisteredCase>;
