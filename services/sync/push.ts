// The register's side of the exchange with its district hub: enrolment, sending what is pending (online), the
// offline file for a USB stick and the receipts file that comes back. Every path ends the same way: a receipt
// the hub signed, taken in whole (applyReceipt); nothing else ever marks a record as delivered.
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import { BATCH_LIMITS, HUB_PROBLEMS, type SyncRecord } from '../../shared/sync/protocol.ts';
import type { DB } from '../db/schema.ts';
import { immediateTransaction } from '../db/open.ts';
import { log } from '../logger.ts';
import { BUNDLE_MAX_BATCHES, packBatch, packBundle, planBatches } from './batchFile.ts';
import { HubCallError, normaliseHubUrl, postBatch, postEnrolment } from './client.ts';
import { loadOrCreateDeviceKey, publicKeyFromPem, type DeviceKey } from './deviceKey.ts';
import { applyReceipt, pendingRecords, settleGone, type PendingRecord } from './pending.ts';
import { readReceiptFile, verifyReceipt } from './receiptFile.ts';
import { snapshot } from './records.ts';
import { noteAttempt, requireLink, requireSendingLink, saveEnrolment, syncLink, type SyncLink } from './state.ts';

export interface SyncContext {
  db: Kysely<DB>;
  dataDir: string;
  appVersion: string;
  now?: () => Date;
}

const clock = (ctx: SyncContext) => (ctx.now ?? (() => new Date()))();

/** Enrols this register with the hub at `hubUrl` using the district's one-time code; returns what the hub registered. */
export async function enrol(ctx: SyncContext, hubUrl: string, code: string, actor: string) {
  const url = normaliseHubUrl(hubUrl);
  const previous = await syncLink(ctx.db);
  // A revoked device's key is refused by the hub for good: enrolling again means a new key. The old one is kept
  // beside it (renamed), never deleted, so its past signatures stay explainable.
  if (previous?.revokedAt) retireDeviceKey(ctx.dataDir, clock(ctx));
  const key = loadOrCreateDeviceKey(ctx.dataDir);
  const committees = await ctx.db.selectFrom('committees').select(['id', 'area_code', 'name', 'is_own']).orderBy('created_at').execute();
  const answer = await postEnrolment(url, {
    code,
    publicKeyPem: key.publicKeyPem,
    committees: committees.map((c) => ({ id: c.id, areaCode: c.area_code, name: c.name, isOwn: Boolean(c.is_own) })),
    appVersion: ctx.appVersion,
  }).catch((error: unknown) => {
    // Enrolment is not retried by itself: say what to do instead of "稍后会自动重试".
    if (error instanceof HubCallError && error.retryable)
      throw new HubCallError(
        error.kind,
        error.problem,
        `${error.message.replace(/，稍后会自动重试$/, '')}，请检查网络和平台地址后再试`,
        error.status,
      );
    throw error;
  });
  if (answer.deviceId !== key.deviceId) throw new AppError('INTERNAL', '区级平台登记的设备编号与本机不符，未保存登记');
  publicKeyFromPem(answer.hubPublicKeyPem);
  await saveEnrolment(
    ctx.db,
    {
      hubUrl: url,
      hubId: answer.hubId,
      hubPublicKeyPem: answer.hubPublicKeyPem,
      deviceId: answer.deviceId,
      committeeCode: answer.committeeCode,
      enrolledAt: answer.enrolledAt,
      // Only a register with no cases of its own can take the replaced PC's register back.
      restorable:
        answer.restorable > 0 && !(await ctx.db.selectFrom('cases').select('id').limit(1).executeTakeFirst()) ? answer.restorable : 0,
    },
    actor,
    clock(ctx),
  );
  await raiseVersionBase(ctx.db, answer.maxVersion);
  log.info('enrolled with the district hub', { hubUrl: url, deviceId: answer.deviceId, committees: answer.committeeIds.length });
  return answer;
}

/**
 * Makes sure this register's next changes outrank every version the hub holds of its records: a register restored
 * from a backup onto a new PC, say, whose old PC sent changes after the backup. Raising the base makes every record
 * pending once more (each is sent again, above the hub's version); when the hub holds nothing newer, nothing moves.
 */
async function raiseVersionBase(db: Kysely<DB>, hubMax: number): Promise<void> {
  await immediateTransaction(db, async (trx) => {
    const state = await trx.selectFrom('sync_state').select('version_base').where('id', '=', 1).executeTakeFirst();
    const last = await trx
      .selectFrom('change_log')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirst();
    const base = Number(state?.version_base ?? 0);
    if (Number(last?.seq ?? 0) + base > hubMax) return;
    await trx.updateTable('sync_state').set({ version_base: hubMax }).where('id', '=', 1).execute();
    log.warn('the hub holds newer versions of this register’s records than its change log; versions now start above them', { hubMax });
  });
}

