// The row writers of the restore (services/sync/restore.ts): each snapshot kind written back, with every id, into
// the tables that hold it — a committee; a mediator with grades, trainings and honours; a case with its parties,
// steps, corrections, mediators, attachments' metadata and search document; a screening report with its findings.
// What a snapshot lacks and is made up here is listed at the top of restore.ts.
import type { Kysely } from 'kysely';
import type { CaseDetail } from '../../shared/domain/case.ts';
import type { Committee } from '../../shared/domain/committee.ts';
import type { MediatorDetail } from '../../shared/domain/mediator.ts';
import type { ScreeningReport } from '../../shared/domain/screening.ts';
import { projectionOf, stateOf } from '../caseHistory.ts';
import type { CaseEventRow, CaseRow, DB, PartyRow } from '../db/schema.ts';
import { caseSearchDocument } from '../search.ts';
import { insertFindings } from '../screening.ts';
import { AppError } from '../../shared/errors.ts';
import type { SyncKind } from '../../shared/sync/protocol.ts';

const KIND_LABELS: Record<SyncKind, string> = { committee: '调委会', mediator: '调解员', case: '案件', screening_report: '排查报告' };

/** "案件 〔2026〕梅园调字第7号（0193…）" for the clerk; before a record is read, its kind and id only. */
function nameOf(kind: SyncKind, id: string, title?: string): string {
  return `${KIND_LABELS[kind]}${title ? ` ${title}` : ''}（${id}）`;
}

export function refuse(kind: SyncKind, id: string, reason: string, title?: string): never {
  const name = nameOf(kind, id, title);
  throw new AppError('VALIDATION', `区级平台的${name}不能恢复：${reason}。整个恢复未进行，本机登记簿没有改动`, [
    { path: `${kind}:${id}`, message: reason },
  ]);
}

export async function writeCommittee(trx: Kysely<DB>, c: Committee, isOwn: boolean): Promise<void> {
  await trx
    .insertInto('committees')
    .values({
      id: c.id,
      area_code: c.areaCode,
      name: c.name,
      kind: c.kind,
      parent_id: c.parentId,
      abbreviation: c.abbreviation,
      is_own: isOwn ? 1 : 0,
      created_at: c.createdAt,
      updated_at: c.createdAt,
      version: 1,
      deleted_at: null,
      address: c.address,
      phone: c.phone,
    })
    .execute();
}

/**
 * When a mediator's history rows were recorded is not in the snapshot; the roster sorts rows of the same date by it,
 * newest first. The n-th row of a list (as the snapshot lists them, newest first) is dated n milliseconds before
 * the restore, so the order stays as it was.
 */
export function recordedAtClock(now: Date): (index: number) => string {
  return (index) => new Date(now.getTime() - 1 - index).toISOString();
}

export async function writeMediator(trx: Kysely<DB>, m: MediatorDetail, at: string, recordedAt: (index: number) => string): Promise<void> {
  await trx
    .insertInto('mediators')
    .values({
      id: m.id,
      committee_id: m.committeeId,
      name: m.name,
      sex: m.sex,
      phone: m.phone,
      post: m.post,
      full_time: m.fullTime ? 1 : 0,
      joined_on: m.joinedOn,
      left_on: m.leftOn,
      ethnicity: m.ethnicity,
      birth_date: m.birthDate,
      id_number: m.idNumber,
      education: m.education,
      political_status: m.politicalStatus,
      grade: m.grade,
      left_reason: m.leftReason,
      occupation: m.occupation,
      note: m.note,
      created_at: at,
      updated_at: at,
      version: m.version,
      deleted_at: null,
    })
    .execute();
  if (m.grades.length > 0)
    await trx
      .insertInto('mediator_grades')
      .values(
        m.grades.map((g, i) => ({ id: g.id, mediator_id: m.id, grade: g.grade, since: g.since, note: g.note, recorded_at: recordedAt(i) })),
      )
      .execute();
  if (m.trainings.length > 0)
    await trx
      .insertInto('mediator_trainings')
      .values(
        m.trainings.map((t, i) => ({
          id: t.id,
          mediator_id: m.id,
          on_date: t.on,
          hours: t.hours,
          subject: t.subject,
          organiser: t.organiser,
          recorded_at: recordedAt(i),
        })),
      )
      .execute();
  if (m.honours.length > 0)
    await trx
      .insertInto('mediator_honours')
      .values(
        m.honours.map((h, i) => ({
          id: h.id,
          mediator_id: m.id,
          kind: h.kind,
          on_date: h.on,
          title: h.title,
          result: h.result,
          issuer: h.issuer,
          recorded_at: recordedAt(i),
        })),
      )
      .execute();
}

const ROWS_PER_INSERT = 500;

/**
 * A case: its row (the columns its steps add up to computed from them), parties, steps with their corrections
 * (each with its original sequence number, which the timeline shows), assigned mediators, counted marks,
 * attachments' metadata and its search terms.
 */
