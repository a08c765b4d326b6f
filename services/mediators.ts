// The mediator roster (人民调解员名册): the people a case can be assigned to, with the fields of the 名册. Grade
// changes, trainings, honours and leaving (退出) are kept as history in services/mediatorRecords.ts.
import type { Kysely, Selectable } from 'kysely';
import type { Mediator, MediatorDetail, MediatorInput, MediatorQuery, MediatorUpdate } from '../shared/domain/mediator.ts';
import { MEDIATOR_POSTS } from '../shared/domain/mediator.ts';
import type { z } from '../shared/zod.ts';
import { AppError } from '../shared/errors.ts';
import { todayInChina } from '../shared/rules/dates.ts';
import { idNumberFacts, maskIdNumber } from '../shared/rules/idNumber.ts';
import { newId } from '../shared/rules/ids.ts';
import { appendChange } from './changeLog.ts';
import { immediateTransaction } from './db/open.ts';
import type { DB, MediatorsTable } from './db/schema.ts';
import { addGradeRow, mediatorHistory, notAfterToday, requireMediator } from './mediatorRecords.ts';
import { namePinyinTerms } from './search.ts';

type ParsedMediatorInput = z.output<typeof MediatorInput>;
type ParsedMediatorUpdate = z.output<typeof MediatorUpdate>;
type MediatorRow = Selectable<MediatorsTable> & { committeeName: string; isOwn: number; trainingHours: number | null };

const POST_RANK = new Map<string, number>(MEDIATOR_POSTS.map((p, i) => [p.code, i]));
const byPinyin = new Intl.Collator('zh-Hans-CN-u-co-pinyin');
const LATIN = /^[a-z]+$/;

/** Mediators with their committee's name and their training hours; callers narrow it down. */
function selectMediators(db: Kysely<DB>) {
  return db
    .selectFrom('mediators')
    .innerJoin('committees', 'committees.id', 'mediators.committee_id')
    .selectAll('mediators')
    .select(['committees.name as committeeName', 'committees.is_own as isOwn'])
    .select((eb) =>
      eb
        .selectFrom('mediator_trainings')
        .select((t) => t.fn.coalesce(t.fn.sum<number>('hours'), t.lit(0)).as('hours'))
        .whereRef('mediator_trainings.mediator_id', '=', 'mediators.id')
        .as('trainingHours'),
    )
    .where('mediators.deleted_at', 'is', null);
}

function toMediator(row: MediatorRow): Mediator {
  return {
    id: row.id,
    committeeId: row.committee_id,
    committeeName: row.committeeName,
    name: row.name,
    sex: row.sex as Mediator['sex'],
    ethnicity: row.ethnicity,
    birthDate: row.birth_date,
    idNumber: row.id_number,
    phone: row.phone,
    education: row.education as Mediator['education'],
    politicalStatus: row.political_status as Mediator['politicalStatus'],
    post: (row.post ?? 'mediator') as Mediator['post'],
    fullTime: row.full_time === 1,
    grade: row.grade as Mediator['grade'],
    joinedOn: row.joined_on,
    leftOn: row.left_on,
    leftReason: row.left_reason,
    occupation: row.occupation,
    note: row.note,
    initials: namePinyinTerms(row.name)[0] ?? '',
    trainingHours: Number(row.trainingHours ?? 0),
    version: row.version,
  };
}

/** Name or part of it; for Latin letters, the pinyin initials ('zs') or the pinyin ('zhangsan', 'san'). */
function matches(m: Mediator, search: string): boolean {
  const q = search.toLowerCase().replace(/\s+/g, '');
  if (q === '' || m.name.toLowerCase().includes(q)) return true;
  if (!LATIN.test(q)) return false;
  const [initials = '', full = ''] = namePinyinTerms(m.name);
  return initials.startsWith(q) || full.includes(q);
}

/**
 * The roster with ID numbers in full, sorted: the office's own committee first, then by committee, post and name
 * (in pinyin order). For the roster export, which is audited; the API's list is `listMediators`.
 */
