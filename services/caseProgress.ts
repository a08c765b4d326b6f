// The progress part of a case as the case page shows it: state, timeline, catalogue, mediators, attachments.
import type { Kysely } from 'kysely';
import type { CaseProgress } from '../shared/domain/progress.ts';
import { caseFileCatalogue } from '../shared/rules/caseFile.ts';
import { availableSteps } from '../shared/rules/lifecycle.ts';
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
  return {
    acceptedOn: state.acceptedOn,
    refusedOn: state.refusedOn,
    outcome: state.outcome,
    fulfilment: state.fulfilment,
    followUpDue: state.followUpDue,
    followUps: state.followUps,
    confirmation: state.confirmation,
    leader: state.leader,
    archive: state.archive,
    riskChangedOn: state.riskChangedOn,
    riskLevel: state.riskLevel,
    mediators: state.mediators.map((m) => ({ ...m, name: names.get(m.mediatorId) ?? '（已删除）' })),
    availableSteps: availableSteps(state),
    catalogue: caseFileCatalogue(state),
    timeline: timelineOf(history.events),
    attachments: await listAttachments(db, history.row.id),
  };
}
