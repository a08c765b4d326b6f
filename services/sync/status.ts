// The register's side of the sync's truth: what is waiting, when the hub last acknowledged anything, what it
// rejected, and per committee the count and hash of the records the hub has accepted — the same figures the hub
// prints (server/reconcile.ts), so the two can be compared line by line. Computed from receipts only.
import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { reconciliationLines } from '../../shared/sync/reconcile.ts';
import type { DB } from '../db/schema.ts';
import { pendingRecords, rejectedRecords } from './pending.ts';
import { syncLink } from './state.ts';

export interface CommitteeSyncFigures {
  committeeId: string;
  name: string;
  /** Records of the committee the hub has accepted, at the versions it accepted. */
  records: number;
  /** SHA-256 hex of their sorted `kind:id:version` lines: equal to the hub's when both hold the same. */
  hash: string;
}

export interface SyncStatus {
  pending: number;
  lastAcknowledgedAt: string | null;
  rejected: Awaited<ReturnType<typeof rejectedRecords>>;
  committees: CommitteeSyncFigures[];
}

/** The acknowledged records with the committee each belongs to (a committee belongs to itself). */
async function acknowledged(db: Kysely<DB>) {
  const { rows } = await sql<{ committee_id: string; kind: string; id: string; version: number }>`
    select a.record_id as committee_id, a.kind, a.record_id as id, a.version from sync_acks a where a.kind = 'committee'
    union all
    select m.committee_id, a.kind, a.record_id, a.version from sync_acks a join mediators m on m.id = a.record_id where a.kind = 'mediator'
    union all
    select c.committee_id, a.kind, a.record_id, a.version from sync_acks a join cases c on c.id = a.record_id where a.kind = 'case'
    union all
    select r.committee_id, a.kind, a.record_id, a.version from sync_acks a join screening_reports r on r.id = a.record_id
      where a.kind = 'screening_report'`.execute(db);
  return rows;
}

export async function syncStatus(db: Kysely<DB>): Promise<SyncStatus> {
  const committees = await db.selectFrom('committees').select(['id', 'name']).orderBy('name').execute();
  const acks = await acknowledged(db);
  const last = await db
    .selectFrom('sync_acks')
    .select((eb) => eb.fn.max('acked_at').as('at'))
    .executeTakeFirst();
  return {
    pending: (await pendingRecords(db)).length,
    lastAcknowledgedAt: last?.at ?? null,
    rejected: await rejectedRecords(db),
    committees: committees.map((c) => {
      const own = acks.filter((a) => a.committee_id === c.id);
      const lines = reconciliationLines(own.map((a) => ({ kind: a.kind, id: a.id, version: Number(a.version) })));
      return {
        committeeId: c.id,
        name: c.name,
        records: own.length,
        hash: crypto.createHash('sha256').update(lines, 'utf8').digest('hex'),
      };
    }),
  };
}

/** A record the hub rejected, with what a clerk needs to find it (the case number, or the name). */
export interface RejectedRecord {
  kind: string;
  id: string;
  version: number;
  reason: string;
  receivedAt: string;
  /** The case number, the mediator's or committee's name: what the 同步 page shows and links. */
  label: string | null;
}

/** Everything `sync status` and the 同步 page show: the link, the figures, the rejections, per committee. */
export interface SyncReport {
  enrolled: boolean;
  hubUrl: string | null;
  deviceId: string | null;
  enrolledAt: string | null;
  revokedAt: string | null;
  pending: number;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  lastError: { code: string; message: string } | null;
  lastAcknowledgedAt: string | null;
  restorable: number;
  rejected: RejectedRecord[];
  committees: CommitteeSyncFigures[];
}

async function labelsOf(db: Kysely<DB>, kind: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows =
    kind === 'case'
      ? await db.selectFrom('cases').select(['id', 'number as label']).where('id', 'in', ids).execute()
      : kind === 'mediator'
        ? await db.selectFrom('mediators').select(['id', 'name as label']).where('id', 'in', ids).execute()
        : kind === 'committee'
          ? await db.selectFrom('committees').select(['id', 'name as label']).where('id', 'in', ids).execute()
          : [];
  return new Map(rows.map((r) => [r.id, r.label]));
}

/** The whole picture of this register's sync. Example: `(await syncReport(db)).pending` → 12. */
export async function syncReport(db: Kysely<DB>): Promise<SyncReport> {
  const [status, link] = await Promise.all([syncStatus(db), syncLink(db)]);
  const rejected: RejectedRecord[] = [];
  for (const kind of new Set(status.rejected.map((r) => r.kind))) {
    const own = status.rejected.filter((r) => r.kind === kind);
    const labels = await labelsOf(
      db,
      kind,
      own.map((r) => r.record_id),
    );
    for (const r of own)
      rejected.push({
        kind,
        id: r.record_id,
        version: Number(r.version),
        reason: r.reason,
        receivedAt: r.received_at,
        label: labels.get(r.record_id) ?? null,
      });
  }
  rejected.sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0));
  return {
    enrolled: link !== null,
    hubUrl: link?.hubUrl ?? null,
    deviceId: link?.deviceId ?? null,
    enrolledAt: link?.enrolledAt ?? null,
    revokedAt: link?.revokedAt ?? null,
    pending: status.pending,
    lastSuccessAt: link?.lastSuccessAt ?? null,
    lastAttemptAt: link?.lastAttemptAt ?? null,
    lastError: link?.lastError ?? null,
    lastAcknowledgedAt: status.lastAcknowledgedAt,
    restorable: link?.restorable ?? 0,
    rejected,
    committees: status.committees,
  };
}
