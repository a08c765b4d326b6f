// Cases and their parties: registration (with its number, search terms and change-log entry in one
// transaction), edits of a registration, and one case in full with its progress.
import type { Kysely } from 'kysely';
import type { CaseDetail, CaseRegistration, CaseUpdate, RegisteredCase } from '../shared/domain/case.ts';
import { AppError } from '../shared/errors.ts';
import { formatCaseNumber } from '../shared/rules/caseNumber.ts';
import { todayInChina } from '../shared/rules/dates.ts';
import { newId } from '../shared/rules/ids.ts';
import { loadHistory, stateOf } from './caseHistory.ts';
import { caseHeading } from './caseList.ts';
import { progressOf } from './caseProgress.ts';
import { appendChange } from './changeLog.ts';
import { getCommittee, ownCommittee } from './committees.ts';
import { immediateTransaction } from './db/open.ts';
import type { CaseRow, DB, PartyRow } from './db/schema.ts';
import { toParty } from './parties.ts';
import { appendSteps } from './lifecycle.ts';
import { nextSerial } from './numbering.ts';
import { caseSearchDocument } from './search.ts';

/** Registers one case; its number is issued in the same transaction. */
export async function registerCase(db: Kysely<DB>, input: CaseRegistration, actor: string, now = new Date()): Promise<RegisteredCase> {
  return immediateTransaction(db, (trx) => insertCase(trx, input, actor, now));
}

/** Registers many cases in one transaction: all or none (sample data, ledger import). */
export async function registerCases(
  db: Kysely<DB>,
  inputs: CaseRegistration[],
  actor: string,
  now = new Date(),
): Promise<RegisteredCase[]> {
  return immediateTransaction(db, async (trx) => {
    const out: RegisteredCase[] = [];
    for (const input of inputs) out.push(await insertCase(trx, input, actor, now));
    return out;
  });
}

/** Inserts one registration inside the caller's transaction; `importRef` marks a case imported from another system. */
export async function insertCase(
  trx: Kysely<DB>,
  input: CaseRegistration,
  actor: string,
  now: Date,
  importRef: string | null = null,
): Promise<RegisteredCase> {
  const committee = input.committeeId ? await getCommittee(trx, input.committeeId) : await ownCommittee(trx);
  if (!committee) {
    if (input.committeeId) throw new AppError('VALIDATION', '所选调委会不存在', [{ path: 'committeeId', message: '所选调委会不存在' }]);
    throw new AppError('NOT_SET_UP', '尚未完成初始设置：请先选择本调委会（设置向导或命令 init）。');
  }
  const at = now.toISOString();
  const id = newId(now.getTime());
  const year = Number(input.registeredOn.slice(0, 4));
  const serial = await nextSerial(trx, committee.id, year);
  const number = formatCaseNumber(year, committee.abbreviation, serial);

  const { seq } = await trx
    .insertInto('cases')
    .values({
      id,
      committee_id: committee.id,
      year,
      serial,
      number,
      dispute_type: input.disputeType,
      source: input.source,
      status: 'registered',
      risk_level: input.riskLevel,
      registered_on: input.registeredOn,
      occurred_on: input.occurredOn,
      place: input.place,
      facts: input.facts,
      requests: input.requests,
      created_at: at,
      updated_at: at,
      deleted_at: null,
      initial_risk_level: input.riskLevel,
      referral_body: input.referral?.body ?? null,
      referral_reference: input.referral?.reference ?? null,
      referral_date: input.referral?.date ?? null,
      screening_finding_id: input.screeningFindingId,
      import_ref: importRef,
    })
    .returning('seq')
    .executeTakeFirstOrThrow();

  if (input.screeningFindingId) await linkFinding(trx, input.screeningFindingId, id);
  const partyIds = await insertParties(trx, id, input.parties, at, now);
  await trx
    .insertInto('case_search')
    .values({ rowid: seq, terms: searchTerms(number, input) })
    .execute();

  await appendChange(trx, {
    actor,
    at,
    entity: 'case',
    entityId: id,
    action: 'register',
    data: { ...input, number, committeeId: committee.id, partyIds },
  });
  return { id, number };
}

/** A screening finding registered as this case: the finding now points at it. */
async function linkFinding(trx: Kysely<DB>, findingId: string, caseId: string): Promise<void> {
  const finding = await trx.selectFrom('screening_findings').select(['id', 'case_id']).where('id', '=', findingId).executeTakeFirst();
  if (!finding) throw new AppError('VALIDATION', '所选排查记录不存在', [{ path: 'screeningFindingId', message: '所选排查记录不存在' }]);
  if (finding.case_id) throw new AppError('CONFLICT', '这条排查发现已经登记为案件');
  await trx.updateTable('screening_findings').set({ case_id: caseId, handling: 'registered' }).where('id', '=', findingId).execute();
}

type PartyFields = CaseRegistration['parties'];

function searchTerms(number: string, input: Pick<CaseRegistration, 'place' | 'facts' | 'requests' | 'parties'>): string {
  return caseSearchDocument({
    number,
    place: input.place,
    facts: input.facts,
    requests: input.requests,
    parties: input.parties.map((p) => ({ name: p.name, idNumber: p.kind === 'person' ? p.idNumber : null, phone: p.phone })),
  });
}

async function insertParties(trx: Kysely<DB>, caseId: string, input: PartyFields, at: string, now: Date): Promise<string[]> {
  const parties = input.map((p, position) => partyRow(p, newId(now.getTime()), caseId, position, at));
  await trx.insertInto('parties').values(parties).execute();
  return parties.map((p) => p.id);
}

