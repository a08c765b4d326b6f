// The progress part of a case as the case page shows it: state, timeline, catalogue, mediators, attachments.
import type { Kysely } from 'kysely';
import { progressFromState, type CaseProgress } from '../shared/domain/progress.ts';
import { listAttachments } from './attachments.ts';
import { stateOf, timelineOf, type CaseHistory } from './caseHistory.ts';
import type { DB } from './db/schema.ts';

export async function progressOf(db: Kysely<DB>, history: CaseHistory): Promise<CaseProgress> {
  const state = stateOf(history);
  const ids = state.mediators.map((m) => m.mediatorId);
  const names = new Map(
    ids.length === 0
      ? []
      : (await db.selectFrom('mediators').select(['id', 'name']).where('id', 'in', ids).execute()).map((m) => [m.id, m.name]),
  );
  return progressFromState(state, {
    timeline: timelineOf(history.events),
    attachments: await listAttachments(db, history.row.id),
    mediatorNames: names,
  });
}
