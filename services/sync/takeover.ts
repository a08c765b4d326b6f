// A replacement PC takes a committee's register back from the hub (issue: "a committee whose PC died restores its
// register from the hub onto a new, enrolled PC, and its case numbering continues without reusing a number").
// The district revokes the dead PC and makes a new code; the new PC, set up for the same committee, enrols, and
// the hub hands it the records of the PC it replaces. Until they are restored (or the administrator declines),
// nothing is sent, so the new PC's empty committee never goes up beside the old one.
import type { Kysely } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import { RestorePage } from '../../shared/sync/downward.ts';
import { HUB_PROBLEMS, type SyncRecord } from '../../shared/sync/protocol.ts';
import { appendChange } from '../changeLog.ts';
import { immediateTransaction } from '../db/open.ts';
import type { DB } from '../db/schema.ts';
import { HubCallError, postChallenge, postSigned } from './client.ts';
import { signDeviceRequest } from './deviceRequest.ts';
import { fetchFiles } from './files.ts';
import { deviceKeyOf, type SyncContext } from './push.ts';
import { restoreSnapshots, type RestoreSummary } from './restore.ts';
import { requireLink } from './state.ts';

const PAGE = 1000;

/** Every record the hub holds for this device's committees, page by page, and the highest version among them. */
async function fetchAll(ctx: SyncContext): Promise<{ records: SyncRecord[]; maxVersion: number }> {
  const link = await requireLink(ctx.db);
  const key = deviceKeyOf(ctx, link);
  const records: SyncRecord[] = [];
  let after: string | null = null;
  let maxVersion = 0;
  for (;;) {
    const challenge = await postChallenge(link.hubUrl, key.deviceId);
    const answer = await postSigned(
      link.hubUrl,
      '/v1/restore',
      signDeviceRequest({ action: 'restore', deviceId: key.deviceId, challenge, after, limit: PAGE }, key.privateKey),
    );
    const page = RestorePage.safeParse(answer);
    if (!page.success) throw new HubCallError('server', 'internal', `${HUB_PROBLEMS.internal}（恢复数据格式不符）`);
    records.push(...(page.data.records as SyncRecord[]));
    maxVersion = Math.max(maxVersion, page.data.maxVersion);
    if (page.data.next === null) return { records, maxVersion };
    after = page.data.next;
  }
}

/**
 * Restores the committee's register from the hub into this freshly set-up register. The version base is raised
 * first (so every later change outranks what the hub holds, even if the restore is interrupted), then the records
 * are written in one transaction, then they are noted as acknowledged at the hub's versions (the reconciliation
 * figures of both ends agree at once) and sending resumes.
 */
export async function restoreFromHub(ctx: SyncContext, actor: string): Promise<RestoreSummary & { records: number; files: number }> {
  const link = await requireLink(ctx.db);
  const now = (ctx.now ?? (() => new Date()))();
  const { records, maxVersion } = await fetchAll(ctx);
  if (records.length === 0) throw new AppError('NOT_FOUND', '区级平台没有本调委会可恢复的记录');
  await ctx.db
    .updateTable('sync_state')
    .set((eb) => ({ version_base: eb.fn('max', [eb.ref('version_base'), eb.val(maxVersion)]) }))
    .where('id', '=', 1)
    .execute();
  const summary = await restoreSnapshots(ctx.db, records, { actor, now, ownAreaCode: link.committeeCode });
  await immediateTransaction(ctx.db, async (trx) => {
    for (const r of records)
      await trx
        .insertInto('sync_acks')
        .values({ kind: r.kind, record_id: r.id, version: r.version, batch_id: 'restore', acked_at: now.toISOString() })
        .onConflict((oc) =>
          oc.columns(['kind', 'record_id']).doUpdateSet({ version: r.version, batch_id: 'restore', acked_at: now.toISOString() }),
        )
        .execute();
    await trx.updateTable('sync_state').set({ restorable: 0 }).where('id', '=', 1).execute();
  });
  // Then the attachments' files the hub holds (a file it lacks stays missing; `fengqiao check` lists it).
  const files = records
    .filter((r) => r.kind === 'case')
    .flatMap((r) =>
      ((r.data as { progress?: { attachments?: { sha256: string; size: number }[] } }).progress?.attachments ?? []).map((a) => ({
        sha256: a.sha256,
        size: a.size,
      })),
    );
  const fetched = await fetchFiles(ctx, [...new Map(files.map((f) => [f.sha256, f])).values()]);
  return { ...summary, records: records.length, files: fetched };
}

/** The administrator decides not to restore: sending resumes, and the new committee goes up as it is (audited). */
export async function declineRestore(db: Kysely<DB>, actor: string, now = new Date()): Promise<void> {
  await immediateTransaction(db, async (trx) => {
    const state = await trx.selectFrom('sync_state').select('restorable').where('id', '=', 1).executeTakeFirst();
    if (!state || Number(state.restorable) === 0) return;
    await trx.updateTable('sync_state').set({ restorable: 0 }).where('id', '=', 1).execute();
    await appendChange(trx, {
      actor,
      at: now.toISOString(),
      entity: 'settings',
      entityId: 'sync',
      action: 'update',
      data: { restoreDeclined: Number(state.restorable) },
    });
  });
}
