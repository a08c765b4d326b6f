// Restoring a committee's register onto a new PC from the district hub's snapshots: the inverse of
// services/sync/records.ts. Each snapshot is the record as the register's API returns it (a case with its whole
// history, a mediator with theirs); it is written back, with every id, into the tables that hold it, in one
// transaction. Nothing is logged per record: one audit entry says that the register was restored, so that the
// restored records are not pending for the upward sync (services/sync/pending.ts derives that from the log).
//
// What the snapshots do not carry, and what is written instead:
// - a committee's and a screening report's updated_at and version: updated_at = created_at, version 1;
// - a mediator's created_at / updated_at: the time of the restore;
// - when grades, trainings and honours were recorded (recorded_at): made up so that they keep the snapshot's order
//   (the roster sorts ties of a date by it), the first the latest, just before the time of the restore;
// - a party's created_at / updated_at / version: the case's created_at / updated_at, version 1;
// - a case's internal row order (seq, the lists' tie-break among cases of one date): cases are written in the order
//   of their creation, then year and serial, which is the source's order for the cases of one committee;
// - a case's risk level at registration, once a later step changed it (initial_risk_level): left unknown (null; the
//   register then starts from the current level, which the recorded risk steps override anyway);
// - the key of a case imported from another system (import_ref): lost, so a second import of the same file would not
//   recognise those cases as already imported;
// - the reverse link of a case registered from a screening finding (cases.screening_finding_id): left empty; the
//   link itself is the finding's case_id, which the report carries and which is restored (nothing reads the column).
// The columns a case's steps add up to (status, outcome, deadlines, its mediators and counted marks) are computed
// from the restored steps with the register's own code, as `fengqiao check` expects them to be.
import { sql, type Kysely } from 'kysely';
import { CaseDetail } from '../../shared/domain/case.ts';
import { Committee } from '../../shared/domain/committee.ts';
import { MediatorDetail } from '../../shared/domain/mediator.ts';
import { ScreeningReport } from '../../shared/domain/screening.ts';
import { AppError } from '../../shared/errors.ts';
import type { SyncKind, SyncRecord } from '../../shared/sync/protocol.ts';
import { recordProblem } from '../../shared/sync/records.ts';
import { appendChange } from '../changeLog.ts';
import { immediateTransaction } from '../db/open.ts';
import type { DB } from '../db/schema.ts';
import { recordedAtClock, refuse, writeCase, writeCommittee, writeMediator, writeReport } from './restoreRows.ts';

export interface RestoreSummary {
  committees: number;
  mediators: number;
  cases: number;
  screeningReports: number;
  /** Attachments' metadata rows (their files are fetched later). */
  attachments: number;
}

export interface RestoreOptions {
  actor: string;
  now: Date;
  /** The area code of the committee this register belongs to: the restored committee with it becomes the own one. */
  ownAreaCode: string;
}

/** The snapshots, checked and typed, each kind in the order it is written. */
interface Restorable {
  committees: Committee[];
  mediators: MediatorDetail[];
  cases: CaseDetail[];
  reports: ScreeningReport[];
}

/**
 * Writes the hub's snapshots into this register, keeping every id, in one transaction (all or nothing).
 * Only a freshly set-up register is restored into: one holding a case, a mediator, a screening report or a
 * committee besides its own is refused (CONFLICT). The restored committee with `ownAreaCode` becomes the own one and
 * replaces the one made at first-run setup. A snapshot that does not pass the hub's schema, or that names a record
 * the others do not hold, refuses the whole restore (VALIDATION, naming it).
 */
export async function restoreSnapshots(db: Kysely<DB>, records: SyncRecord[], options: RestoreOptions): Promise<RestoreSummary> {
  const at = options.now.toISOString();
  return immediateTransaction(db, async (trx) => {
    const fresh = await freshOwnCommittee(trx, options.ownAreaCode);
    // The fresh install's own committee, if it already went up to the hub, is the record this restore replaces.
    const restorable = checkRecords(
      latestOfEach(records).filter((r) => !(r.kind === 'committee' && r.id === fresh?.id)),
      options.ownAreaCode,
    );
    const own = chooseOwn(restorable.committees, options.ownAreaCode);

    if (fresh) await trx.deleteFrom('committees').where('id', '=', fresh.id).execute();
    for (const c of inParentOrder(restorable.committees))
      await writing('committee', c.id, c.name, () => writeCommittee(trx, c, c.id === own.id));
    const recordedAt = recordedAtClock(options.now);
    for (const m of restorable.mediators) await writing('mediator', m.id, m.name, () => writeMediator(trx, m, at, recordedAt));
    let attachments = 0;
    for (const c of inCreationOrder(restorable.cases)) {
      await writing('case', c.id, c.number, () => writeCase(trx, c));
      attachments += c.progress.attachments.length;
    }
    for (const r of restorable.reports) await writing('screening_report', r.id, undefined, () => writeReport(trx, r));
    await continueNumbering(trx, restorable.cases);

    const summary: RestoreSummary = {
      committees: restorable.committees.length,
      mediators: restorable.mediators.length,
      cases: restorable.cases.length,
      screeningReports: restorable.reports.length,
      attachments,
    };
    await appendChange(trx, {
      actor: options.actor,
      at,
      entity: 'register',
      entityId: 'restore',
      action: 'update',
      data: { restoredFrom: 'hub', ...summary, ownCommitteeId: own.id, replacedCommitteeId: fresh?.id ?? null },
    });
    return summary;
  });
}