export async function loadRoster(db: Kysely<DB>, query: MediatorQuery = {}): Promise<Mediator[]> {
  const rows = await selectMediators(db)
    .$if(query.committeeId != null, (q) => q.where('mediators.committee_id', '=', query.committeeId!))
    .$if(!query.includeLeft, (q) => q.where('mediators.left_on', 'is', null))
    .$if(query.post != null, (q) => q.where('mediators.post', '=', query.post!))
    .$if(query.fullTime != null, (q) => q.where('mediators.full_time', '=', query.fullTime ? 1 : 0))
    .execute();
  rows.sort(
    (a, b) =>
      b.isOwn - a.isOwn ||
      byPinyin.compare(a.committeeName, b.committeeName) ||
      (POST_RANK.get(a.post ?? 'mediator') ?? 9) - (POST_RANK.get(b.post ?? 'mediator') ?? 9) ||
      byPinyin.compare(a.name, b.name) ||
      (a.id < b.id ? -1 : 1),
  );
  const search = query.search ?? '';
  return rows.map(toMediator).filter((m) => matches(m, search));
}

/** The roster as lists show it, ID numbers masked: `listMediators(db, { search: 'zs' })` → 张三, 张硕… (not left). */
export async function listMediators(db: Kysely<DB>, query: MediatorQuery = {}): Promise<Mediator[]> {
  return (await loadRoster(db, query)).map((m) => ({ ...m, idNumber: m.idNumber && maskIdNumber(m.idNumber) }));
}

/** One mediator's whole record, the ID number in full: grade history (newest first), trainings, honours, cases. */
export async function getMediator(db: Kysely<DB>, id: string): Promise<MediatorDetail> {
  const row = await selectMediators(db).where('mediators.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', '没有找到这名调解员');
  return { ...toMediator(row), ...(await mediatorHistory(db, id)), cases: await caseCounts(db, id) };
}

/** Cases the mediator is or was on (a recusal, 回避, does not count): all, still open, mediated to an agreement. */
async function caseCounts(db: Kysely<DB>, mediatorId: string): Promise<MediatorDetail['cases']> {
  const row = await db
    .selectFrom('cases')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('archived_on', 'is', null), eb('outcome', 'is', null)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('open'),
      eb.fn.sum<number>(eb.case().when('outcome', 'in', ['written', 'oral']).then(1).else(0).end()).as('succeeded'),
    ])
    .where('deleted_at', 'is', null)
    .where('id', 'in', (eb) =>
      eb.selectFrom('case_mediators').select('case_id').where('mediator_id', '=', mediatorId).where('recused_on', 'is', null),
    )
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), open: Number(row.open ?? 0), succeeded: Number(row.succeeded ?? 0) };
}

async function requireCommittee(trx: Kysely<DB>, committeeId: string): Promise<void> {
  const found = await trx
    .selectFrom('committees')
    .select('id')
    .where('id', '=', committeeId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!found) throw new AppError('VALIDATION', '所选调委会不存在', [{ path: 'committeeId', message: '所选调委会不存在，请重新选择' }]);
}

type PersonFields = Pick<ParsedMediatorInput, 'idNumber' | 'birthDate' | 'sex' | 'joinedOn'>;

/**
 * Dates not after today, joined after birth; sex and birth date agree with a valid ID number (and are taken
 * from it when left empty, as for a party).
 */
function checkPerson<T extends PersonFields>(input: T, today: string, leftOn: string | null): T {
  notAfterToday(input.birthDate, 'birthDate', '出生日期', today);
  notAfterToday(input.joinedOn, 'joinedOn', '加入日期', today);
  let { sex, birthDate } = input;
  if (input.idNumber) {
    const fromId = idNumberFacts(input.idNumber);
    if (birthDate && birthDate !== fromId.birthDate)
      throw new AppError('VALIDATION', '出生日期与身份证号码不一致', [{ path: 'birthDate', message: '出生日期与身份证号码不一致' }]);
    if (sex && sex !== fromId.sex)
      throw new AppError('VALIDATION', '性别与身份证号码不一致', [{ path: 'sex', message: '性别与身份证号码不一致' }]);
    birthDate = fromId.birthDate;
    sex = fromId.sex;
  }
  if (birthDate && input.joinedOn && input.joinedOn <= birthDate)
    throw new AppError('VALIDATION', '加入日期早于出生日期', [{ path: 'joinedOn', message: '加入日期应晚于出生日期，请核对' }]);
  if (leftOn && input.joinedOn && input.joinedOn > leftOn)
    throw new AppError('VALIDATION', '加入日期晚于退出日期', [{ path: 'joinedOn', message: `加入日期不能晚于退出日期（${leftOn}）` }]);
  return { ...input, sex, birthDate };
}

