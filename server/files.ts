// Attachment files at the hub: the district asks for a case's files (`hub request-files`), the register sends
// them in 1 MiB chunks, each a signed request, appended only at the byte the hub has reached — so a cut line
// resumes where it stopped, and a chunk sent twice is not written twice. A file is whole once its SHA-256 is its
// name; a replacement PC reads whole files back for its restore. Bytes live on disk under `filesDir`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { FILE_CHUNK_BYTES, type FilePutResponse } from '../shared/sync/downward.ts';
import { lockHub, writeTransaction } from './db/open.ts';
import type { HubDB } from './db/schema.ts';
import { verifiedRequest } from './deviceAuth.ts';
import { HubRefusal } from './errors.ts';

function fileOf(filesDir: string, sha256: string): string {
  return path.join(filesDir, sha256.slice(0, 2), sha256);
}

/** True when a case record of one of these committees lists the file among its attachments. */
async function belongs(db: Kysely<HubDB>, sha256: string, committeeIds: string[]): Promise<string | null> {
  if (committeeIds.length === 0) return null;
  // The hash is 64 hex characters, so a text search for it in the case's JSON cannot match anything else.
  const row = await db
    .selectFrom('records')
    .select('committee_id')
    .where('kind', '=', 'case')
    .where('committee_id', 'in', committeeIds)
    .where('data', 'like', `%"sha256":"${sha256}"%`)
    .executeTakeFirst();
  return row?.committee_id ?? null;
}

/**
 * Asks the committee for the files of a case's attachments (those the hub does not hold whole). Example:
 * `requestFiles(db, caseId, '区司法局 王', now)` → `{ requested: 3 }`. NOT_FOUND for a case the hub does not hold.
 */
export async function requestFiles(db: Kysely<HubDB>, caseId: string, by: string, now: Date): Promise<{ requested: number }> {
  const record = await db
    .selectFrom('records')
    .select(['committee_id', 'data'])
    .where('kind', '=', 'case')
    .where('record_id', '=', caseId)
    .executeTakeFirst();
  if (!record) throw new HubRefusal('not_found', `区级平台没有这件案件（${caseId}）`);
  // A case snapshot is CaseDetail: its attachments' metadata is in `progress.attachments`.
  const data = JSON.parse(record.data) as { progress?: { attachments?: { sha256?: unknown }[] } };
  const listed = data.progress?.attachments ?? [];
  const hashes = [...new Set(listed.map((a) => a.sha256).filter((h): h is string => typeof h === 'string'))];
  let requested = 0;
  for (const sha256 of hashes) {
    const held = await db.selectFrom('attachment_files').select('complete').where('sha256', '=', sha256).executeTakeFirst();
    if (held?.complete === 1) continue;
    const inserted = await db
      .insertInto('file_requests')
      .values({ sha256, committee_id: record.committee_id, requested_at: now.toISOString(), requested_by: by })
      .onConflict((oc) => oc.columns(['sha256', 'committee_id']).doNothing())
      .executeTakeFirst();
    requested += Number(inserted.numInsertedOrUpdatedRows ?? 0);
  }
  return { requested };
}

/** The requested files of these committees that the hub does not hold whole, with the bytes it has of each. */
export async function openFileRequests(db: Kysely<HubDB>, committeeIds: string[]): Promise<{ sha256: string; received: number }[]> {
  if (committeeIds.length === 0) return [];
  const rows = await db
    .selectFrom('file_requests as r')
    .leftJoin('attachment_files as f', 'f.sha256', 'r.sha256')
    .select(['r.sha256', 'f.received', 'f.complete'])
    .where('r.committee_id', 'in', committeeIds)
    .orderBy('r.requested_at')
    .limit(1000)
    .execute();
  return rows.filter((r) => r.complete !== 1).map((r) => ({ sha256: r.sha256, received: Number(r.received ?? 0) }));
}

