// A mediator's kept history: grade changes (等级评定), trainings (培训), honours (考核评议, 表彰奖励) and leaving
// (退出). Each is added, never rewritten, so the roster can show how a mediator got where they are; one who
// left stays in the roster with the past cases.
import type { Kysely, Selectable } from 'kysely';
import type { GradeInput, HonourInput, LeaveInput, MediatorDetail, TrainingInput } from '../shared/domain/mediator.ts';
import type { z } from '../shared/zod.ts';
import { AppError } from '../shared/errors.ts';
import { todayInChina } from '../shared/rules/dates.ts';
import { newId } from '../shared/rules/ids.ts';
import { appendChange } from './changeLog.ts';
import { immediateTransaction } from './db/open.ts';
import type { DB, MediatorsTable } from './db/schema.ts';

type ParsedGrade = z.output<typeof GradeInput>;
type ParsedTraining = z.output<typeof TrainingInput>;
type ParsedHonour = z.output<typeof HonourInput>;
type ParsedLeave = z.output<typeof LeaveInput>;
type History = Pick<MediatorDetail, 'grades' | 'trainings' | 'honours'>;

/** Refuses a date after today (a roster records what happened), naming the field. */
export function notAfterToday(date: string | null, path: string, label: string, today: string): void {
  if (date && date > today) throw new AppError('VALIDATION', `${label}不能晚于今天`, [{ path, message: `${label}不能晚于今天` }]);
}

export async function requireMediator(trx: Kysely<DB>, id: string): Promise<Selectable<MediatorsTable>> {
  const row = await trx.selectFrom('mediators').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', '没有找到这名调解员');
  return row;
}

/**
 * Adds a row to the grade history and sets the mediator's grade to the latest one by `since` (a grade entered
 * late, for an earlier year, does not overwrite the current one).
 */
