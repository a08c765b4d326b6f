// The indexes the register's lists and statistics rely on, checked in SQLite's own query plans. The register
// runs no ANALYZE, so a plan depends on the schema alone and is the same on an empty register as on 100,000
// cases: a new index that a list's conditions happen to imply can take the list off its partial index (a
// home page once went from 4 ms to 85 ms that way). The benchmark measures the time; this pins the plans.
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { attentionList } from '../../services/caseList.ts';
import type { DB } from '../../services/db/schema.ts';
import { casesOfFigure } from '../../services/statistics/cases.ts';
import { statisticsReport } from '../../services/statistics/report.ts';
import type { Attention } from '../../shared/domain/case.ts';
import { testRegister } from '../helpers/register.ts';

/** The statements `work` runs, each with the indexes its plan searches. */
async function plans(work: (db: Kysely<DB>) => Promise<unknown>): Promise<{ sql: string; indexes: string[] }[]> {
  const { register } = await testRegister();
  const statements: { sql: string; parameters: readonly unknown[] }[] = [];
  const conn = new Database(register.databaseFile, { readonly: true });
  const spy = new Kysely<DB>({
    dialect: new SqliteDialect({ database: conn }),
    log: (event) => {
      statements.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  await work(spy);
  const out = statements.map((s) => ({
    sql: s.sql,
    indexes: (conn.prepare(`explain query plan ${s.sql}`).all(...s.parameters) as { detail: string }[]).flatMap((r) =>
      [...r.detail.matchAll(/USING (?:COVERING )?INDEX (\w+)/g)].map((m) => m[1]!),
    ),
  }));
  await spy.destroy();
  return out;
}

const CONTEXT = { today: '2026-11-29', reminderDays: 7, acceptanceDays: 3 };
const ATTENTION_INDEX: Record<Attention, string> = {
  awaiting_acceptance: 'cases_by_status',
  warnings: 'cases_by_risk',
  follow_up_overdue: 'cases_follow_up',
  follow_up_due_soon: 'cases_follow_up',
  confirmation_closing: 'cases_confirmation',
  performance_overdue: 'cases_performance',
  unarchived_closed: 'cases_unarchived',
};

describe('query plans', () => {
  it("keeps each of the home page's to-do lists on its own index", async () => {
    for (const [attention, index] of Object.entries(ATTENTION_INDEX)) {
      const [count] = await plans((db) => attentionList(db, attention as Attention, CONTEXT, 5));
      expect(count!.indexes, attention).toEqual([index]);
    }
  });

  it('reads the statistics by the dates they count by', async () => {
    const year = { from: '2025-01-01', to: '2025-12-31', committeeId: null };
    const report = await plans((db) => statisticsReport(db, year));
    const monthly = report.filter((s) => s.sql.includes('substr('));
    expect(monthly.map((s) => s.indexes)).toEqual([['cases_by_accepted'], ['cases_by_outcome']]);
    const [count] = await plans((db) =>
      casesOfFigure(db, { ...year, measure: 'succeeded', disputeType: null, source: null, page: 1, pageSize: 20 }),
    );
    expect(count!.indexes).toContain('cases_by_outcome');
  });
});
