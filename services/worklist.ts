// The clerk's work for today (今日工作) and the warnings board (预警台账), from the register's to-do filters.
import type { Kysely } from 'kysely';
import { ATTENTION_CODES } from '../shared/domain/case.ts';
import type { LifecycleConfig } from '../shared/domain/config.ts';
import type { WarningItem, Worklist } from '../shared/domain/worklist.ts';
import type { RiskLevel } from '../shared/domain/reference.ts';
import { addDays, todayInChina } from '../shared/rules/dates.ts';
import { attentionList, type AttentionContext } from './caseList.ts';
import type { DB } from './db/schema.ts';
import { screeningOverview } from './screening.ts';

const ITEMS_PER_SECTION = 10;
const WARNINGS_LIMIT = 500;
const SCREENING_PERIODS = 8;

export function attentionContext(config: LifecycleConfig, now = new Date()): AttentionContext {
  return { today: todayInChina(now), reminderDays: config.reminderDays, acceptanceDays: config.acceptanceDays };
}

export async function workToday(db: Kysely<DB>, config: LifecycleConfig, now = new Date()): Promise<Worklist> {
  const ctx = attentionContext(config, now);
  const sections = await db.connection().execute(async (conn) => {
    const out: Worklist['sections'] = [];
    for (const attention of ATTENTION_CODES) out.push({ attention, ...(await attentionList(conn, attention, ctx, ITEMS_PER_SECTION)) });
    return out;
  });
  const screening = (await screeningOverview(db, null, SCREENING_PERIODS, config, now))
    .map((c) => ({
      committeeId: c.committeeId,
      committeeName: c.committeeName,
      missing: c.periods.filter((p) => p.status === 'missing').map((p) => ({ start: p.start, label: p.label })),
    }))
    .filter((c) => c.missing.length > 0);
  return { today: ctx.today, sections, screening };
}

/** Red and orange cases not yet archived, red first, with why they were raised and who leads them. */
export async function warningsBoard(
  db: Kysely<DB>,
  config: LifecycleConfig,
  committeeId: string | null,
  now = new Date(),
): Promise<WarningItem[]> {
  const ctx = attentionContext(config, now);
  return db.connection().execute(async (conn) => {
    const { items } = await attentionList(conn, 'warnings', ctx, WARNINGS_LIMIT, committeeId);
    if (items.length === 0) return [];
    const ids = items.map((i) => i.caseId);
    const cases = await conn.selectFrom('cases').select(['id', 'registered_on', 'leader_name']).where('id', 'in', ids).execute();
    const risks = await conn
      .selectFrom('case_events')
      .select(['case_id', 'data', 'on_date'])
      .where('kind', '=', 'risk')
      .where('case_id', 'in', ids)
      .orderBy('seq')
      .execute();
    const lastRisk = new Map(risks.map((r) => [r.case_id, { ...(JSON.parse(r.data) as { reason: string }), on: r.on_date }]));
    const caseRow = new Map(cases.map((c) => [c.id, c]));
    return items.map((item) => {
      const row = caseRow.get(item.caseId)!;
      const risk = lastRisk.get(item.caseId);
      const raisedOn = risk?.on ?? row.registered_on;
      const reviewDays = config.warnings[item.riskLevel as RiskLevel].reviewDays;
      return {
        ...item,
        reason: risk?.reason ?? null,
        raisedOn,
        leader: row.leader_name,
        reviewDue: reviewDays > 0 ? addDays(raisedOn, reviewDays) : null,
      };
    });
  });
}