/** Takes one chunk of a file (a signed `file_put` request and the chunk's bytes). */
export async function putChunk(db: Kysely<HubDB>, filesDir: string, envelope: unknown, chunk: Buffer, now: Date): Promise<FilePutResponse> {
  const request = await verifiedRequest(db, envelope, now);
  if (request.action !== 'file_put') throw new HubRefusal('bad_request', '此地址只接受 file_put 请求');
  const { sha256, size, offset } = request;
  if (chunk.length === 0 || chunk.length > FILE_CHUNK_BYTES) throw new HubRefusal('too_large', `每块应为1至${FILE_CHUNK_BYTES}字节`);
  if (crypto.createHash('sha256').update(chunk).digest('hex') !== request.chunkSha256)
    throw new HubRefusal('bad_hash', '文件块内容与其校验值不符');
  if (offset + chunk.length > size) throw new HubRefusal('bad_request', '文件块超出文件长度');
  const committeeId = await belongs(db, sha256, request.committeeIds);
  if (!committeeId) throw new HubRefusal('foreign_committee', '该文件不属于本机调委会的案件');

  const final = fileOf(filesDir, sha256);
  const part = `${final}.part`;
  return writeTransaction(db, async (trx) => {
    await lockHub(trx, `file:${sha256}`);
    let row = await trx.selectFrom('attachment_files').selectAll().where('sha256', '=', sha256).executeTakeFirst();
    if (row?.complete === 1) return { received: Number(row.size), complete: true };
    if (!row) {
      row = { sha256, committee_id: committeeId, size, received: 0, complete: 0, created_at: now.toISOString(), completed_at: null };
      await trx.insertInto('attachment_files').values(row).execute();
    }
    if (Number(row.size) !== size) throw new HubRefusal('bad_request', '文件长度与先前所报不符');
    const received = Number(row.received);
    // Only the next byte is taken: a chunk sent again, or out of order, is answered with where to go on from.
    if (offset !== received) return { received, complete: false };
    fs.mkdirSync(path.dirname(part), { recursive: true });
    const fd = fs.openSync(part, fs.existsSync(part) ? 'r+' : 'w');
    try {
      // Bytes past `received` are from a chunk whose commit failed: they are written over.
      fs.ftruncateSync(fd, received);
      fs.writeSync(fd, chunk, 0, chunk.length, received);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    const now_ = now.toISOString();
    if (received + chunk.length < size) {
      await trx
        .updateTable('attachment_files')
        .set({ received: received + chunk.length })
        .where('sha256', '=', sha256)
        .execute();
      return { received: received + chunk.length, complete: false };
    }
    const whole = crypto.createHash('sha256').update(fs.readFileSync(part)).digest('hex');
    if (whole !== sha256) {
      // The pieces do not make the file: start it again.
      fs.rmSync(part, { force: true });
      await trx.updateTable('attachment_files').set({ received: 0 }).where('sha256', '=', sha256).execute();
      return { received: 0, complete: false };
    }
    fs.renameSync(part, final);
    await trx
      .updateTable('attachment_files')
      .set({ received: size, complete: 1, completed_at: now_ })
      .where('sha256', '=', sha256)
      .execute();
    await trx.deleteFrom('file_requests').where('sha256', '=', sha256).execute();
    return { received: size, complete: true };
  });
}

/** A piece of a whole file the hub holds, for a device whose committees' cases list it (the restore). */
export async function getChunk(db: Kysely<HubDB>, filesDir: string, envelope: unknown, now: Date): Promise<Buffer> {
  const request = await verifiedRequest(db, envelope, now);
  if (request.action !== 'file_get') throw new HubRefusal('bad_request', '此地址只接受 file_get 请求');
  if (!(await belongs(db, request.sha256, request.committeeIds))) throw new HubRefusal('foreign_committee', '该文件不属于本机调委会的案件');
  const row = await db.selectFrom('attachment_files').select(['size', 'complete']).where('sha256', '=', request.sha256).executeTakeFirst();
  if (row?.complete !== 1) throw new HubRefusal('not_found', '区级平台没有这个文件');
  if (request.offset >= Number(row.size)) throw new HubRefusal('bad_request', '读取位置超出文件长度');
  const fd = fs.openSync(fileOf(filesDir, request.sha256), 'r');
  try {
    const length = Math.min(request.length, Number(row.size) - request.offset);
    const buffer = Buffer.alloc(length);
    fs.readSync(fd, buffer, 0, length, request.offset);
    return buffer;
  } finally {
    fs.closeSync(fd);
  }
}
