// Mediation committees (人民调解委员会): the office's own and the ones whose records it keeps.
import { z } from '../zod.ts';
import { COMMITTEE_KIND_CODES } from './reference.ts';
import { areaCode, optionalText, phone, recordId, text } from './fields.ts';
import { ABBREVIATION_PATTERN } from '../rules/caseNumber.ts';

export const committeeKind = z.enum(COMMITTEE_KIND_CODES, { error: '请选择调委会类型' });

export const abbreviation = z
  .string({ error: '请填写案号简称' })
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, '请填写案号简称')
  .refine((s) => ABBREVIATION_PATTERN.test(s), '案号简称为1至10个汉字、字母或数字，不含空格和符号');

export const Committee = z.object({
  id: recordId,
  areaCode: z.string(),
  name: z.string(),
  kind: committeeKind,
  parentId: recordId.nullable(),
  abbreviation: z.string(),
  isOwn: z.boolean(),
  createdAt: z.string(),
  /** Printed on the committee's documents. */
  address: z.string().nullable(),
  phone: z.string().nullable(),
});
export type Committee = z.infer<typeof Committee>;

export const CommitteeInput = z.object({
  areaCode,
  name: text('调委会名称', 60, 2),
  kind: committeeKind,
  parentId: recordId.nullish().transform((v) => v ?? null),
  abbreviation,
  address: optionalText('地址', 100),
  phone,
});
export type CommitteeInput = z.input<typeof CommitteeInput>;
/** A committee input after validation. */
export type ParsedCommitteeInput = z.output<typeof CommitteeInput>;

export const CommitteeUpdate = z.object({
  id: recordId,
  version: z.number().int().min(1),
  areaCode,
  name: text('调委会名称', 60, 2),
  kind: committeeKind,
  parentId: recordId.nullish().transform((v) => v ?? null),
  /** May change only while the committee has no numbered case (a number once printed keeps its abbreviation). */
  abbreviation,
  address: optionalText('地址', 100),
  phone,
});
export type CommitteeUpdate = z.input<typeof CommitteeUpdate>;

/** A committee with its members (the roster's mediators who have not left) and where its staffing falls short. */
export const CommitteeOverview = Committee.extend({
  version: z.number().int(),
  parentName: z.string().nullable(),
  members: z.number().int(),
  fullTime: z.number().int(),
  posts: z.object({
    director: z.number().int(),
    deputy_director: z.number().int(),
    member: z.number().int(),
    mediator: z.number().int(),
  }),
  cases: z.number().int(),
  /** Staffing warnings in Chinese (empty when the committee meets the rules). */
  warnings: z.array(z.string()),
});
export type CommitteeOverview = z.infer<typeof CommitteeOverview>;
