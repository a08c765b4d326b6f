// Committees: the office's own (chosen at first-run setup) and the ones whose records it keeps.
import type { Kysely } from 'kysely';
import type { Committee, ParsedCommitteeInput } from '../shared/domain/committee.ts';
import { AppError } from '../shared/errors.ts';
import { newId } from '../shared/rules/ids.ts';
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
  };
  await trx.insertInto('committees').values(row).execute();
  const committee = toCommittee(row);
  await appendChange(trx, { actor, at, entity: 'committee', entityId: row.id, action: 'create', data: committee });
  return committee;
}
