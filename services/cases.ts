// Cases and their parties: registration (with its number, search terms and change-log entry in one
// transaction), the register list with filters and search, and one case in full.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { CaseDetail, CaseListItem, CaseListQuery, CasePage, CaseRegistration, Party, RegisteredCase } from '../shared/domain/case.ts';
import { AppError } from '../shared/errors.ts';
import { formatCaseNumber, parseCaseNumber } from '../shared/rules/caseNumber.ts';
import { newId } from '../shared/rules/ids.ts';
import { matchExpression } from '../shared/rules/searchTerms.ts';
import { appendChange } from './changeLog.ts';
import { getCommittee, ownCommittee } from './committees.ts';
import { immediateTransaction } from './db/open.ts';
import type { CaseRow, DB, NewParty, PartyRow } from './db/schema.ts';
import { nextSerial } from './numbering.ts';
import { caseSearchDocument } from './search.ts';

const EXCERPT_CHARS = 60;

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

async function insertCase(trx: Kysely<DB>, input: CaseRegistration, actor: string, now: Date): Promise<RegisteredCase> {
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
    })
    .returning('seq')
    .executeTakeFirstOrThrow();

  const parties: NewParty[] = input.parties.map((p, position) => ({
    id: newId(now.getTime()),
    case_id: id,
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
    created_at: at,
    updated_at: at,
    deleted_at: null,
  }));
  await trx.insertInto('parties').values(parties).execute();

  const terms = caseSearchDocument({
    number,
    place: input.place,
    facts: input.facts,
    requests: input.requests,
    parties: input.parties.map((p) => ({ name: p.name, idNumber: p.kind === 'person' ? p.idNumber : null, phone: p.phone })),
  });
  await trx.insertInto('case_search').values({ rowid: seq, terms }).execute();

  await appendChange(trx, {
    actor,
    at,
    entity: 'case',
    entityId: id,
    action: 'register',
    data: { ...input, number, committeeId: committee.id, partyIds: parties.map((p) => p.id) },
  });
  return { id, number };
}

type CaseQuery = SelectQueryBuilder<DB, 'cases', object>;

function applyFilters(query: CaseQuery, q: CaseListQuery): CaseQuery {
  let out = query.where('cases.deleted_at', 'is', null);
  if (q.committeeId) out = out.where('cases.committee_id', '=', q.committeeId);
  if (q.disputeType) out = out.where('cases.dispute_type', '=', q.disputeType);
  if (q.status) out = out.where('cases.status', '=', q.status);
  if (q.riskLevel) out = out.where('cases.risk_level', '=', q.riskLevel);
  if (q.from) out = out.where('cases.registered_on', '>=', q.from);
  if (q.to) out = out.where('cases.registered_on', '<=', q.to);
  const search = q.search?.trim() ?? '';
  // A whole case number is looked up as such; its digits would otherwise match every case of the year.
  if (parseCaseNumber(search)) return out.where('cases.number', '=', search);
  const match = search ? matchExpression(search) : null;
  if (match)
    out = out.where('cases.seq', 'in', (eb) =>
      eb
        .selectFrom('case_search')
        .select('case_search.rowid')
        .where(sql<boolean>`case_search match ${match}`),
    );
  return out;
}

/** One page of the register, newest registration first. The three reads share one connection turn. */
export async function listCases(db: Kysely<DB>, q: CaseListQuery): Promise<CasePage> {
  return db.connection().execute(async (conn) => {
    const filtered = applyFilters(conn.selectFrom('cases'), q);
    const { total } = await filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    const rows = await filtered
      .innerJoin('committees', 'committees.id', 'cases.committee_id')
      .select([
        'cases.id',
        'cases.number',
        'committees.name as committeeName',
        'cases.dispute_type',
        'cases.source',
        'cases.status',
        'cases.risk_level',
        'cases.registered_on',
        sql<string>`substr(cases.facts, 1, ${EXCERPT_CHARS})`.as('excerpt'),
        sql<number>`length(cases.facts) > ${EXCERPT_CHARS}`.as('truncated'),
      ])
      .orderBy('cases.registered_on', 'desc')
      .orderBy('cases.seq', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();

    const names = new Map<string, { applicants: string[]; respondents: string[] }>(
      rows.map((r) => [r.id, { applicants: [], respondents: [] }]),
    );
    if (rows.length > 0) {
      const parties = await conn
        .selectFrom('parties')
        .select(['case_id', 'role', 'name'])
        .where(
          'case_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('case_id')
        .orderBy('position')
        .execute();
      for (const p of parties) {
        const entry = names.get(p.case_id)!;
        (p.role === 'applicant' ? entry.applicants : entry.respondents).push(p.name);
      }
    }

    return {
      total,
      page: q.page,
      pageSize: q.pageSize,
      items: rows.map((r) => ({
        ...caseHeading(r),
        ...names.get(r.id)!,
        factsExcerpt: r.truncated ? `${r.excerpt}…` : r.excerpt,
      })),
    };
  });
}

type HeadingRow = Pick<CaseRow, 'id' | 'number' | 'dispute_type' | 'source' | 'status' | 'risk_level' | 'registered_on'> & {
  committeeName: string;
};

/** The fields a list row and the full case share, from their row. */
function caseHeading(row: HeadingRow): Omit<CaseListItem, 'applicants' | 'respondents' | 'factsExcerpt'> {
  return {
    id: row.id,
    number: row.number,
    committeeName: row.committeeName,
    disputeType: row.dispute_type as CaseListItem['disputeType'],
    source: row.source as CaseListItem['source'],
    status: row.status as CaseListItem['status'],
    riskLevel: row.risk_level as CaseListItem['riskLevel'],
    registeredOn: row.registered_on,
  };
}

function toParty(row: PartyRow): Party {
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
  };
}

/** One case with all its parties; NOT_FOUND when there is none with that id. */
export async function getCase(db: Kysely<DB>, id: string): Promise<CaseDetail> {
  const row = await db
    .selectFrom('cases')
    .innerJoin('committees', 'committees.id', 'cases.committee_id')
    .selectAll('cases')
    .select('committees.name as committeeName')
    .where('cases.id', '=', id)
    .where('cases.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', '没有找到这件案件，它可能已被删除或编号有误。');
  const parties = await db.selectFrom('parties').selectAll().where('case_id', '=', id).orderBy('position').execute();
  return {
    ...caseHeading(row),
    year: row.year,
    serial: row.serial,
    committeeId: row.committee_id,
    occurredOn: row.occurred_on,
    place: row.place,
    facts: row.facts,
    requests: row.requests,
    parties: parties.map(toParty),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
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
