// The subsidy sheet of a period (个案补贴核算表): the cases that earn a subsidy under the rules, the tier each
// earns, and each mediator's share, with the cases behind every line and the cases left out with the reason.
import { sql, type Kysely } from 'kysely';
import { SUBSIDY_OUTCOMES, type SubsidyItem, type SubsidyRules, type SubsidySheet } from '../../shared/domain/subsidy.ts';
import { labelOf, type RiskLevel } from '../../shared/domain/reference.ts';
import { shares, tierOf } from '../../shared/rules/subsidy.ts';
import type { DB } from '../db/schema.ts';
import { committeeCondition } from '../statistics/measures.ts';
import { committeesInScope, scopeName, type StatsScope } from '../statistics/report.ts';

interface CaseRow {
  id: string;
  number: string;
  dispute_type: string;
  risk_level: string;
  outcome: string;
  outcome_on: string;
  archived_on: string | null;
  leader_name: string | null;
  amount_fen: number | null;
  parties: number;
}

interface Line {
  mediatorId: string;
  name: string;
  committeeName: string;
  fullTime: boolean;
  cases: number;
  amountFen: number;
  items: SubsidyItem[];
}

export async function subsidySheet(db: Kysely<DB>, scope: StatsScope, rules: SubsidyRules): Promise<SubsidySheet> {
  const scoped = await committeesInScope(db, scope.committeeId);
  const committee = committeeCondition(scope.committeeId, 'c.committee_id');
  // The cases of the period by the rules' basis, and — so that the sheet can say why they are not paid — those
  // concluded in the period but not archived yet when the period is by archiving.
  const inPeriod =
    rules.basis === 'archive'
      ? sql`(c.archived_on between ${scope.from} and ${scope.to} or (c.archived_on is null and c.outcome_on between ${scope.from} and ${scope.to}))`
      : sql`c.outcome_on between ${scope.from} and ${scope.to}`;
  const cases = (
    await sql<CaseRow>`
      select c.id, c.number, c.dispute_type, c.risk_level, c.outcome, c.outcome_on, c.archived_on, c.leader_name, c.amount_fen,
        (select count(*) from parties p where p.case_id = c.id and p.deleted_at is null) as parties
      from cases c
      where c.deleted_at is null and c.outcome in ('written', 'oral', 'failed', 'terminated') and ${inPeriod} ${committee}
      order by coalesce(${rules.basis === 'archive' ? sql`c.archived_on` : sql`c.outcome_on`}, c.outcome_on), c.seq`.execute(db)
  ).rows;
  const paidOutcomes = new Set<string>(rules.outcomes);
  const archivedOnly = rules.requireArchived || rules.basis === 'archive';

  const assigned = await mediatorsOf(
    db,
    cases.map((c) => c.id),
  );
  const lines = new Map<string, Line>();
  const excluded: SubsidySheet['excluded'] = [];
  for (const c of cases) {
    if (!paidOutcomes.has(c.outcome)) {
      excluded.push({ caseId: c.id, number: c.number, reason: `${labelOf(SUBSIDY_OUTCOMES, c.outcome)}，不在补贴范围` });
      continue;
    }
    if (archivedOnly && !c.archived_on) {
      excluded.push({ caseId: c.id, number: c.number, reason: '尚未归档' });
      continue;
    }
    const tier = tierOf(
      {
        disputeType: c.dispute_type,
        riskLevel: c.risk_level as RiskLevel,
        leaderCase: c.leader_name !== null,
        parties: c.parties,
        amountFen: c.amount_fen,
      },
      rules.tiers,
    );
    if (!tier) {
      excluded.push({ caseId: c.id, number: c.number, reason: '不符合任何补贴档次' });
      continue;
    }
    const team = assigned.get(c.id) ?? [];
    if (team.length === 0) {
      excluded.push({ caseId: c.id, number: c.number, reason: '没有指派调解员' });
      continue;
    }
    const split = shares(tier.amountFen, team.length, rules.split);
    team.forEach((m, i) => {
      const share = split[i]!;
      if (share === 0 && rules.split === 'lead') return;
      const line = lines.get(m.id) ?? {
        mediatorId: m.id,
        name: m.name,
        committeeName: m.committeeName,
        fullTime: m.fullTime,
        cases: 0,
        amountFen: 0,
        items: [],
      };
      line.cases += 1;
      line.amountFen += share;
      line.items.push({
        caseId: c.id,
        number: c.number,
        disputeType: c.dispute_type,
        outcome: c.outcome,
        on: rules.basis === 'archive' ? c.archived_on! : c.outcome_on,
        tier: tier.label,
        caseAmountFen: tier.amountFen,
        shareFen: share,
        sharedWith: rules.split === 'lead' ? 1 : team.length,
      });
      lines.set(m.id, line);
    });
  }
  const sorted = [...lines.values()].sort(
    (a, b) => a.committeeName.localeCompare(b.committeeName, 'zh') || a.name.localeCompare(b.name, 'zh'),
  );
  const paidCases = new Set(sorted.flatMap((l) => l.items.map((i) => i.caseId)));
  return {
    from: scope.from,
    to: scope.to,
    scope: scopeName(scope.committeeId, scoped),
    rules,
    lines: sorted,
    totalFen: sorted.reduce((s, l) => s + l.amountFen, 0),
    cases: paidCases.size,
    excluded,
  };
}

interface Assigned {
  id: string;
  name: string;
  committeeName: string;
  fullTime: boolean;
}

/** The mediators of each case who did not withdraw, the lead first. */
async function mediatorsOf(db: Kysely<DB>, caseIds: string[]): Promise<Map<string, Assigned[]>> {
  const out = new Map<string, Assigned[]>();
  for (let i = 0; i < caseIds.length; i += 500) {
    const rows = await db
      .selectFrom('case_mediators as cm')
      .innerJoin('mediators as m', 'm.id', 'cm.mediator_id')
      .innerJoin('committees as k', 'k.id', 'm.committee_id')
      .select(['cm.case_id', 'm.id', 'm.name', 'm.full_time', 'k.name as committeeName', 'cm.lead', 'cm.assigned_on'])
      .where('cm.case_id', 'in', caseIds.slice(i, i + 500))
      .where('cm.recused_on', 'is', null)
      .orderBy('cm.case_id')
      .orderBy('cm.lead', 'desc')
      .orderBy('cm.assigned_on')
      .execute();
    for (const r of rows) {
      const list = out.get(r.case_id) ?? [];
      list.push({ id: r.id, name: r.name, committeeName: r.committeeName, fullTime: r.full_time === 1 });
      out.set(r.case_id, list);
    }
  }
  return out;
}
