// Committees: the office's own (chosen at first-run setup) and the ones whose records it keeps.
import type { Kysely } from 'kysely';
import type { Committee, CommitteeOverview, CommitteeUpdate, ParsedCommitteeInput } from '../shared/domain/committee.ts';
import type { LifecycleConfig } from '../shared/domain/config.ts';
import type { z } from '../shared/zod.ts';
import { AppError } from '../shared/errors.ts';
import { newId } from '../shared/rules/ids.ts';
import { staffingWarnings } from '../shared/rules/staffing.ts';
import { appendChange } from './changeLog.ts';
import { immediateTransaction } from './db/open.ts';
import type { CommitteeRow, DB } from './db/schema.ts';

function toCommittee(row: CommitteeRow): Committee {
  return {
    id: row.id,
    areaCode: row.area_code,
    name: row.name,
    kind: row.kind as Committee['kind'],
    parentId: row.parent_id,
    abbreviation: row.abbreviation,
    isOwn: row.is_own === 1,
    createdAt: row.created_at,
    address: row.address,
    phone: row.phone,
  };
}

export async function listCommittees(db: Kysely<DB>): Promise<Committee[]> {
  const rows = await db
    .selectFrom('committees')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('is_own', 'desc')
    .orderBy('name')
    .execute();
  return rows.map(toCommittee);
}

export async function ownCommittee(db: Kysely<DB>): Promise<Committee | null> {
  const row = await db.selectFrom('committees').selectAll().where('is_own', '=', 1).executeTakeFirst();
  return row ? toCommittee(row) : null;
}

export async function getCommittee(db: Kysely<DB>, id: string): Promise<Committee | null> {
  const row = await db.selectFrom('committees').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toCommittee(row) : null;
}

/** First-run setup: records the office's own committee. Refused once done. */
export async function completeSetup(db: Kysely<DB>, input: ParsedCommitteeInput, actor: string, now = new Date()): Promise<Committee> {
  return immediateTransaction(db, async (trx) => {
    if (await ownCommittee(trx)) throw new AppError('ALREADY_SET_UP', '本机已完成初始设置，调委会信息请在“设置”中查看。');
    return insertCommittee(trx, input, true, actor, now);
  });
}

/** Adds a committee whose records this office keeps; it hangs under the office's own unless told otherwise. */
export async function addCommittee(db: Kysely<DB>, input: ParsedCommitteeInput, actor: string, now = new Date()): Promise<Committee> {
  return immediateTransaction(db, async (trx) => {
    const own = await ownCommittee(trx);
    if (!own) throw new AppError('NOT_SET_UP', '尚未完成初始设置：请先选择本调委会（设置向导或命令 init）。');
    const clash = await trx
      .selectFrom('committees')
      .select('name')
      .where('abbreviation', '=', input.abbreviation)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (clash)
      throw new AppError('VALIDATION', '案号简称已被使用', [
        { path: 'abbreviation', message: `案号简称“${input.abbreviation}”已被${clash.name}使用，两个调委会的案号会混淆` },
      ]);
    return insertCommittee(trx, { ...input, parentId: input.parentId ?? own.id }, false, actor, now);
  });
}

export async function insertCommittee(
  trx: Kysely<DB>,
  input: ParsedCommitteeInput,
  isOwn: boolean,
  actor: string,
  now: Date,
): Promise<Committee> {
  if (input.parentId && !(await getCommittee(trx, input.parentId)))
    throw new AppError('VALIDATION', '上级调委会不存在', [{ path: 'parentId', message: '上级调委会不存在' }]);
  const at = now.toISOString();
  const row: CommitteeRow = {
    id: newId(now.getTime()),
    area_code: input.areaCode,
    name: input.name,
    kind: input.kind,
    parent_id: input.parentId,
    abbreviation: input.abbreviation,
    is_own: isOwn ? 1 : 0,
    created_at: at,
    updated_at: at,
    version: 1,
    deleted_at: null,
    address: input.address,
    phone: input.phone,
  };
  await trx.insertInto('committees').values(row).execute();
  const committee = toCommittee(row);
  await appendChange(trx, { actor, at, entity: 'committee', entityId: row.id, action: 'create', data: committee });
  return committee;
}

/**
 * Every committee with its staffing (mediators who have not left, full-time ones, posts), its cases and what
 * falls short of `config.staffing`: a township committee with one full-time mediator gets
 * `['专职调解员1名，少于要求的2名']`.
 */
