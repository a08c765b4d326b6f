// The subsidy rules editor's state (amounts as the clerk types them, in yuan) and the `subsidy.setRules` input it
// makes (in fen), checked with the contract's own schema so that the server's field errors land on the same
// paths ('tiers.1.amountFen').
import { contract, type ParsedInput } from '../../shared/api/contract.ts';
import type { DisputeType, RiskLevel } from '../../shared/domain/reference.ts';
import type { SubsidyRules } from '../../shared/domain/subsidy.ts';
import { fenToYuanText, yuanToFen } from '../casefile/money.ts';
import { issuesToErrors, type FieldErrors } from '../common/fieldErrors.ts';

export type SubsidyOutcome = SubsidyRules['outcomes'][number];

export interface TierDraft {
  /** A stable React key while tiers are added, moved and removed. */
  key: number;
  label: string;
  /** Yuan, as typed. */
  amount: string;
  disputeTypes: DisputeType[];
  minRisk: RiskLevel | null;
  leaderCase: boolean;
  /** As typed; empty: any. */
  minParties: string;
  /** Yuan, as typed; empty: any. */
  minAmount: string;
}

export interface RulesDraft {
  basis: SubsidyRules['basis'];
  outcomes: SubsidyOutcome[];
  requireArchived: boolean;
  split: SubsidyRules['split'];
  tiers: TierDraft[];
}

let nextKey = 1;

export function emptyTier(): TierDraft {
  return { key: nextKey++, label: '', amount: '', disputeTypes: [], minRisk: null, leaderCase: false, minParties: '', minAmount: '' };
}

export function draftOf(rules: SubsidyRules): RulesDraft {
  return {
    basis: rules.basis,
    outcomes: [...rules.outcomes],
    requireArchived: rules.requireArchived,
    split: rules.split,
    tiers: rules.tiers.map((t) => ({
      key: nextKey++,
      label: t.label,
      amount: fenToYuanText(t.amountFen),
      disputeTypes: [...t.disputeTypes],
      minRisk: t.minRisk,
      leaderCase: t.leaderCase,
      minParties: t.minParties === null ? '' : String(t.minParties),
      minAmount: fenToYuanText(t.minAmountFen),
    })),
  };
}

/** Moves the tier at `from` one place up (-1) or down (+1). */
export function moveTier(tiers: TierDraft[], from: number, by: -1 | 1): TierDraft[] {
  const to = from + by;
  if (to < 0 || to >= tiers.length) return tiers;
  const next = [...tiers];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** Errors of single tiers no longer point at the right one once the list shifts. */
export function withoutTierErrors(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => !/^tiers\.\d/.test(path)));
}

const AMOUNT_FORMAT = '请填写金额（元），如 100 或 100.50';

/** Every problem of the draft by field path, and the input when there is none. */
export function checkRules(d: RulesDraft): { errors: FieldErrors; input: ParsedInput<'subsidy.setRules'> | null } {
  const local: FieldErrors = {};
  const tiers = d.tiers.map((t, i) => {
    const amountFen = yuanToFen(t.amount);
    if (amountFen === null) local[`tiers.${i}.amountFen`] = '请填写补贴金额';
    else if (amountFen === undefined) local[`tiers.${i}.amountFen`] = AMOUNT_FORMAT;
    const minAmountFen = yuanToFen(t.minAmount);
    if (minAmountFen === undefined) local[`tiers.${i}.minAmountFen`] = AMOUNT_FORMAT;
    const parties = t.minParties.trim();
    if (parties !== '' && !/^\d+$/.test(parties)) local[`tiers.${i}.minParties`] = '人数应为整数';
    return {
      label: t.label,
      amountFen: amountFen ?? undefined,
      disputeTypes: t.disputeTypes,
      minRisk: t.minRisk,
      leaderCase: t.leaderCase,
      minParties: parties === '' ? null : /^\d+$/.test(parties) ? Number(parties) : undefined,
      minAmountFen: minAmountFen === undefined ? undefined : minAmountFen,
    };
  });
  const parsed = contract['subsidy.setRules'].input.safeParse({
    basis: d.basis,
    outcomes: d.outcomes,
    requireArchived: d.requireArchived,
    split: d.split,
    tiers,
  });
  const errors = { ...(parsed.success ? {} : issuesToErrors(parsed.error.issues)), ...local };
  return { errors, input: parsed.success && Object.keys(errors).length === 0 ? parsed.data : null };
}
