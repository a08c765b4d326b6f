// The parties of a ledger row: a cell may name several people ('张三、李四') with their ID numbers and phones in
// the same order; a name that reads as a company or other body becomes an organisation.
import type { PartyInput } from '../../shared/domain/case.ts';
import type { LedgerField } from '../../shared/domain/ledger.ts';
import { cellText, type LedgerCell } from '../../shared/rules/ledgerValues.ts';

export type Role = 'applicant' | 'respondent';
type Attribute = 'Name' | 'IdNumber' | 'Phone' | 'Address';

/** A problem of a row, with the field it is about (null when it concerns no one column). */
export interface RowProblem {
  field: LedgerField | null;
  message: string;
}

const LIST_SEPARATORS = /[、，,;；/\n]+/;
const ORGANISATION =
  /(公司|集团|有限|厂|商行|超市|中心|委员会|物业|医院|卫生院|诊所|学校|学院|幼儿园|银行|合作社|协会|酒店|饭店|宾馆|事务所|工作室|项目部|车队|管理处|服务站|经营部|门市部|店)$/;

const ROLE_LABEL: Record<Role, string> = { applicant: '申请人', respondent: '被申请人' };

export function fieldOf(role: Role, attribute: Attribute): LedgerField {
  return `${role}${attribute}`;
}

export function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** True for names such as '南京某某物业管理有限公司' or '梅园新村社区居民委员会'. */
export function looksLikeOrganisation(name: string): boolean {
  return [...name].length >= 4 && ORGANISATION.test(name);
}

/**
 * The parties of one side, from the cells of its name, ID number, phone and address columns. ID numbers and
 * phones listed for several names must be as many as the names; an ID number Excel turned into a number has
 * lost its last digits and is refused.
 */
export function partiesOf(role: Role, cell: (field: LedgerField) => LedgerCell, problems: RowProblem[]): PartyInput[] {
  const names = splitList(cellText(cell(fieldOf(role, 'Name'))));
  if (names.length === 0) {
    problems.push({ field: fieldOf(role, 'Name'), message: `请填写${ROLE_LABEL[role]}姓名` });
    return [];
  }
  const list = (attribute: 'IdNumber' | 'Phone', label: string): (string | null)[] => {
    const raw = cell(fieldOf(role, attribute));
    // Excel shows an 18-digit number as 1.10105E+17 and keeps only 15 digits of it; a csv saved then has that text.
    if (attribute === 'IdNumber' && (typeof raw === 'number' || /^\d(\.\d+)?e\+\d+$/i.test(cellText(raw)))) {
      problems.push({
        field: fieldOf(role, attribute),
        message: '身份证号码被Excel存成了数字，末几位已丢失：请把该列设为“文本”格式后重新录入',
      });
      return names.map(() => null);
    }
    const values = splitList(cellText(raw));
    if (values.length === 0) return names.map(() => null);
    if (values.length !== names.length) {
      problems.push({
        field: fieldOf(role, attribute),
        message: `${ROLE_LABEL[role]}有${names.length}人，${label}却有${values.length}个，无法一一对应`,
      });
      return names.map(() => null);
    }
    return values;
  };
  const ids = list('IdNumber', '身份证号码');
  const phones = list('Phone', '电话');
  const address = cellText(cell(fieldOf(role, 'Address'))) || null;
  return names.map((name, i): PartyInput => {
    const idNumber = ids[i] ?? null;
    if (!idNumber && looksLikeOrganisation(name)) return { role, kind: 'organization', name, phone: phones[i] ?? null, address };
    return { role, kind: 'person', name, idNumber, phone: phones[i] ?? null, address };
  });
}
