// Attachment files between a register and a real hub process (SQLite and PostgreSQL): the district asks for a
// case's files, the register sends them in chunks from where the hub stands (a cut upload resumes, a chunk sent
// twice is not written twice), and a replacement PC fetches them back with its restore, each checked by hash.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FILE_CHUNK_BYTES, FilePutResponse } from '../../shared/sync/downward.ts';
import { attachmentPath } from '../../services/attachments.ts';
import { HubCallError, postChallenge, postFileChunk } from '../../services/sync/client.ts';
import { loadOrCreateDeviceKey } from '../../services/sync/deviceKey.ts';
import { signDeviceRequest } from '../../services/sync/deviceRequest.ts';
import { pullFromHub } from '../../services/sync/downward.ts';
import { sendRequestedFiles } from '../../services/sync/files.ts';
import { enrol, pushPending, type SyncContext } from '../../services/sync/push.ts';
import { syncLink } from '../../services/sync/state.ts';
import { restoreFromHub } from '../../services/sync/takeover.ts';
import { cutProxy, enrolmentCode, hubCli, hubSuite } from '../helpers/hubProcess.ts';
import { sampleCase, testRegister, XUANWU_COMMITTEE, type TestRegister } from '../helpers/register.ts';

const context = (app: TestRegister): SyncContext => ({ db: app.register.db, dataDir: app.dataDir, appVersion: '0.1.0-test' });

/** A real PNG of about 2.5 MiB (random pixels do not compress): three chunks. */
function bigPng(): Buffer {
  const width = 1024;
  const height = 850;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  crypto.randomFillSync(raw);
  for (let y = 0; y < height; y++) raw[y * (width * 3 + 1)] = 0;
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 0 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe.each(['sqlite', 'postgres'] as const)('attachment files through a real hub (%s)', (dialect) => {
  const suite = hubSuite(dialect);

  const hubFile = (sha256: string) => path.join(suite.target.dataDir, 'hub-files', sha256.slice(0, 2), sha256);

  /** A register with one case and a 2.5 MiB scan, enrolled at `url`, everything pushed; the district asks for the files. */
  async function caseWithScan(url: string) {
    const app = await testRegister();
    const registered = await app.api.call('cases.register', sampleCase());
    const png = bigPng();
    const attachment = await app.api.call('attachments.add', {
      caseId: registered.id,
      name: '现场照片.png',
      category: 'evidence',
      contentBase64: png.toString('base64'),
    });
    await enrol(context(app), url, await enrolmentCode(suite.target, XUANWU_COMMITTEE.areaCode), 'test:admin');
    await pushPending(context(app));
    await hubCli(suite.target, ['request-files', '--case', registered.id]);
    return { app, caseId: registered.id, sha256: attachment.sha256, png };
  }

  it('sends the requested files whole, resuming where the hub stands after a cut and never writing a chunk twice', async () => {
    const proxy = await cutProxy(suite.hub.port);
    try {
      const { app, sha256, png } = await caseWithScan(proxy.url);
      expect(png.length).toBeGreaterThan(2 * FILE_CHUNK_BYTES);
      const link = (await syncLink(app.register.db))!;
      const key = loadOrCreateDeviceKey(app.dataDir);

      // The first chunk, twice: the hub takes it once and says where it stands.
      const first = png.subarray(0, FILE_CHUNK_BYTES);
      const put = async (offset: number, chunk: Buffer) => {
        const challenge = await postChallenge(link.hubUrl, key.deviceId);
        const request = signDeviceRequest(
          {
            action: 'file_put',
            deviceId: key.deviceId,
            challenge,
            sha256,
            size: png.length,
            offset,
            chunkSha256: crypto.createHash('sha256').update(chunk).digest('hex'),
          },
          key.privateKey,
        );
        return FilePutResponse.parse(await postFileChunk(link.hubUrl, request, chunk));
      };
      expect(await put(0, first)).toEqual({ received: FILE_CHUNK_BYTES, complete: false });
      expect(await put(0, first)).toEqual({ received: FILE_CHUNK_BYTES, complete: false });

      // The next chunk is cut on the way: nothing whole yet, and the hub still stands at the first chunk's end.
      proxy.set({ cutRequestAfter: 600_000 });
      const cut = await sendRequestedFiles(context(app), [{ sha256, received: FILE_CHUNK_BYTES }]).catch((e: unknown) => e);
      expect(cut).toBeInstanceOf(HubCallError);
      expect(fs.existsSync(hubFile(sha256))).toBe(false);

      // The next pull tells where to resume and sends the rest.
      const pulled = await pullFromHub(context(app));
      expect(pulled.filesSent).toBe(1);
      expect(
        crypto
          .createHash('sha256')
          .update(fs.readFileSync(hubFile(sha256)))
          .digest('hex'),
      ).toBe(sha256);
      // Asked for no more: the next pull sends nothing.
      expect((await pullFromHub(context(app))).filesSent).toBe(0);
    } finally {
      await proxy.close();
    }
  });

  it('a replacement PC fetches the files back with its restore', async () => {
    const { app, caseId, sha256, png } = await caseWithScan(suite.hub.url);
    expect((await pullFromHub(context(app))).filesSent).toBe(1);
    await hubCli(suite.target, ['revoke', (await syncLink(app.register.db))!.deviceId]);

    const fresh = await testRegister();
    await enrol(context(fresh), suite.hub.url, await enrolmentCode(suite.target, XUANWU_COMMITTEE.areaCode), 'test:admin');
    const restored = await restoreFromHub(context(fresh), 'test:admin');
    expect(restored.files).toBe(1);
    expect(fs.readFileSync(attachmentPath(fresh.dataDir, sha256)).equals(png)).toBe(true);
    const [attachment] = (await fresh.api.call('cases.get', { id: caseId })).progress.attachments;
    const content = await fresh.api.call('attachments.get', { id: attachment!.id });
    expect(Buffer.from(content.contentBase64, 'base64').equals(png)).toBe(true);
  });
});
