// The faults the upward sync must survive, each against a real hub process (`fengqiao hub serve`) on loopback, on
// the embedded SQLite and on a real PostgreSQL: after each, the hub holds exactly the register's records (the same
// count and hash per committee at both ends), nothing twice, and the register's state says what happened.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { openHubDatabase } from '../../server/db/open.ts';
import { hubStatus } from '../../server/status.ts';
import { packBatch, readBatch } from '../../services/sync/batchFile.ts';
import { HubCallError, postBatch } from '../../services/sync/client.ts';
import { loadOrCreateDeviceKey } from '../../services/sync/deviceKey.ts';
import { outgoingBatches } from '../../services/sync/outgoing.ts';
import { applyReceipt, pendingRecords } from '../../services/sync/pending.ts';
import { enrol, exportPending, importReceipts, pushPending, type SyncContext } from '../../services/sync/push.ts';
import { receiptFileText, signReceipt, verifyReceipt } from '../../services/sync/receiptFile.ts';
import { syncLink } from '../../services/sync/state.ts';
import { syncReport } from '../../services/sync/status.ts';
import { cutProxy, enrolmentCode, hubCli, startHub, hubSuite } from '../helpers/hubProcess.ts';
import { sampleCase, testRegister, XUANWU_COMMITTEE, type TestRegister } from '../helpers/register.ts';
import { fengqiao } from '../helpers/runCli.ts';
import { sampleStep } from '../helpers/steps.ts';
import { todayInChina } from '../../shared/rules/dates.ts';

const DAY = 86_400_000;
const OTHER_COMMITTEE = {
  areaCode: '320104003000',
  name: '秦淮区夫子庙街道人民调解委员会',
  kind: 'township',
  abbreviation: '夫子庙',
} as const;

function context(app: TestRegister, now?: () => Date): SyncContext {
  return { db: app.register.db, dataDir: app.dataDir, appVersion: '0.1.0-test', ...(now ? { now } : {}) };
}

const quick = { attempts: 1 };

async function withCases(app: TestRegister, count: number): Promise<TestRegister> {
  for (let i = 0; i < count; i++) await app.api.call('cases.register', sampleCase());
  return app;
}

