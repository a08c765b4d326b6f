// The parties of a case as stored (one row each, in the order they were entered) and as the domain sees them.
import type { Kysely } from 'kysely';
import type { Party } from '../shared/domain/case.ts';
import type { DB, PartyRow } from './db/schema.ts';

/** A party row as the domain sees it. */
export function toParty(row: PartyRow): Party {
  return {
    id: row.id,
    role: row.role as Party['role'],
    kind: row.kind as Party['kind'],
    name: row.name,
    sex: row.sex as Party['sex'],
    ethnicity: row.ethnicity,
    birthDate: row.birth_date,
    idNumber: row.id_number,
    phone: row.phone,
    occupation: row.occupation,
    address: row.address,
    legalRepresentative: row.legal_representative,
    representativeTitle: row.representative_title,
    agent: row.agent_name
      ? { kind: row.agent_kind === 'statutory' ? 'statutory' : 'entrusted', name: row.agent_name, phone: row.agent_phone }
      : null,
  };
}

/** The parties of a case, in their order. */
export async function partiesOf(db: Kysely<DB>, caseId: string): Promise<Party[]> {
  const rows = await db.selectFrom('parties').selectAll().where('case_id', '=', caseId).orderBy('position').execute();
  return rows.map(toParty);
}
