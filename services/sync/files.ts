// Attachment files between the register and the hub: the files the district asked for go up in 1 MiB chunks from
// the byte the hub has reached (a cut line resumes there), and a restored register fetches its files back, each
// checked against its SHA-256 before it is kept.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { FILE_CHUNK_BYTES, FilePutResponse, MAX_FILE_BYTES } from '../../shared/sync/downward.ts';
import { HUB_PROBLEMS } from '../../shared/sync/protocol.ts';
import { attachmentPath, storeFile } from '../attachments.ts';
import { log } from '../logger.ts';
import { HubCallError, postChallenge, postFileChunk, postFileGet } from './client.ts';
import { signDeviceRequest } from './deviceRequest.ts';
import { deviceKeyOf, type SyncContext } from './push.ts';
import { requireLink } from './state.ts';

/** Sends the requested files this register holds, each from where the hub stands; returns how many are now whole. */
export async function sendRequestedFiles(ctx: SyncContext, requests: { sha256: string; received: number }[]): Promise<number> {
  if (requests.length === 0) return 0;
  const link = await requireLink(ctx.db);
  const key = deviceKeyOf(ctx, link);
  let sent = 0;
  for (const { sha256, received } of requests) {
    const file = attachmentPath(ctx.dataDir, sha256);
    if (!fs.existsSync(file)) {
      log.warn('the hub asked for an attachment file this register does not hold', { sha256 });
      continue;
    }
    const bytes = fs.readFileSync(file);
    let offset = received;
    // Each round moves the hub forward or tells where it stands; twice the chunks plus a little is plenty.
    for (let round = 0; round < 2 * Math.ceil(bytes.length / FILE_CHUNK_BYTES) + 4; round++) {
      if (offset >= bytes.length) offset = 0;
      const chunk = bytes.subarray(offset, offset + FILE_CHUNK_BYTES);
      const challenge = await postChallenge(link.hubUrl, key.deviceId);
      const request = signDeviceRequest(
        {
          action: 'file_put',
          deviceId: key.deviceId,
          challenge,
          sha256,
          size: bytes.length,
          offset,
          chunkSha256: crypto.createHash('sha256').update(chunk).digest('hex'),
        },
        key.privateKey,
      );
      const answer = FilePutResponse.safeParse(await postFileChunk(link.hubUrl, request, chunk));
      if (!answer.success) throw new HubCallError('server', 'internal', `${HUB_PROBLEMS.internal}（文件回答格式不符）`);
      if (answer.data.complete) {
        sent += 1;
        break;
      }
      offset = answer.data.received;
    }
  }
  return sent;
}

/** Fetches the whole files the hub holds among these (those missing here), each verified; returns how many arrived. */
export async function fetchFiles(ctx: SyncContext, files: { sha256: string; size: number }[]): Promise<number> {
  const link = await requireLink(ctx.db);
  const key = deviceKeyOf(ctx, link);
  let fetched = 0;
  for (const { sha256, size } of files) {
    if (fs.existsSync(attachmentPath(ctx.dataDir, sha256)) || size <= 0 || size > MAX_FILE_BYTES) continue;
    const parts: Buffer[] = [];
    let offset = 0;
    try {
      while (offset < size) {
        const challenge = await postChallenge(link.hubUrl, key.deviceId);
        const length = Math.min(FILE_CHUNK_BYTES, size - offset);
        const part = await postFileGet(
          link.hubUrl,
          signDeviceRequest({ action: 'file_get', deviceId: key.deviceId, challenge, sha256, offset, length }, key.privateKey),
        );
        if (part.length === 0) break;
        parts.push(part);
        offset += part.length;
      }
    } catch (error) {
      // A file the hub does not hold whole stays missing here (fengqiao check lists it); the others go on.
      if (error instanceof HubCallError && error.problem === 'not_found') continue;
      throw error;
    }
    const bytes = Buffer.concat(parts);
    if (crypto.createHash('sha256').update(bytes).digest('hex') !== sha256) {
      log.warn('an attachment file from the hub did not match its hash; not kept', { sha256 });
      continue;
    }
    storeFile(ctx.dataDir, bytes);
    fetched += 1;
  }
  return fetched;
}