/**
 * The register's own committee as first-run setup made it (or null before setup), after checking that the register
 * holds nothing else: no case, mediator, screening report, other committee or issued case number.
 */
async function freshOwnCommittee(trx: Kysely<DB>, ownAreaCode: string): Promise<{ id: string } | null> {
  const count = async (table: 'cases' | 'mediators' | 'screening_reports' | 'case_number_counters') =>
    Number(
      (
        await trx
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const held = [
    ['案件', await count('cases')],
    ['调解员', await count('mediators')],
    ['排查报告', await count('screening_reports')],
    // A number issued is a case that existed; the counters refer to their committee.
    ['已编案号', await count('case_number_counters')],
  ] as const;
  const found = held.filter(([, n]) => n > 0);
  if (found.length > 0)
    throw new AppError(
      'CONFLICT',
      `本机登记簿已有案件或其他记录（${found.map(([label, n]) => `${label}${n}`).join('、')}），只能恢复到新安装的登记簿：恢复不会覆盖或合并已有的记录`,
    );
  // Every other table that refers to a committee (mediators, cases, screening reports, case-number counters) is
  // empty, so only a committee hanging under the own one could refer to it; accounts refer to no committee.
  const committees = await trx.selectFrom('committees').select(['id', 'area_code', 'name', 'is_own']).execute();
  const others = committees.filter((c) => c.is_own !== 1);
  if (others.length > 0)
    throw new AppError(
      'CONFLICT',
      `本机登记簿已有案件以外的记录（已添加调委会：${others.map((c) => c.name).join('、')}），只能恢复到新安装的登记簿`,
    );
  const own = committees.find((c) => c.is_own === 1) ?? null;
  if (own && own.area_code !== ownAreaCode)
    throw new AppError(
      'CONFLICT',
      `本机设置的调委会（${own.name}，区划代码 ${own.area_code}）与要恢复的调委会（区划代码 ${ownAreaCode}）不同，不能恢复`,
    );
  return own && { id: own.id };
}

/** One snapshot per record: the hub keeps the latest, and a list holding two keeps the higher version. */
function latestOfEach(records: SyncRecord[]): SyncRecord[] {
  const latest = new Map<string, SyncRecord>();
  for (const r of records) {
    const key = `${r.kind}\u0000${r.id}`;
    const held = latest.get(key);
    if (!held || r.version > held.version) latest.set(key, r);
  }
  return [...latest.values()];
}

/**
 * Each snapshot against the hub's schema for its kind (recordProblem), then what it refers to: a committee's parent,
 * the committee of a mediator, case or report, a case's mediators and corrected steps, a finding's case, all among
 * the records restored. Refuses the first that fails, naming it.
 */
function checkRecords(records: SyncRecord[], ownAreaCode: string): Restorable {
  const out: Restorable = { committees: [], mediators: [], cases: [], reports: [] };
  for (const record of records) {
    const problem = recordProblem(record);
    if (problem) refuse(record.kind, record.id, problem);
    switch (record.kind) {
      case 'committee':
        out.committees.push(Committee.parse(record.data));
        break;
      case 'mediator':
        out.mediators.push(MediatorDetail.parse(record.data));
        break;
      case 'case':
        out.cases.push(CaseDetail.parse(record.data));
        break;
      case 'screening_report':
        out.reports.push(ScreeningReport.parse(record.data));
        break;
      default: {
        const never: never = record.kind;
        refuse(never, record.id, '记录类型未知');
      }
    }
  }
  const committees = new Set(out.committees.map((c) => c.id));
  const mediators = new Set(out.mediators.map((m) => m.id));
  const cases = new Set(out.cases.map((c) => c.id));
  const noCommittee = '所属调委会不在恢复的记录中';
  for (const c of out.committees)
    if (c.parentId !== null && !committees.has(c.parentId)) refuse('committee', c.id, '上级调委会不在恢复的记录中', c.name);
  for (const m of out.mediators) if (!committees.has(m.committeeId)) refuse('mediator', m.id, noCommittee, m.name);
  for (const c of out.cases) {
    if (!committees.has(c.committeeId)) refuse('case', c.id, noCommittee, c.number);
    const missing = c.progress.mediators.find((m) => !mediators.has(m.mediatorId));
    if (missing) refuse('case', c.id, `指派的调解员（${missing.mediatorId}）不在恢复的记录中`, c.number);
    const steps = new Set(c.progress.timeline.map((e) => e.id));
    const dangling = c.progress.timeline.find((e) => e.correction && !steps.has(e.correction.targetId));
    if (dangling) refuse('case', c.id, '更正所针对的办案记录不在案件中', c.number);
    if (c.progress.attachments.some((a) => a.caseId !== c.id)) refuse('case', c.id, '附件所属案件与案件不一致', c.number);
  }
  for (const r of out.reports) {
    if (!committees.has(r.committeeId)) refuse('screening_report', r.id, noCommittee);
    const missing = r.findings.find((f) => f.caseId !== null && !cases.has(f.caseId));
    if (missing) refuse('screening_report', r.id, `排查发现所登记的案件（${missing.caseId}）不在恢复的记录中`);
  }
  if (!out.committees.some((c) => c.areaCode === ownAreaCode))
    throw new AppError('VALIDATION', `区级平台的记录中没有本调委会（区划代码 ${ownAreaCode}），不能恢复`);
  return out;
}

/**
 * The restored committee that becomes this register's own: the one with its area code (when two committees share
 * it, e.g. a township and a room dispatched there, the one the snapshots call the own).
 */
function chooseOwn(committees: Committee[], ownAreaCode: string): Committee {
  let candidates = committees.filter((c) => c.areaCode === ownAreaCode);
  if (candidates.length > 1) candidates = candidates.filter((c) => c.isOwn);
  if (candidates.length !== 1)
    throw new AppError('VALIDATION', `区级平台的记录中区划代码为 ${ownAreaCode} 的调委会不止一个，无法确定本调委会，不能恢复`);
  return candidates[0]!;
}

/** Parents before their subordinates (the parent is a foreign key). */
function inParentOrder(committees: Committee[]): Committee[] {
  const done = new Set<string>();
  const out: Committee[] = [];
  let left = committees;
  while (left.length > 0) {
    const ready = left.filter((c) => c.parentId === null || done.has(c.parentId));
    if (ready.length === 0) refuse('committee', left[0]!.id, '上级调委会互相嵌套', left[0]!.name);
    for (const c of ready) {
      done.add(c.id);
      out.push(c);
    }
    left = left.filter((c) => !done.has(c.id));
  }
  return out;
}

/** Cases in the order they were created; for one committee, that is the order of their numbers. */
function inCreationOrder(cases: CaseDetail[]): CaseDetail[] {
  return [...cases].sort(
    (a, b) =>
      (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) ||
      a.year - b.year ||
      a.serial - b.serial ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** A database constraint failing on a record (a duplicate case number, say) refuses the restore, naming the record. */
async function writing(kind: SyncKind, id: string, title: string | undefined, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT'))
      refuse(kind, id, `与其他记录冲突（${(error as Error).message}）`, title);
    throw error;
  }
}

/**
 * Case numbers go on from the highest restored one of each committee and year (services/numbering.ts issues the
 * counter plus one), so no number is issued twice. A number the source issued to a case the hub never received is
 * beyond what the snapshots can tell.
 */
async function continueNumbering(trx: Kysely<DB>, cases: CaseDetail[]): Promise<void> {
  const highest = new Map<string, { committeeId: string; year: number; serial: number }>();
  for (const c of cases) {
    const key = `${c.committeeId}\u0000${c.year}`;
    if ((highest.get(key)?.serial ?? 0) < c.serial) highest.set(key, { committeeId: c.committeeId, year: c.year, serial: c.serial });
  }
  for (const h of highest.values())
    await sql`
      insert into case_number_counters (committee_id, year, last_serial) values (${h.committeeId}, ${h.year}, ${h.serial})
      on conflict (committee_id, year) do update set last_serial = max(last_serial, excluded.last_serial)`.execute(trx);
}
