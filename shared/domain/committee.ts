// Mediation committees (人民调解委员会): the office's own and the ones whose records it keeps.
import { z } from '../zod.ts';
import { COMMITTEE_KIND_CODES } from './reference.ts';
import { areaCode, recordId, text } from './fields.ts';
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
});
export type Committee = z.infer<typeof Committee>;

export const CommitteeInput = z.object({
  areaCode,
  name: text('调委会名称', 60, 2),
  kind: committeeKind,
  parentId: recordId.nullish().transform((v) => v ?? null),
  abbreviation,
});
export type CommitteeInput = z.input<typeof CommitteeInput>;
/** A committee input after validation. */
export type ParsedCommitteeInput = z.output<typeof CommitteeInput>;
