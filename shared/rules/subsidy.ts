// Which subsidy tier a case earns and how its amount is shared among its mediators (pure rules; the service
// reads the cases, this decides).
import type { SubsidyTier } from '../domain/subsidy.ts';
import type { RiskLevel } from '../domain/reference.ts';

export interface SubsidyCase {
  disputeType: string;
  riskLevel: RiskLevel;
  leaderCase: boolean;
  parties: number;
  amountFen: number | null;
}

const SEVERITY: Record<RiskLevel, number> = { red: 3, orange: 2, yellow: 1, blue: 0 };

/** The first tier whose every condition the case meets, or null. */
export function tierOf(c: SubsidyCase, tiers: readonly SubsidyTier[]): SubsidyTier | null {
  return (
    tiers.find(
      (t) =>
        (t.disputeTypes.length === 0 || (t.disputeTypes as readonly string[]).includes(c.disputeType)) &&
        (t.minRisk === null || SEVERITY[c.riskLevel] >= SEVERITY[t.minRisk]) &&
        (!t.leaderCase || c.leaderCase) &&
        (t.minParties === null || c.parties >= t.minParties) &&
        (t.minAmountFen === null || (c.amountFen ?? 0) >= t.minAmountFen),
    ) ?? null
  );
}

/**
 * Shares of `amountFen` among mediators (the lead first): `shares(10000, 3, 'equal')` → [3334, 3333, 3333];
 * with 'lead' the lead takes it all. Fen are never lost: the remainder goes to the lead.
 */
export function shares(amountFen: number, mediators: number, split: 'lead' | 'equal'): number[] {
  if (mediators === 0) return [];
  if (split === 'lead') return [amountFen, ...Array<number>(mediators - 1).fill(0)];
  const each = Math.floor(amountFen / mediators);
  return [amountFen - each * (mediators - 1), ...Array<number>(mediators - 1).fill(each)];
}