/** The columns of the roster form (MediatorFields). */
function fieldColumns(m: Omit<ParsedMediatorUpdate, 'id' | 'version'>) {
  return {
    committee_id: m.committeeId,
    name: m.name,
    sex: m.sex,
    ethnicity: m.ethnicity,
    birth_date: m.birthDate,
    id_number: m.idNumber,
    phone: m.phone,
    education: m.education,
    political_status: m.politicalStatus,
    post: m.post,
    full_time: m.fullTime ? 1 : 0,
    joined_on: m.joinedOn,
    occupation: m.occupation,
    note: m.note,
  };
}

/**
 * Adds mediators to the roster in one transaction; a grade given is the first row of the grade history (since
 * `gradeSince`, or the day they joined). Returns them as the list shows them.
 */
export async function addMediators(db: Kysely<DB>, inputs: ParsedMediatorInput[], actor: string, now = new Date()): Promise<Mediator[]> {
  const today = todayInChina(now);
  const ids = await immediateTransaction(db, async (trx) => {
    const added: string[] = [];
    for (const raw of inputs) {
      await requireCommittee(trx, raw.committeeId);
      const input = checkPerson(raw, today, null);
      notAfterToday(input.gradeSince, 'gradeSince', '评定等级的日期', today);
      const at = now.toISOString();
      const id = newId(now.getTime());
      await trx
        .insertInto('mediators')
        .values({
          id,
          ...fieldColumns(input),
          grade: null,
          left_on: null,
          left_reason: null,
          created_at: at,
          updated_at: at,
          deleted_at: null,
        })
        .execute();
      if (input.grade) await addGradeRow(trx, id, { grade: input.grade, since: input.gradeSince ?? input.joinedOn!, note: null }, at);
      await appendChange(trx, { actor, at, entity: 'mediator', entityId: id, action: 'create', data: input });
      added.push(id);
    }
    return added;
  });
  const byId = new Map((await listMediators(db, { includeLeft: true })).map((m) => [m.id, m]));
  return ids.map((id) => byId.get(id)!);
}

/** Edits the roster fields; refused when someone else saved the mediator since it was opened (`version`). */
export async function updateMediator(db: Kysely<DB>, input: ParsedMediatorUpdate, actor: string, now = new Date()): Promise<void> {
  await immediateTransaction(db, async (trx) => {
    const row = await requireMediator(trx, input.id);
    if (row.version !== input.version) throw new AppError('CONFLICT', '这名调解员的信息刚被其他人修改过，请重新打开后再改');
    await requireCommittee(trx, input.committeeId);
    const checked = checkPerson(input, todayInChina(now), row.left_on);
    const after = fieldColumns(checked);
    const before = Object.fromEntries(Object.keys(after).map((k) => [k, row[k as keyof typeof after]]));
    const fields = Object.keys(after).filter((k) => before[k] !== after[k as keyof typeof after]);
    if (fields.length === 0) return;
    const at = now.toISOString();
    await trx
      .updateTable('mediators')
      .set((eb) => ({ ...after, updated_at: at, version: eb('version', '+', 1) }))
      .where('id', '=', input.id)
      .execute();
    await appendChange(trx, {
      actor,
      at,
      entity: 'mediator',
      entityId: input.id,
      action: 'update',
      data: { fields, before: Object.fromEntries(fields.map((k) => [k, before[k]])), after: checked },
    });
  });
}
