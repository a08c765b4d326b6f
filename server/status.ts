// What the district sees of its committees and devices (`hub status`, the hub's page): per committee the last
// batch, the records held, the rejected ones, and the reconciliation hash the committee's `sync status` prints.
import type { Kysely } from 'kysely';
import type { HubDB } from './db/schema.ts';
import { committeesOf } from './devices.ts';
import { hubIdentity } from './identity.ts';
import { committeeReconciliation } from './reconcile.ts';

export interface HubCommitteeStatus {
  committeeId: string;
  name: string | null;
  areaCode: string | null;
  /** Enrolled devices that may send its records (revoked ones are listed in `devices` only). */
  devices: string[];
  lastBatchAt: string | null;
  records: number;
  rejected: number;
  hash: string;
}

export interface HubDeviceRow {
  deviceId: string;
  committeeCode: string | null;
  committeeIds: string[];
  enrolledAt: string;
  revokedAt: string | null;
  lastBatchAt: string | null;
  appVersion: string | null;
  /** The reference data version the device last said it applied, and when it last pulled. */
  referenceVersion: number | null;
  lastPullAt: string | null;
}

export interface HubStatus {
  hubId: string;
  devices: HubDeviceRow[];
  committees: HubCommitteeStatus[];
}

/** Example: `(await hubStatus(db)).committees[0]` → `{ committeeId, name: '梅园街道人民调解委员会', records: 42, hash, … }`. */
export async function hubStatus(db: Kysely<HubDB>): Promise<HubStatus> {
  const { hubId } = await hubIdentity(db);
  const deviceRows = await db.selectFrom('devices').selectAll().orderBy('enrolled_at').execute();
  const devices: HubDeviceRow[] = deviceRows.map((d) => ({
    deviceId: d.device_id,
    committeeCode: d.committee_code,
    committeeIds: committeesOf(d.committee_ids),
    enrolledAt: d.enrolled_at,
    revokedAt: d.revoked_at,
    lastBatchAt: d.last_batch_at,
    appVersion: d.app_version,
    referenceVersion: d.reference_version === null ? null : Number(d.reference_version),
    lastPullAt: d.last_pull_at,
  }));
  const ids = new Set<string>(devices.flatMap((d) => d.committeeIds));
  for (const row of await db.selectFrom('records').select('committee_id').distinct().execute()) ids.add(row.committee_id);
  const named = await db.selectFrom('records').select(['record_id', 'data']).where('kind', '=', 'committee').execute();
  const names = new Map(
    named.map((r) => {
      const data = JSON.parse(r.data) as { name?: string; areaCode?: string };
      return [r.record_id, { name: data.name ?? null, areaCode: data.areaCode ?? null }] as const;
    }),
  );
  const rejectedRows = await db
    .selectFrom('rejections')
    .select(['committee_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('committee_id')
    .execute();
  const rejected = new Map(rejectedRows.map((r) => [r.committee_id, Number(r.n)]));
  const committees: HubCommitteeStatus[] = [];
  for (const committeeId of [...ids].sort()) {
    const holders = devices.filter((d) => d.committeeIds.includes(committeeId));
    const last =
      holders
        .map((d) => d.lastBatchAt)
        .filter((t): t is string => t !== null)
        .sort()
        .at(-1) ?? null;
    const { records, hash } = await committeeReconciliation(db, committeeId);
    committees.push({
      committeeId,
      name: names.get(committeeId)?.name ?? null,
      areaCode: names.get(committeeId)?.areaCode ?? holders.find((d) => d.committeeCode)?.committeeCode ?? null,
      devices: holders.filter((d) => d.revokedAt === null).map((d) => d.deviceId),
      lastBatchAt: last,
      records,
      rejected: rejected.get(committeeId) ?? 0,
      hash,
    });
  }
  return { hubId, devices, committees };
}
