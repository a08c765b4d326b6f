// Loads what a case's documents are drawn from: the case as the case page has it, its committee's particulars
// and the committee's wording.
import type { Kysely } from 'kysely';
import type { DocumentSource } from '../../shared/documents/source.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { getCase } from '../cases.ts';
import type { DB } from '../db/schema.ts';
import { getWording } from './wording.ts';

export async function loadDocumentSource(db: Kysely<DB>, caseId: string, now = new Date()): Promise<DocumentSource> {
  const detail = await getCase(db, caseId);
  const committee = await db
    .selectFrom('committees')
    .select(['name', 'abbreviation', 'address', 'phone'])
    .where('id', '=', detail.committeeId)
    .executeTakeFirstOrThrow();
  return { case: detail, committee, wording: await getWording(db), today: todayInChina(now) };
}
