// The API methods of the roster (mediators) and of the committees' overview.
import type { Kysely } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import { recordRead } from '../changeLog.ts';
import { committeesOverview, getCommittee, updateCommittee } from '../committees.ts';
import { getConfig } from '../config.ts';
import type { DB } from '../db/schema.ts';
import type { Handlers } from '../dispatcher.ts';
import type { DivisionIndex } from '../divisions.ts';
import { exportRoster } from '../export/rosterXlsx.ts';
import { leaveMediator, recordGrade, recordHonour, recordTraining } from '../mediatorRecords.ts';
import { addMediators, getMediator, listMediators, updateMediator } from '../mediators.ts';

type RosterMethods = Extract<keyof Handlers, `mediators.${string}` | 'roster.exportXlsx' | 'committees.overview' | 'committees.update'>;

export function rosterHandlers(db: Kysely<DB>, divisions: DivisionIndex): Pick<Handlers, RosterMethods> {
  return {
    'committees.overview': async () => committeesOverview(db, await getConfig(db)),
    'committees.update': async (input, ctx) => {
      // An area code kept from before stays valid even if the division list has since dropped it.
      if ((await getCommittee(db, input.id))?.areaCode !== input.areaCode && !divisions.get(input.areaCode))
        throw new AppError('VALIDATION', '所选行政区划不存在', [{ path: 'areaCode', message: '所选行政区划不存在，请从列表中选择' }]);
      return updateCommittee(db, input, ctx.actor);
    },
    'mediators.list': async (query) => listMediators(db, query),
    'mediators.get': async ({ id }, ctx) => {
      const detail = await getMediator(db, id);
      // The record shows the ID number in full: who looked is kept, as for a case.
      await recordRead(db, ctx.actor, 'mediator', id, { name: detail.name });
      return detail;
    },
    'mediators.add': async (input, ctx) => (await addMediators(db, [input], ctx.actor))[0]!,
    'mediators.update': async (input, ctx) => {
      await updateMediator(db, input, ctx.actor);
      return getMediator(db, input.id);
    },
    'mediators.leave': async (input, ctx) => {
      await leaveMediator(db, input, ctx.actor);
      return getMediator(db, input.id);
    },
    'mediators.grade': async (input, ctx) => {
      await recordGrade(db, input, ctx.actor);
      return getMediator(db, input.mediatorId);
    },
    'mediators.training': async (input, ctx) => {
      await recordTraining(db, input, ctx.actor);
      return getMediator(db, input.mediatorId);
    },
    'mediators.honour': async (input, ctx) => {
      await recordHonour(db, input, ctx.actor);
      return getMediator(db, input.mediatorId);
    },
    'roster.exportXlsx': async ({ includeLeft }, ctx) => exportRoster(db, includeLeft, ctx.actor),
  };
}