export async function writeCase(trx: Kysely<DB>, c: CaseDetail): Promise<void> {
  const events: CaseEventRow[] = [...c.progress.timeline]
    .sort((a, b) => a.seq - b.seq)
    .map((e) => ({
      seq: e.seq,
      id: e.id,
      case_id: c.id,
      kind: e.step.kind,
      // A step is dated by itself; a correction by the day it was made.
      on_date: e.correction ? e.correction.on : e.step.on,
      data: JSON.stringify(e.step),
      corrects_id: e.correction?.targetId ?? null,
      correction_reason: e.correction?.reason ?? null,
      recorded_at: e.recordedAt,
      actor: e.actor,
    }));
  const changesRisk = events.some((e) => e.kind === 'risk');
  const registered: CaseRow = {
    seq: 0,
    id: c.id,
    committee_id: c.committeeId,
    year: c.year,
    serial: c.serial,
    number: c.number,
    dispute_type: c.disputeType,
    source: c.source,
    status: c.status,
    risk_level: c.riskLevel,
    registered_on: c.registeredOn,
    occurred_on: c.occurredOn,
    place: c.place,
    facts: c.facts,
    requests: c.requests,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    version: c.version,
    deleted_at: null,
    // The level given at registration is known only while no step has changed it.
    initial_risk_level: changesRisk ? null : c.riskLevel,
    referral_body: c.referral?.body ?? null,
    referral_reference: c.referral?.reference ?? null,
    referral_date: c.referral?.date ?? null,
    screening_finding_id: null,
    accepted_on: null,
    outcome: null,
    outcome_on: null,
    amount_fen: null,
    diverted_to: null,
    performance_deadline: null,
    fulfilment: null,
    follow_up_due: null,
    confirmation_deadline: null,
    confirmation_state: null,
    leader_name: null,
    risk_changed_on: null,
    archived_on: null,
    archive_number: null,
    import_ref: null,
  };
  const state = stateOf({ row: registered, events });
  const projection = projectionOf(state);
  if (projection.status !== c.status || projection.risk_level !== c.riskLevel) refuse('case', c.id, '办案记录与案件状态不一致', c.number);
  const assigned = (ms: { mediatorId: string; lead: boolean; chosenByParties: boolean; assignedOn: string; recusedOn: string | null }[]) =>
    JSON.stringify(ms.map((m) => [m.mediatorId, m.lead, m.chosenByParties, m.assignedOn, m.recusedOn]));
  if (assigned(state.mediators) !== assigned(c.progress.mediators)) refuse('case', c.id, '办案记录与指派的调解员不一致', c.number);

  const { seq: _seq, ...row } = { ...registered, ...projection };
  const { seq } = await trx.insertInto('cases').values(row).returning('seq').executeTakeFirstOrThrow();

  if (c.parties.length > 0)
    await trx
      .insertInto('parties')
      .values(
        c.parties.map((p, position): PartyRow => ({
          id: p.id,
          case_id: c.id,
          position,
          role: p.role,
          kind: p.kind,
          name: p.name,
          sex: p.sex,
          ethnicity: p.ethnicity,
          birth_date: p.birthDate,
          id_number: p.idNumber,
          phone: p.phone,
          occupation: p.occupation,
          address: p.address,
          legal_representative: p.legalRepresentative,
          representative_title: p.representativeTitle,
          agent_kind: p.agent?.kind ?? null,
          agent_name: p.agent?.name ?? null,
          agent_phone: p.agent?.phone ?? null,
          created_at: c.createdAt,
          updated_at: c.updatedAt,
          version: 1,
          deleted_at: null,
        })),
      )
      .execute();
  // Corrections refer to the steps they correct: in the order recorded, a step is always there before its correction.
  for (let i = 0; i < events.length; i += ROWS_PER_INSERT)
    await trx
      .insertInto('case_events')
      .values(events.slice(i, i + ROWS_PER_INSERT))
      .execute();
  if (state.mediators.length > 0)
    await trx
      .insertInto('case_mediators')
      .values(
        state.mediators.map((m) => ({
          case_id: c.id,
          mediator_id: m.mediatorId,
          lead: m.lead ? 1 : 0,
          chosen_by_parties: m.chosenByParties ? 1 : 0,
          assigned_on: m.assignedOn,
          recused_on: m.recusedOn,
        })),
      )
      .execute();
  if (state.marks.length > 0)
    await trx
      .insertInto('case_marks')
      .values(state.marks.map((m) => ({ case_id: c.id, kind: m.kind, on_date: m.on, people: m.people })))
      .execute();
  // Metadata only: the files are not in the snapshots, and a later step fetches them. Until a file is in the data
  // folder, the attachment cannot be opened or put in a case file, and `fengqiao check` reports it as
  // attachment_missing ("附件…的文件不在数据文件夹中") — expected right after a restore, a problem once the fetch is done.
  if (c.progress.attachments.length > 0)
    await trx
      .insertInto('attachments')
      .values(
        c.progress.attachments.map((a) => ({
          id: a.id,
          case_id: c.id,
          name: a.name,
          category: a.category,
          mime: a.mime,
          size: a.size,
          sha256: a.sha256,
          note: a.note,
          added_at: a.addedAt,
          added_by: a.addedBy,
          deleted_at: null,
        })),
      )
      .execute();
  await trx
    .insertInto('case_search')
    .values({
      rowid: seq,
      terms: caseSearchDocument({
        number: c.number,
        place: c.place,
        facts: c.facts,
        requests: c.requests,
        parties: c.parties.map((p) => ({ name: p.name, idNumber: p.kind === 'person' ? p.idNumber : null, phone: p.phone })),
      }),
    })
    .execute();
}

export async function writeReport(trx: Kysely<DB>, r: ScreeningReport): Promise<void> {
  await trx
    .insertInto('screening_reports')
    .values({
      id: r.id,
      committee_id: r.committeeId,
      period_kind: r.periodKind,
      period_start: r.periodStart,
      period_end: r.periodEnd,
      zero: r.zero ? 1 : 0,
      reported_on: r.reportedOn,
      reporter: r.reporter,
      note: r.note,
      created_at: r.createdAt,
      updated_at: r.createdAt,
      version: 1,
      deleted_at: null,
    })
    .execute();
  await insertFindings(trx, r.id, r.findings);
}