function partyRow(p: PartyFields[number], id: string, caseId: string, position: number, at: string): PartyRow {
  return {
    id,
    case_id: caseId,
    position,
    role: p.role,
    kind: p.kind,
    name: p.name,
    sex: p.kind === 'person' ? p.sex : null,
    ethnicity: p.kind === 'person' ? p.ethnicity : null,
    birth_date: p.kind === 'person' ? p.birthDate : null,
    id_number: p.kind === 'person' ? p.idNumber : null,
    phone: p.phone,
    occupation: p.kind === 'person' ? p.occupation : null,
    address: p.address,
    legal_representative: p.kind === 'organization' ? p.legalRepresentative : null,
    representative_title: p.kind === 'organization' ? p.representativeTitle : null,
    agent_kind: p.agent?.kind ?? null,
    agent_name: p.agent?.name ?? null,
    agent_phone: p.agent?.phone ?? null,
    created_at: at,
    updated_at: at,
    version: 1,
    deleted_at: null,
  };
}

/** One case with its parties and its whole progress; NOT_FOUND when there is none with that id. */
export async function getCase(db: Kysely<DB>, id: string): Promise<CaseDetail> {
  return db.connection().execute(async (conn) => {
    const history = await loadHistory(conn, id);
    const { row } = history;
    const committee = await conn.selectFrom('committees').select('name').where('id', '=', row.committee_id).executeTakeFirstOrThrow();
    const parties = await conn.selectFrom('parties').selectAll().where('case_id', '=', id).orderBy('position').execute();
    return {
      ...caseHeading({ ...row, committeeName: committee.name }),
      year: row.year,
      serial: row.serial,
      committeeId: row.committee_id,
      occurredOn: row.occurred_on,
      place: row.place,
      facts: row.facts,
      requests: row.requests,
      referral: row.referral_body ? { body: row.referral_body, reference: row.referral_reference, date: row.referral_date! } : null,
      parties: parties.map(toParty),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
      progress: await progressOf(conn, history),
    };
  });
}

const EDITABLE: Record<string, (row: CaseRow) => unknown> = {
  disputeType: (r) => r.dispute_type,
  source: (r) => r.source,
  occurredOn: (r) => r.occurred_on,
  place: (r) => r.place,
  facts: (r) => r.facts,
  requests: (r) => r.requests,
  referral: (r) => (r.referral_body ? { body: r.referral_body, reference: r.referral_reference, date: r.referral_date } : null),
};

/**
 * Edits a registration (facts, type, source, parties) while the case is not archived. `version` must be the
 * one the clerk saw, so that two people editing at once cannot overwrite each other silently.
 */
export async function updateCase(db: Kysely<DB>, input: CaseUpdate, actor: string, now = new Date()): Promise<void> {
  await immediateTransaction(db, async (trx) => {
    const history = await loadHistory(trx, input.id);
    const { row } = history;
    if (row.version !== input.version) throw new AppError('CONFLICT', '这件案件刚被其他人修改过，请重新打开后再改');
    if (row.registered_on !== input.registeredOn)
      throw new AppError('VALIDATION', '登记日期不能修改', [{ path: 'registeredOn', message: '登记日期关系到案号，不能修改' }]);
    const oldParties = await trx.selectFrom('parties').selectAll().where('case_id', '=', input.id).orderBy('position').execute();
    const changed = Object.keys(EDITABLE).filter(
      (key) => JSON.stringify(EDITABLE[key]!(row)) !== JSON.stringify(input[key as keyof CaseUpdate]),
    );
    const partiesBefore = oldParties.map(toParty).map(({ id: _id, ...p }) => p);
    const partiesAfter = input.parties.map((p) => toParty(partyRow(p, '', '', 0, ''))).map(({ id: _id, ...p }) => p);
    if (JSON.stringify(partiesBefore) !== JSON.stringify(partiesAfter)) changed.push('parties');
    if (changed.length === 0) return;

    const at = now.toISOString();
    // appendSteps refuses an archived case and bumps the version.
    await appendSteps(trx, input.id, stateOf(history), [{ kind: 'edit', on: todayInChina(now), fields: changed }], actor, now);
    await trx
      .updateTable('cases')
      .set({
        dispute_type: input.disputeType,
        source: input.source,
        occurred_on: input.occurredOn,
        place: input.place,
        facts: input.facts,
        requests: input.requests,
        referral_body: input.referral?.body ?? null,
        referral_reference: input.referral?.reference ?? null,
        referral_date: input.referral?.date ?? null,
      })
      .where('id', '=', input.id)
      .execute();
    if (changed.includes('parties')) {
      await trx.deleteFrom('parties').where('case_id', '=', input.id).execute();
      await insertParties(trx, input.id, input.parties, at, now);
    }
    await trx.deleteFrom('case_search').where('rowid', '=', row.seq).execute();
    await trx
      .insertInto('case_search')
      .values({ rowid: row.seq, terms: searchTerms(row.number, input) })
      .execute();
    await appendChange(trx, {
      actor,
      at,
      entity: 'case',
      entityId: input.id,
      action: 'update',
      data: {
        fields: changed,
        before: {
          ...Object.fromEntries(changed.filter((k) => k !== 'parties').map((k) => [k, EDITABLE[k]!(row)])),
          parties: partiesBefore,
        },
        after: input,
      },
    });
  });
}

/** The id of the case with this number (e.g. '〔2026〕玄武调字第17号'), or null. */
export async function findCaseIdByNumber(db: Kysely<DB>, number: string): Promise<string | null> {
  const row = await db
    .selectFrom('cases')
    .select('id')
    .where('number', '=', number.trim())
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row?.id ?? null;
}