function retireDeviceKey(dataDir: string, now: Date): void {
  const file = path.join(dataDir, 'sync', 'device-key.pem');
  if (fs.existsSync(file))
    fs.renameSync(file, path.join(dataDir, 'sync', `device-key.revoked-${now.toISOString().replace(/[:.]/g, '-')}.pem`));
}

/** This device's key, checked against the one the hub registered (a key file restored from elsewhere is refused). */
export function deviceKeyOf(ctx: SyncContext, link: SyncLink): DeviceKey {
  const key = loadOrCreateDeviceKey(ctx.dataDir);
  if (key.deviceId !== link.deviceId)
    throw new AppError(
      'CONFLICT',
      '本机的同步密钥与区级平台登记的不一致（可能是换了电脑或从备份恢复）：请向区司法局申请新的登记码，重新登记本机',
    );
  return key;
}

/**
 * The pending records in the order they go: committees first (the hub learns a new committee before its cases),
 * then red and orange cases (四色预警: they jump the queue), then everything else oldest change first.
 */
export async function sendingOrder(db: Kysely<DB>, pending: PendingRecord[]): Promise<PendingRecord[]> {
  const urgent = await urgentCases(db, pending);
  const rank = (p: PendingRecord) => (p.kind === 'committee' ? 0 : p.kind === 'case' && urgent.has(p.id) ? 1 : 2);
  return pending
    .map((p, index) => ({ p, index }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.index - b.index)
    .map(({ p }) => p);
}

/** The ids of the pending cases that carry a red or orange warning. */
async function urgentCases(db: Kysely<DB>, pending: PendingRecord[]): Promise<Set<string>> {
  const ids = pending.filter((p) => p.kind === 'case').map((p) => p.id);
  const urgent = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('cases')
      .select('id')
      .where('id', 'in', ids.slice(i, i + 500))
      .where('risk_level', 'in', ['red', 'orange'])
      .execute();
    for (const row of rows) urgent.add(row.id);
  }
  return urgent;
}

/** Snapshots of the pending records in sending order (up to `limit`); records that no longer exist are settled. */
async function pendingSnapshots(db: Kysely<DB>, limit = Infinity): Promise<SyncRecord[]> {
  const ordered = await sendingOrder(db, await pendingRecords(db));
  const records: SyncRecord[] = [];
  const gone: PendingRecord[] = [];
  for (const pending of ordered) {
    if (records.length >= limit) break;
    const record = await snapshot(db, pending);
    if (record) records.push(record);
    else gone.push(pending);
  }
  await settleGone(db, gone);
  return records;
}

function pack(records: SyncRecord[], key: DeviceKey, appVersion: string, now: Date) {
  const versions = records.map((r) => r.version);
  return packBatch(
    {
      records,
      deviceId: key.deviceId,
      committees: [...new Set(records.map((r) => r.committeeId))],
      seqFrom: Math.min(...versions),
      seqTo: Math.max(...versions),
      appVersion,
      // The device's clock, shown at the hub and never used for ordering.
      createdAt: now.toISOString(),
    },
    key.privateKey,
  );
}

export interface PushResult {
  batches: number;
  accepted: number;
  rejected: number;
  /** Records still waiting when the push ended (0 after a complete push). */
  pending: number;
}

export interface PushOptions {
  /** Tries per batch before giving up (the background sender tries once and backs off itself). Default 3. */
  attempts?: number;
  /** Wait before the n-th retry (ms); default exponential from 1 s with jitter. */
  retryDelay?: (attempt: number) => number;
  /** Stops after this many batches (the urgent pass sends one). */
  maxBatches?: number;
}

/**
 * Exponential backoff with jitter: base·2^(attempt−1), capped, then between half of it and all of it at random, so
 * that offices that lost the line together do not all come back in the same second. attempt counts from 1.
 * Example: `backoffDelay(3, 1000)` → between 2000 and 4000 ms.
 */
