// The API methods of the statistics and of the per-case subsidies.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Handlers } from '../dispatcher.ts';
import { recordRead } from '../changeLog.ts';
import { getSubsidyRules, setSubsidyRules } from '../subsidy/rules.ts';
import { subsidySheet } from '../subsidy/sheet.ts';
import { subsidyXlsx } from '../subsidy/xlsx.ts';
import { casesOfFigure } from './cases.ts';
import { statisticsReport } from './report.ts';
import { statisticsXlsx } from './xlsx.ts';

type StatisticsMethods = Extract<keyof Handlers, `stats.${string}` | `subsidy.${string}`>;

export function statisticsHandlers(db: Kysely<DB>): Pick<Handlers, StatisticsMethods> {
  return {
    'stats.report': async (q) => statisticsReport(db, q),
    'stats.cases': async (q) => casesOfFigure(db, q),
    'stats.exportXlsx': async (q, ctx) => {
      const file = await statisticsXlsx(await statisticsReport(db, q));
      await recordRead(
        db,
        ctx.actor,
        'register',
        'statistics',
        { from: q.from, to: q.to, committeeId: q.committeeId },
        new Date(),
        'export',
      );
      return file;
    },
    'subsidy.rules': async () => getSubsidyRules(db),
    'subsidy.setRules': async (rules, ctx) => setSubsidyRules(db, rules, ctx.actor),
    'subsidy.sheet': async (q) => subsidySheet(db, q, await getSubsidyRules(db)),
    'subsidy.exportXlsx': async (q, ctx) => {
      const file = await subsidyXlsx(await subsidySheet(db, q, await getSubsidyRules(db)));
      await recordRead(db, ctx.actor, 'register', 'subsidy', { from: q.from, to: q.to, committeeId: q.committeeId }, new Date(), 'export');
      return file;
    },
  };
}