export async function addGradeRow(trx: Kysely<DB>, mediatorId: string, g: Omit<ParsedGrade, 'mediatorId'>, at: string): Promise<void> {
  await trx
    .insertInto('mediator_grades')
    .values({ id: newId(Date.parse(at)), mediator_id: mediatorId, grade: g.grade, since: g.since, note: g.note, recorded_at: at })
    .execute();
  const latest = await trx
    .selectFrom('mediator_grades')
    .select('grade')
    .where('mediator_id', '=', mediatorId)
    .orderBy('since', 'desc')
    .orderBy('recorded_at', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  await trx.updateTable('mediators').set({ grade: latest.grade }).where('id', '=', mediatorId).execute();
}

/** A grade change (评定、晋升或降级), in the caller's write transaction. */
export async function writeGrade(trx: Kysely<DB>, input: ParsedGrade, actor: string, now: Date): Promise<void> {
  await requireMediator(trx, input.mediatorId);
  notAfterToday(input.since, 'since', '评定日期', todayInChina(now));
  const at = now.toISOString();
  await addGradeRow(trx, input.mediatorId, input, at);
  // The mediator's row changed (its grade): an edit form opened before must reload.
  await trx
    .updateTable('mediators')
    .set((eb) => ({ updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', input.mediatorId)
    .execute();
  await appendChange(trx, { actor, at, entity: 'mediator', entityId: input.mediatorId, action: 'grade', data: input });
}

/** A training attended, in the caller's write transaction. */
export async function writeTraining(trx: Kysely<DB>, input: ParsedTraining, actor: string, now: Date): Promise<void> {
  await requireMediator(trx, input.mediatorId);
  notAfterToday(input.on, 'on', '培训日期', todayInChina(now));
  const at = now.toISOString();
  await trx
    .insertInto('mediator_trainings')
    .values({
      id: newId(now.getTime()),
      mediator_id: input.mediatorId,
      on_date: input.on,
      hours: input.hours,
      subject: input.subject,
      organiser: input.organiser,
      recorded_at: at,
    })
    .execute();
  await appendChange(trx, { actor, at, entity: 'mediator', entityId: input.mediatorId, action: 'training', data: input });
}

/** An evaluation (年度考核) or an award (表彰), in the caller's write transaction. */
export async function writeHonour(trx: Kysely<DB>, input: ParsedHonour, actor: string, now: Date): Promise<void> {
  await requireMediator(trx, input.mediatorId);
  notAfterToday(input.on, 'on', input.kind === 'evaluation' ? '考核日期' : '表彰日期', todayInChina(now));
  const at = now.toISOString();
  await trx
    .insertInto('mediator_honours')
    .values({
      id: newId(now.getTime()),
      mediator_id: input.mediatorId,
      kind: input.kind,
      on_date: input.on,
      title: input.title,
      result: input.kind === 'evaluation' ? input.result : null,
      issuer: input.issuer,
      recorded_at: at,
    })
    .execute();
  await appendChange(trx, { actor, at, entity: 'mediator', entityId: input.mediatorId, action: 'honour', data: input });
}

export const recordGrade = (db: Kysely<DB>, input: ParsedGrade, actor: string, now = new Date()) =>
  immediateTransaction(db, (trx) => writeGrade(trx, input, actor, now));
export const recordTraining = (db: Kysely<DB>, input: ParsedTraining, actor: string, now = new Date()) =>
  immediateTransaction(db, (trx) => writeTraining(trx, input, actor, now));
export const recordHonour = (db: Kysely<DB>, input: ParsedHonour, actor: string, now = new Date()) =>
  immediateTransaction(db, (trx) => writeHonour(trx, input, actor, now));

/**
 * 退出: the mediator stays in the roster with the past cases and can no longer be assigned from `on`
 * (services/lifecycle.ts). Refused twice, before joining, or on or before the last day they were assigned a case.
 */
export async function writeLeave(trx: Kysely<DB>, input: ParsedLeave, actor: string, now: Date): Promise<void> {
  const row = await requireMediator(trx, input.id);
  if (row.left_on) throw new AppError('CONFLICT', `${row.name}已于${row.left_on}退出，不能重复办理退出`);
  notAfterToday(input.on, 'on', '退出日期', todayInChina(now));
  if (row.joined_on && input.on < row.joined_on)
    throw new AppError('VALIDATION', '退出日期早于加入日期', [{ path: 'on', message: `退出日期不能早于加入日期（${row.joined_on}）` }]);
  const last = await trx
    .selectFrom('case_mediators')
    .innerJoin('cases', 'cases.id', 'case_mediators.case_id')
    .select((eb) => eb.fn.max('case_mediators.assigned_on').as('on'))
    .where('case_mediators.mediator_id', '=', input.id)
    .where('cases.deleted_at', 'is', null)
    .executeTakeFirst();
  if (last?.on && input.on <= last.on)
    throw new AppError('VALIDATION', '退出日期早于最近一次指派', [
      { path: 'on', message: `${row.name}在${last.on}还被指派办案，退出日期应在此之后` },
    ]);
  const at = now.toISOString();
  await trx
    .updateTable('mediators')
    .set((eb) => ({ left_on: input.on, left_reason: input.reason, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', input.id)
    .execute();
  await appendChange(trx, {
    actor,
    at,
    entity: 'mediator',
    entityId: input.id,
    action: 'leave',
    data: { on: input.on, reason: input.reason },
  });
}

export async function leaveMediator(db: Kysely<DB>, input: ParsedLeave, actor: string, now = new Date()): Promise<void> {
  await immediateTransaction(db, (trx) => writeLeave(trx, input, actor, now));
}

/** A mediator's grades, trainings and honours, newest first. */
export async function mediatorHistory(db: Kysely<DB>, mediatorId: string): Promise<History> {
  const [grades, trainings, honours] = await Promise.all([
    db
      .selectFrom('mediator_grades')
      .select(['id', 'grade', 'since', 'note'])
      .where('mediator_id', '=', mediatorId)
      .orderBy('since', 'desc')
      .orderBy('recorded_at', 'desc')
      .execute(),
    db
      .selectFrom('mediator_trainings')
      .select(['id', 'on_date', 'hours', 'subject', 'organiser'])
      .where('mediator_id', '=', mediatorId)
      .orderBy('on_date', 'desc')
      .orderBy('recorded_at', 'desc')
      .execute(),
    db
      .selectFrom('mediator_honours')
      .select(['id', 'kind', 'on_date', 'title', 'result', 'issuer'])
      .where('mediator_id', '=', mediatorId)
      .orderBy('on_date', 'desc')
      .orderBy('recorded_at', 'desc')
      .execute(),
  ]);
  return {
    grades: grades.map((g) => ({ ...g, grade: g.grade as History['grades'][number]['grade'] })),
    trainings: trainings.map(({ on_date, ...t }) => ({ ...t, on: on_date })),
    honours: honours.map(({ on_date, ...h }) => ({
      ...h,
      on: on_date,
      kind: h.kind as History['honours'][number]['kind'],
      result: h.result as History['honours'][number]['result'],
    })),
  };
}
