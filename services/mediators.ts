// Mediators: the people a case can be assigned to. The full roster builds on this table.
import type { Kysely } from 'kysely';
import type { Mediator } from '../shared/domain/mediator.ts';
import type { MediatorInput } from '../shared/domain/mediator.ts';
import type { z } from '../shared/zod.ts';
import { AppError } from '../shared/errors.ts';
import { newId } from '../shared/rules/ids.ts';
import { appendChange } from './changeLog.ts';
import { getCommittee } from './committees.ts';
import { immediateTransaction } from './db/open.ts';
import type { DB } from './db/schema.ts';

export async function listMediators(db: Kysely<DB>, committeeId: string | null, includeLeft: boolean): Promise<Mediator[]> {
  const rows = await db
    .selectFrom('mediators')
    .innerJoin('committees', 'committees.id', 'mediators.committee_id')
    .selectAll('mediators')
    .select('committees.name as committeeName')
    .where('mediators.deleted_at', 'is', null)
    .$if(committeeId !== null, (q) => q.where('mediators.committee_id', '=', committeeId!))
    .$if(!includeLeft, (q) => q.where('mediators.left_on', 'is', null))
    .orderBy('committees.is_own', 'desc')
    .orderBy('mediators.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    committeeId: r.committee_id,
    committeeName: r.committeeName,
    name: r.name,
    sex: r.sex as Mediator['sex'],
    phone: r.phone,
    post: (r.post ?? 'mediator') as Mediator['post'],
    fullTime: r.full_time === 1,
    joinedOn: r.joined_on,
    leftOn: r.left_on,
  }));
}

export async function addMediators(
  db: Kysely<DB>,
  inputs: z.output<typeof MediatorInput>[],
  actor: string,
  now = new Date(),
): Promise<Mediator[]> {
  return immediateTransaction(db, async (trx) => {
    const out: Mediator[] = [];
    for (const input of inputs) {
      const committee = await getCommittee(trx, input.committeeId);
      if (!committee) throw new AppError('VALIDATION', '所选调委会不存在', [{ path: 'committeeId', message: '所选调委会不存在' }]);
      const at = now.toISOString();
      const id = newId(now.getTime());
      await trx
        .insertInto('mediators')
        .values({
          id,
          committee_id: input.committeeId,
          name: input.name,
          sex: input.sex,
          phone: input.phone,
          post: input.post,
          full_time: input.fullTime ? 1 : 0,
          joined_on: input.joinedOn,
          left_on: null,
          created_at: at,
          updated_at: at,
          deleted_at: null,
        })
        .execute();
      await appendChange(trx, { actor, at, entity: 'mediator', entityId: id, action: 'create', data: input });
      out.push({ ...input, id, committeeName: committee.name, leftOn: null });
    }
    return out;
  });
}