export async function committeesOverview(db: Kysely<DB>, config: Pick<LifecycleConfig, 'staffing'>): Promise<CommitteeOverview[]> {
  const committees = await db
    .selectFrom('committees as c')
    .leftJoin('committees as parent', 'parent.id', 'c.parent_id')
    .selectAll('c')
    .select('parent.name as parentName')
    .where('c.deleted_at', 'is', null)
    .orderBy('c.is_own', 'desc')
    .orderBy('c.name')
    .execute();
  const staff = await db
    .selectFrom('mediators')
    .select(['committee_id', 'post', (eb) => eb.fn.countAll<number>().as('members'), (eb) => eb.fn.sum<number>('full_time').as('fullTime')])
    .where('deleted_at', 'is', null)
    .where('left_on', 'is', null)
    .groupBy(['committee_id', 'post'])
    .execute();
  const cases = await db
    .selectFrom('cases')
    .select(['committee_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('deleted_at', 'is', null)
    .groupBy('committee_id')
    .execute();
  const caseCount = new Map(cases.map((c) => [c.committee_id, Number(c.count)]));
  return committees.map((row) => {
    const posts = { director: 0, deputy_director: 0, member: 0, mediator: 0 };
    let fullTime = 0;
    for (const s of staff.filter((s) => s.committee_id === row.id)) {
      posts[(s.post ?? 'mediator') as keyof typeof posts] += Number(s.members);
      fullTime += Number(s.fullTime);
    }
    const members = posts.director + posts.deputy_director + posts.member + posts.mediator;
    const committee = toCommittee(row);
    return {
      ...committee,
      version: row.version,
      parentName: row.parentName,
      members,
      fullTime,
      posts,
      cases: caseCount.get(row.id) ?? 0,
      warnings: staffingWarnings({ kind: committee.kind, members, fullTime, hasDirector: posts.director > 0 }, config.staffing),
    };
  });
}

/**
 * Edits a committee (the office's own too: its kind and area). Refused when someone saved it meanwhile
 * (`version`); the abbreviation stays once a case is numbered with it, and a committee cannot hang under
 * itself or under one of its own subordinates.
 */
export async function updateCommittee(
  db: Kysely<DB>,
  input: z.output<typeof CommitteeUpdate>,
  actor: string,
  now = new Date(),
): Promise<Committee> {
  return immediateTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('committees')
      .selectAll()
      .where('id', '=', input.id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', '没有找到这个调委会');
    if (row.version !== input.version) throw new AppError('CONFLICT', '这个调委会的信息刚被其他人修改过，请重新打开后再改');
    await checkParent(trx, input.id, input.parentId);
    if (input.abbreviation !== row.abbreviation) await checkAbbreviation(trx, row, input.abbreviation);
    const before = toCommittee(row);
    const after: Committee = {
      ...before,
      areaCode: input.areaCode,
      name: input.name,
      kind: input.kind,
      parentId: input.parentId,
      abbreviation: input.abbreviation,
      address: input.address,
      phone: input.phone,
    };
    const fields = (['areaCode', 'name', 'kind', 'parentId', 'abbreviation', 'address', 'phone'] as const).filter(
      (k) => before[k] !== after[k],
    );
    if (fields.length === 0) return before;
    const at = now.toISOString();
    await trx
      .updateTable('committees')
      .set((eb) => ({
        area_code: after.areaCode,
        name: after.name,
        kind: after.kind,
        parent_id: after.parentId,
        abbreviation: after.abbreviation,
        address: after.address,
        phone: after.phone,
        updated_at: at,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', input.id)
      .execute();
    await appendChange(trx, {
      actor,
      at,
      entity: 'committee',
      entityId: input.id,
      action: 'update',
      data: { fields, before: Object.fromEntries(fields.map((k) => [k, before[k]])), after },
    });
    return after;
  });
}

async function checkParent(trx: Kysely<DB>, id: string, parentId: string | null): Promise<void> {
  if (parentId === null) return;
  if (parentId === id)
    throw new AppError('VALIDATION', '上级调委会不能是本调委会', [{ path: 'parentId', message: '上级调委会不能是本调委会自己' }]);
  // Walk up from the new parent: meeting this committee means the parent is one of its subordinates.
  const seen = new Set<string>();
  for (let at: string | null = parentId; at !== null && !seen.has(at);) {
    seen.add(at);
    const up: { parent_id: string | null } | undefined = await trx
      .selectFrom('committees')
      .select('parent_id')
      .where('id', '=', at)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!up) throw new AppError('VALIDATION', '上级调委会不存在', [{ path: 'parentId', message: '上级调委会不存在' }]);
    if (up.parent_id === id)
      throw new AppError('VALIDATION', '不能把下级调委会设为上级', [
        { path: 'parentId', message: '所选调委会是本调委会的下级，不能设为上级' },
      ]);
    at = up.parent_id;
  }
}

/**
 * A case number, once given, carries the abbreviation (〔2026〕梅园调字第7号): it may change only before the first
 * case (a deleted case counts, its number was used).
 */
async function checkAbbreviation(trx: Kysely<DB>, row: CommitteeRow, abbreviation: string): Promise<void> {
  const numbered = await trx.selectFrom('cases').select('id').where('committee_id', '=', row.id).limit(1).executeTakeFirst();
  if (numbered)
    throw new AppError('CONFLICT', `${row.name}已有案件，案号中已使用简称“${row.abbreviation}”，为免案号前后不一致，简称不能再修改`);
  const clash = await trx
    .selectFrom('committees')
    .select('name')
    .where('abbreviation', '=', abbreviation)
    .where('id', '!=', row.id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (clash)
    throw new AppError('VALIDATION', '案号简称已被使用', [
      { path: 'abbreviation', message: `案号简称“${abbreviation}”已被${clash.name}使用，两个调委会的案号会混淆` },
    ]);
}