export function backoffDelay(attempt: number, baseMs = 1000, capMs = 60_000, random = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** How many red and orange cases are waiting to go up (四色预警: they go within a minute when the hub is reachable). */
export async function urgentPending(db: Kysely<DB>): Promise<number> {
  return (await urgentCases(db, await pendingRecords(db))).size;
}

/**
 * Sends every pending record to the hub, batch by batch, each receipt taken in before the next batch is built.
 * A batch interrupted on the way (no answer, 5xx) is sent again as it was — same bytes, same batch id — so the hub
 * applies it once however often it arrives. Throws HubCallError when it could not finish (the state notes it);
 * a refusal of the device (revoked) is remembered and stops every later attempt.
 */
export async function pushPending(ctx: SyncContext, options: PushOptions = {}): Promise<PushResult> {
  const link = await requireSendingLink(ctx.db);
  const key = deviceKeyOf(ctx, link);
  const hubKey = publicKeyFromPem(link.hubPublicKeyPem);
  const attempts = options.attempts ?? 3;
  const delay = options.retryDelay ?? ((n: number) => backoffDelay(n));
  const result: PushResult = { batches: 0, accepted: 0, rejected: 0, pending: 0 };
  try {
    for (;;) {
      if (options.maxBatches !== undefined && result.batches >= options.maxBatches) break;
      const records = await pendingSnapshots(ctx.db, BATCH_LIMITS.records);
      if (records.length === 0) break;
      const batch = pack(planBatches(records)[0]!, key, ctx.appVersion, clock(ctx));
      let answer: unknown;
      for (let attempt = 1; ; attempt++) {
        try {
          answer = await postBatch(link.hubUrl, batch.file);
          break;
        } catch (error) {
          if (!(error instanceof HubCallError) || !error.retryable || attempt >= attempts) throw error;
          log.info('batch not delivered; trying again', { batchId: batch.manifest.batchId, attempt, problem: error.problem });
          await new Promise((resolve) => setTimeout(resolve, delay(attempt)));
        }
      }
      const receipt = verifyReceipt(answer, hubKey, key.deviceId);
      if (receipt.batchId !== batch.manifest.batchId) throw new AppError('INTERNAL', '区级平台的回执与所发批次不符');
      const taken = await applyReceipt(ctx.db, receipt, clock(ctx));
      result.batches += 1;
      result.accepted += taken.accepted;
      result.rejected += taken.rejected;
      // A receipt that covers none of the records sent would loop for ever: stop and say so.
      if (taken.accepted + taken.rejected === 0) throw new AppError('INTERNAL', '区级平台的回执没有包含任何记录');
    }
  } catch (error) {
    await noteFailure(ctx, error);
    throw error;
  }
  result.pending = (await pendingRecords(ctx.db)).length;
  await noteAttempt(ctx.db, clock(ctx), { ok: true });
  return result;
}

/** Notes a failed exchange with the hub in the sync state, in the clerk's words; a revoked device is marked so. */
export async function noteFailure(ctx: SyncContext, error: unknown): Promise<void> {
  const problem = error instanceof HubCallError ? error.problem : 'internal';
  const message = error instanceof AppError ? error.message : HUB_PROBLEMS.internal;
  await noteAttempt(ctx.db, clock(ctx), { ok: false, code: problem, message, revoked: problem === 'revoked_device' });
}

/** Writes `bytes` to `file` through a temporary file beside it, renamed into place: never half a file. */
function writeWhole(file: string, bytes: Buffer | string): void {
  const tmp = `${file}.${process.pid}.part`;
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw new AppError('UNAVAILABLE', `无法写入文件 ${file}：${(error as Error).message}`);
  }
}

/** Every pending record as one offline file (signed batches, FQPACK); changes nothing in the register. */
export async function buildOfflineFile(ctx: SyncContext): Promise<{ bytes: Buffer; batches: number; records: number }> {
  const link = await requireSendingLink(ctx.db);
  const key = deviceKeyOf(ctx, link);
  const records = await pendingSnapshots(ctx.db);
  const planned = planBatches(records);
  if (planned.length > BUNDLE_MAX_BATCHES)
    throw new AppError('VALIDATION', `待发送的数据太多（${planned.length}个批次），请分次导出或联网发送`);
  const bytes = packBundle(planned.map((batch) => pack(batch, key, ctx.appVersion, clock(ctx)).file));
  return { bytes, batches: planned.length, records: records.length };
}

/**
 * Writes every pending record into one offline file for the district to import (`hub import`). The records stay
 * pending until the district's receipts file is imported.
 */
export async function exportPending(
  ctx: SyncContext,
  out: string,
): Promise<{ file: string; batches: number; records: number; bytes: number }> {
  const built = await buildOfflineFile(ctx);
  writeWhole(out, built.bytes);
  return { file: out, batches: built.batches, records: built.records, bytes: built.bytes.length };
}

export interface ReceiptsImport {
  receipts: number;
  accepted: number;
  rejected: number;
  pending: number;
}

/** Takes in the district's receipts file (from `hub import`): every receipt verified first, then each applied whole. */
export async function importReceiptBytes(ctx: SyncContext, bytes: Uint8Array): Promise<ReceiptsImport> {
  const link = await requireLink(ctx.db, { allowRevoked: true });
  if (bytes.length > 64 * 1024 * 1024) throw new AppError('VALIDATION', '回执文件太大，不是枫桥的回执文件');
  const receipts = readReceiptFile(bytes, publicKeyFromPem(link.hubPublicKeyPem), link.deviceId);
  let accepted = 0;
  let rejected = 0;
  for (const receipt of receipts) {
    const taken = await applyReceipt(ctx.db, receipt, clock(ctx));
    accepted += taken.accepted;
    rejected += taken.rejected;
  }
  await noteAttempt(ctx.db, clock(ctx), { ok: true });
  return { receipts: receipts.length, accepted, rejected, pending: (await pendingRecords(ctx.db)).length };
}

/** importReceiptBytes of a file on disk (NOT_FOUND when it cannot be read). */
export async function importReceipts(ctx: SyncContext, file: string): Promise<ReceiptsImport> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new AppError('NOT_FOUND', `无法读取回执文件 ${file}：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return importReceiptBytes(ctx, bytes);
}
