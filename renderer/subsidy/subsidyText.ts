// The subsidy rules in the clerk's words: how a case counts, who is paid, and each tier's conditions — for the
// editor's explanations and for the sheet's printed basis.
import { DISPUTE_TYPES, RISK_LEVELS, labelOf } from '../../shared/domain/reference.ts';
import { SUBSIDY_OUTCOMES, type SubsidyRules, type SubsidyTier } from '../../shared/domain/subsidy.ts';
import { yuan } from '../statistics/figures.ts';

export const BASIS_OPTIONS = [
  { value: 'outcome', label: '按结案日期', description: '调解结果（协议、调解不成、终止）的日期在期间内的案件' },
  { value: 'archive', label: '按归档日期', description: '归档日期在期间内的案件' },
] as const;

export const SPLIT_OPTIONS = [
  { value: 'lead', label: '包案调解员全额', description: '由主持调解的调解员领取这件案件的全部补贴' },
  { value: 'equal', label: '参与调解员平分', description: '由指派办理这件案件的调解员平均分配' },
] as const;

export function outcomeLabel(code: string): string {
  return labelOf(SUBSIDY_OUTCOMES, code);
}

/** `'橙色及以上预警；当事人10人以上'`, or '不限条件' for a tier that takes any case. */
export function tierConditionText(tier: SubsidyTier): string {
  const parts: string[] = [];
  if (tier.disputeTypes.length > 0) parts.push(tier.disputeTypes.map((t) => labelOf(DISPUTE_TYPES, t)).join('、'));
  if (tier.minRisk) {
    const risk = labelOf(RISK_LEVELS, tier.minRisk);
    parts.push(tier.minRisk === 'red' ? '红色预警' : `${risk}及以上预警`);
  }
  if (tier.leaderCase) parts.push('领导包案');
  if (tier.minParties !== null) parts.push(`当事人${tier.minParties}人以上`);
  if (tier.minAmountFen !== null) parts.push(`协议金额${yuan(tier.minAmountFen)}元以上`);
  return parts.length > 0 ? parts.join('；') : '不限条件';
}

/** The basis of a sheet in one paragraph, printed with it. */
export function rulesText(rules: SubsidyRules): string {
  const basis = rules.basis === 'archive' ? '按归档日期计入期间' : '按结案日期计入期间';
  const outcomes = rules.outcomes.map(outcomeLabel).join('、');
  const archived = rules.requireArchived ? '只计已归档的案件' : '未归档的案件也计';
  const split = rules.split === 'lead' ? '补贴由包案（主持调解的）调解员全额领取' : '补贴由参与调解员平分';
  const tiers = rules.tiers.map((t) => `${t.label}${yuan(t.amountFen)}元（${tierConditionText(t)}）`).join('，');
  return `${basis}；计发${outcomes}的案件；${archived}；${split}。补贴档次（依次比对，符合的第一档为准）：${tiers}。`;
}
