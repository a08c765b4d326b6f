// What an agreement (人民调解协议书) still lacks before it can be finalised: the content 人民调解法 Art. 29 and
// domain.md require, named the way a clerk would look for it. An agreement with gaps is neither recorded
// as reached nor printed.
import type { Party } from '../domain/case.ts';
import type { Step } from '../domain/lifecycle.ts';
import { partyTitles } from './format.ts';

type WrittenAgreement = Extract<Step, { kind: 'agreement_written' }>;

const PERSON_FIELDS = [
  ['sex', '性别'],
  ['ethnicity', '民族'],
  ['birthDate', '出生日期'],
  ['idNumber', '身份证号码'],
  ['occupation', '职业'],
  ['address', '住址'],
  ['phone', '联系电话'],
] as const;
const ORGANIZATION_FIELDS = [
  ['address', '住所地'],
  ['legalRepresentative', '法定代表人'],
  ['representativeTitle', '法定代表人职务'],
] as const;

/** Each party's missing particulars, e.g. `申请人张三：民族、职业`. */
export function partyGaps(parties: readonly Party[]): string[] {
  const titles = partyTitles(parties);
  return parties.flatMap((p) => {
    const fields = p.kind === 'person' ? PERSON_FIELDS : ORGANIZATION_FIELDS;
    const missing = fields.filter(([key]) => !p[key]).map(([, label]) => label);
    return missing.length > 0 ? [`${titles.get(p.id) ?? ''}${p.name}的${missing.join('、')}`] : [];
  });
}

/**
 * Everything a written agreement still lacks, in the order it is printed; empty when it can be finalised.
 * @example agreementGaps(parties, step) // ['被申请人李四的民族、职业', '争议事项']
 */
export function agreementGaps(
  parties: readonly Party[],
  agreement: Pick<WrittenAgreement, 'disputedPoints' | 'responsibilities' | 'terms'>,
): string[] {
  const gaps = partyGaps(parties);
  if (!parties.some((p) => p.role === 'applicant')) gaps.push('申请人');
  if (!parties.some((p) => p.role === 'respondent')) gaps.push('被申请人');
  if (!agreement.disputedPoints) gaps.push('争议事项');
  if (!agreement.responsibilities) gaps.push('各方责任');
  if (agreement.terms.length === 0) gaps.push('协议条款');
  return gaps;
}

/** The refusal a clerk reads: what is missing and where to fill it in. */
export function agreementGapsMessage(gaps: readonly string[]): string {
  return `协议书内容不完整，不能定稿。缺少：${gaps.join('；')}。当事人信息请在“修改登记信息”中补全。`;
}