describe.each(['sqlite', 'postgres'] as const)('the sync survives its faults against a real hub (%s)', (dialect) => {
  const suite = hubSuite(dialect);

  /** A register with its own committee and `cases` cases, enrolled at `url` (the hub, or a proxy in front of it). */
  async function enrolledApp(
    cases: number,
    url = suite.hub.url,
    committee: typeof XUANWU_COMMITTEE | typeof OTHER_COMMITTEE = XUANWU_COMMITTEE,
  ) {
    const app = await withCases(await testRegister({ setUp: false }), 0);
    await app.api.call('setup.complete', committee);
    await withCases(app, cases);
    await enrol(context(app), url, await enrolmentCode(suite.target, committee.areaCode), 'test:clerk');
    return app;
  }

  /** The hub's view of the database, read in this process (the hub process keeps running). */
  async function hubView() {
    const opened = await openHubDatabase(suite.target.db, suite.target.dataDir);
    try {
      return await hubStatus(opened.db);
    } finally {
      await opened.close();
    }
  }

  async function batchesOf(deviceId: string): Promise<number> {
    const opened = await openHubDatabase(suite.target.db, suite.target.dataDir);
    try {
      const rows = await opened.db.selectFrom('batches').select('batch_id').where('device_id', '=', deviceId).execute();
      return rows.length;
    } finally {
      await opened.close();
    }
  }

  /** Both ends agree on every committee of the register: the same count and hash, and nothing left pending. */
  async function expectReconciled(app: TestRegister) {
    const report = await syncReport(app.register.db);
    expect(report.pending).toBe(0);
    const atHub = await hubView();
    for (const committee of report.committees) {
      const there = atHub.committees.find((c) => c.committeeId === committee.committeeId);
      expect(there, committee.name).toBeDefined();
      expect({ records: there!.records, hash: there!.hash }).toEqual({ records: committee.records, hash: committee.hash });
    }
    // Every record of the register is at the hub: committees, mediators, cases (with the hub counting them once).
    const own = report.committees.reduce((n, c) => n + c.records, 0);
    const cases = await app.register.db.selectFrom('cases').select('id').execute();
    expect(own).toBeGreaterThanOrEqual(cases.length + report.committees.length);
  }

  it('an upload cut in the middle leaves everything pending, and the next push delivers it once', async () => {
    const proxy = await cutProxy(suite.hub.port);
    try {
      const app = await enrolledApp(3, proxy.url);
      const before = (await pendingRecords(app.register.db)).length;
      proxy.set({ cutRequestAfter: 1500 });
      const failed = await pushPending(context(app), quick).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(HubCallError);
      expect((failed as HubCallError).kind).toBe('network');
      expect(proxy.cuts()).toBe(1);
      const report = await syncReport(app.register.db);
      expect(report.pending).toBe(before);
      expect(report.lastError?.code).toBe('network');
      expect(report.lastError?.message).toMatch(/区级平台/);
      const link = await syncLink(app.register.db);
      expect(await batchesOf(link!.deviceId)).toBe(0);

      const result = await pushPending(context(app), quick);
      expect(result).toMatchObject({ batches: 1, accepted: before, rejected: 0, pending: 0 });
      expect((await syncReport(app.register.db)).lastError).toBeNull();
      await expectReconciled(app);
    } finally {
      await proxy.close();
    }
  });

  it('an answer lost after the hub committed: the same batch goes again and is applied once', async () => {
    const proxy = await cutProxy(suite.hub.port);
    try {
      const app = await enrolledApp(2, proxy.url);
      proxy.set('dropAnswer');
      const result = await pushPending(context(app), { attempts: 3, retryDelay: () => 10 });
      expect(proxy.cuts()).toBe(1);
      expect(result.batches).toBe(1);
      const link = await syncLink(app.register.db);
      expect(await batchesOf(link!.deviceId)).toBe(1);
      await expectReconciled(app);
    } finally {
      await proxy.close();
    }
  });

  it('the same batch sent twice and three times is answered with the same receipt and applied once', async () => {
    const app = await enrolledApp(3);
    const link = (await syncLink(app.register.db))!;
    const key = loadOrCreateDeviceKey(app.dataDir);
    const [batch] = await outgoingBatches(app.register.db, key, '0.1.0');
    const hubKey = crypto.createPublicKey(link.hubPublicKeyPem);
    const receipts = [];
    for (let i = 0; i < 3; i++) receipts.push(verifyReceipt(await postBatch(link.hubUrl, batch!.file), hubKey, key.deviceId));
    expect(receipts.map((r) => r.duplicate)).toEqual([false, true, true]);
    expect(receipts[1]!.records).toEqual(receipts[0]!.records);
    expect(receipts[2]!.receivedAt).toBe(receipts[0]!.receivedAt);
    expect(await batchesOf(key.deviceId)).toBe(1);
    for (const receipt of receipts) await applyReceipt(app.register.db, receipt);
    await expectReconciled(app);
  });

  it('the hub killed between committing a batch and answering: the register resends, nothing is doubled', async () => {
    const faulty = await startHub(suite.target, { env: { FENGQIAO_HUB_FAULT: 'exit-before-reply' } });
    const app = await enrolledApp(3, faulty.url);
    const before = (await pendingRecords(app.register.db)).length;
    const failed = await pushPending(context(app), quick).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(HubCallError);
    expect(await faulty.exited).toBe(75);
    expect((await syncReport(app.register.db)).pending).toBe(before);

    const restarted = await startHub(suite.target, { port: faulty.port });
    try {
      const result = await pushPending(context(app), quick);
      expect(result).toMatchObject({ accepted: before, pending: 0 });
      await expectReconciled(app);
      // The committed batch and the one sent again are both kept as received; the records are held once.
      const link = await syncLink(app.register.db);
      expect(await batchesOf(link!.deviceId)).toBe(2);
    } finally {
      await restarted.stop();
    }
  });

  it('a batch with one flipped byte, or signed by another key, is refused whole and nothing is stored', async () => {
    const app = await enrolledApp(2);
    const link = (await syncLink(app.register.db))!;
    const key = loadOrCreateDeviceKey(app.dataDir);
    const [batch] = await outgoingBatches(app.register.db, key, '0.1.0');
    const file = batch!.file;

    const inPayload = Buffer.from(file);
    inPayload[inPayload.length - 10]! ^= 0x01;
    const inManifest = Buffer.from(file);
    const at = inManifest.indexOf(Buffer.from('"appVersion"')) + 15;
    inManifest[at]! ^= 0x01;
    const { records } = readBatch(file, () => ({ publicKey: crypto.createPublicKey(key.privateKey), revoked: false }));
    const stranger = crypto.generateKeyPairSync('ed25519').privateKey;
    const forged = packBatch(
      {
        records,
        deviceId: key.deviceId,
        committees: batch!.manifest.committees,
        seqFrom: 1,
        seqTo: batch!.manifest.seqTo,
        appVersion: '0.1.0',
      },
      stranger,
    ).file;

    const outcomes = [];
    for (const bad of [inPayload, inManifest, forged]) {
      const error = (await postBatch(link.hubUrl, bad).catch((e: unknown) => e)) as HubCallError;
      expect(error).toBeInstanceOf(HubCallError);
      expect(error.kind).toBe('refused');
      outcomes.push([error.status, error.problem]);
    }
    expect(outcomes).toEqual([
      [400, 'bad_hash'],
      [401, 'bad_signature'],
      [401, 'bad_signature'],
    ]);
    expect(await batchesOf(key.deviceId)).toBe(0);
    expect((await hubView()).committees.find((c) => c.devices.includes(key.deviceId))?.records ?? 0).toBe(0);
    await pushPending(context(app), quick);
    await expectReconciled(app);
  });

  it('a revoked device is told so, stops sending, and keeps what it had not delivered', async () => {
    const app = await enrolledApp(2);
    await pushPending(context(app), quick);
    const link = (await syncLink(app.register.db))!;
    await hubCli(suite.target, ['revoke', link.deviceId]);
    await withCases(app, 1);

    const refused = (await pushPending(context(app), quick).catch((e: unknown) => e)) as HubCallError;
    expect(refused).toBeInstanceOf(HubCallError);
    expect([refused.status, refused.problem]).toEqual([403, 'revoked_device']);
    const report = await syncReport(app.register.db);
    expect(report.revokedAt).not.toBeNull();
    expect(report.lastError?.message).toMatch(/停用/);
    expect(report.pending).toBe(1);
    // The next attempt does not even call the hub.
    const again = await pushPending(context(app), quick).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(AppError);
    expect(again).not.toBeInstanceOf(HubCallError);
    expect((again as AppError).message).toMatch(/停用/);
    // What the hub accepted before the revocation is what the register says it delivered.
    const atHub = await hubView();
    for (const c of report.committees) expect(atHub.committees.find((h) => h.committeeId === c.committeeId)?.hash).toBe(c.hash);
  });

  it('a device clock three days wrong changes nothing: the hub stamps its own time and keeps the newest version', async () => {
    const ahead = () => new Date(Date.now() + 3 * DAY);
    const behind = () => new Date(Date.now() - 3 * DAY);
    const app = await enrolledApp(1);
    const started = Date.now();
    await pushPending(context(app, ahead), quick);
    const [caseRow] = await app.register.db.selectFrom('cases').select(['id']).execute();
    await app.api.call('cases.record', { caseId: caseRow!.id, step: sampleStep('accept', todayInChina()) });
    await pushPending(context(app, behind), quick);
    await expectReconciled(app);

    const opened = await openHubDatabase(suite.target.db, suite.target.dataDir);
    try {
      const row = await opened.db
        .selectFrom('records')
        .select(['version', 'received_at', 'data'])
        .where('record_id', '=', caseRow!.id)
        .executeTakeFirstOrThrow();
      const [latest] = await app.register.db
        .selectFrom('change_log')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .where('entity_id', '=', caseRow!.id)
        .execute();
      expect(Number(row.version)).toBe(Number(latest!.seq));
      expect(row.data).toContain('"accept"');
      const received = Date.parse(row.received_at);
      expect(received).toBeGreaterThanOrEqual(started - 1000);
      expect(received).toBeLessThanOrEqual(Date.now() + 1000);
    } finally {
      await opened.close();
    }
  });

  it('the offline path refuses a truncated or foreign file and a forged receipts file, and takes the right ones', async () => {
    const app = await enrolledApp(3);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-stick-'));
    try {
      const stick = path.join(dir, 'pending.fqsync');
      const exported = await exportPending(context(app), stick);
      expect(exported.records).toBe((await pendingRecords(app.register.db)).length);
      const bytes = fs.readFileSync(stick);
      const truncated = path.join(dir, 'truncated.fqsync');
      fs.writeFileSync(truncated, bytes.subarray(0, bytes.length - 100));
      const foreign = path.join(dir, 'photo.jpg');
      fs.writeFileSync(foreign, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(2000)]));
      const dbArgs = ['--data-dir', suite.target.dataDir, ...(suite.target.db ? ['--db', suite.target.db] : [])];

      for (const [file, words] of [
        [truncated, /不完整/],
        [foreign, /不是枫桥/],
      ] as const) {
        const run = await fengqiao(['hub', 'import', file, ...dbArgs, '--out', path.join(dir, 'r.json')]);
        expect(run.code).toBe(3);
        expect(run.stderr).toMatch(words);
        expect(fs.existsSync(path.join(dir, 'r.json'))).toBe(false);
      }
      const link = (await syncLink(app.register.db))!;
      expect(await batchesOf(link.deviceId)).toBe(0);

      const receipts = path.join(dir, 'receipts.json');
      const run = await fengqiao(['hub', 'import', stick, ...dbArgs, '--out', receipts, '--json']);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ batches: 1, accepted: exported.records, rejected: 0, refused: [] });

      // A receipts file cut short, or signed by another hub, is refused and changes nothing.
      const text = fs.readFileSync(receipts, 'utf8');
      fs.writeFileSync(path.join(dir, 'cut.json'), text.slice(0, text.length / 2));
      await expect(importReceipts(context(app), path.join(dir, 'cut.json'))).rejects.toThrow(/不是枫桥的回执文件/);
      const impostor = crypto.generateKeyPairSync('ed25519').privateKey;
      const genuine = JSON.parse(text) as { receipts: { receipt: Parameters<typeof signReceipt>[0] }[] };
      fs.writeFileSync(path.join(dir, 'forged.json'), receiptFileText(genuine.receipts.map((r) => signReceipt(r.receipt, impostor, 'x'))));
      await expect(importReceipts(context(app), path.join(dir, 'forged.json'))).rejects.toThrow(/签名无效/);
      expect((await syncReport(app.register.db)).pending).toBe(exported.records);

      const cli = await fengqiao(['sync', 'import-receipt', receipts, '--data-dir', app.dataDir, '--json']);
      expect(cli.code, cli.stderr).toBe(0);
      expect(JSON.parse(cli.stdout)).toMatchObject({ receipts: 1, accepted: exported.records, pending: 0 });
      await expectReconciled(app);
      // Importing the same file twice at the hub is answered, not applied again.
      const twice = await fengqiao(['hub', 'import', stick, ...dbArgs, '--json']);
      expect(twice.code).toBe(0);
      expect(JSON.parse(twice.stdout)).toMatchObject({ batches: 1, duplicates: 1 });
      expect(await batchesOf(link.deviceId)).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('two devices of different committees uploading at once both arrive whole', async () => {
    const [a, b] = await Promise.all([enrolledApp(15), enrolledApp(15, suite.hub.url, OTHER_COMMITTEE)]);
    const [ra, rb] = await Promise.all([pushPending(context(a), quick), pushPending(context(b), quick)]);
    expect(ra.pending + rb.pending).toBe(0);
    await expectReconciled(a);
    await expectReconciled(b);
    // Both ends print the same figures: `sync status --json` and `hub status --json`.
    const appStatus = await fengqiao(['sync', 'status', '--data-dir', b.dataDir, '--json']);
    const hubStatusJson = JSON.parse(await hubCli(suite.target, ['status', '--json'])) as {
      committees: { committeeId: string; hash: string; records: number }[];
    };
    const mine = (JSON.parse(appStatus.stdout) as { committees: { committeeId: string; hash: string; records: number }[] }).committees;
    for (const c of mine)
      expect(hubStatusJson.committees.find((h) => h.committeeId === c.committeeId)).toMatchObject({ hash: c.hash, records: c.records });
  });

  if (dialect === 'postgres')
    it('PostgreSQL restarted under the hub: refused as unavailable meanwhile, then everything arrives', async () => {
      const app = await enrolledApp(2);
      await pushPending(context(app), quick);
      await withCases(app, 2);
      await suite.postgres!.stop();
      const failed = (await pushPending(context(app), quick).catch((e: unknown) => e)) as HubCallError;
      expect(failed).toBeInstanceOf(HubCallError);
      expect([failed.kind, failed.status]).toEqual(['server', 503]);
      expect((await syncReport(app.register.db)).pending).toBe(2);
      await suite.postgres!.restart();
      const result = await pushPending(context(app), { attempts: 5, retryDelay: () => 200 });
      expect(result.pending).toBe(0);
      await expectReconciled(app);
    });
});
