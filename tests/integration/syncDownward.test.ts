// What comes down from the district hub, against a real hub process on SQLite and PostgreSQL: reference data
// published as versions and applied whole (the district's four-colour warnings replace the local ones and stay),
// notes on a committee's records that reach the clerk once, requests signed over one-time challenges that cannot
// be replayed or forged, and a revoked device told so even when it has nothing to send.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../shared/domain/config.ts';
import { HubCallError, postChallenge, postSigned } from '../../services/sync/client.ts';
import { loadOrCreateDeviceKey } from '../../services/sync/deviceKey.ts';
import { signDeviceRequest } from '../../services/sync/deviceRequest.ts';
import { pullFromHub, pullNoting } from '../../services/sync/downward.ts';
import { enrol, pushPending, type SyncContext } from '../../services/sync/push.ts';
import { syncLink } from '../../services/sync/state.ts';
import { enrolmentCode, hubCli, hubSuite } from '../helpers/hubProcess.ts';
import { sampleCase, testRegister, XUANWU_COMMITTEE, type TestRegister } from '../helpers/register.ts';
import { fengqiao } from '../helpers/runCli.ts';

const context = (app: TestRegister): SyncContext => ({ db: app.register.db, dataDir: app.dataDir, appVersion: '0.1.0-test' });

const DISTRICT_WARNINGS = {
  ...DEFAULT_CONFIG.warnings,
  red: { ...DEFAULT_CONFIG.warnings.red, criteria: '区司法局统一标准：可能引发群体性事件或极端行为', reviewDays: 1 },
  groupSize: 8,
};

describe.each(['sqlite', 'postgres'] as const)('downward from the district hub (%s)', (dialect) => {
  const suite = hubSuite(dialect);

  const dbArgs = () => ['--data-dir', suite.target.dataDir, ...(suite.target.db ? ['--db', suite.target.db] : [])];

  async function enrolledApp(cases = 1): Promise<TestRegister> {
    const app = await testRegister();
    for (let i = 0; i < cases; i++) await app.api.call('cases.register', sampleCase());
    await enrol(context(app), suite.hub.url, await enrolmentCode(suite.target, XUANWU_COMMITTEE.areaCode), 'test:admin');
    return app;
  }

  async function publish(content: unknown): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const file = path.join(suite.target.dataDir, `reference-${crypto.randomUUID()}.json`);
    fs.writeFileSync(file, JSON.stringify(content));
    return fengqiao(['hub', 'reference', 'publish', file, ...dbArgs(), '--json']);
  }

  it('applies the newest reference data whole, keeps the district warnings, and tells the hub the version it has', async () => {
    const bad = await publish({ disputeTypes: [{ code: 'no-such-type', label: '乱填', active: true }] });
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/基础数据不正确/);

    const published = await publish({
      warnings: DISTRICT_WARNINGS,
      disputeTypes: [{ code: 'neighbourhood', label: '邻里纠纷（含宅基地）', active: true }],
      announcements: [{ id: 'a1', title: '年度统计报送', body: '请于12月5日前完成年度报送。', publishedAt: '2026-11-29' }],
    });
    expect(published.code, published.stderr).toBe(0);
    const { version } = JSON.parse(published.stdout) as { version: number };

    const app = await enrolledApp();
    await pushPending(context(app));
    expect((await pullFromHub(context(app))).referenceApplied).toBe(version);
    const config = await app.api.call('config.get', {});
    expect(config.warnings.red.criteria).toBe(DISTRICT_WARNINGS.red.criteria);
    expect(config.warnings.groupSize).toBe(8);
    const current = await app.api.call('reference.current', {});
    expect(current.reference).toMatchObject({ version, announcements: [{ title: '年度统计报送' }] });

    // A local edit of the warnings keeps the district's; the rest of the settings change as asked.
    const edited = await app.api.call('config.set', { ...config, warnings: { ...config.warnings, groupSize: 30 }, reminderDays: 9 });
    expect(edited.warnings.groupSize).toBe(8);
    expect(edited.reminderDays).toBe(9);

    // Applied once: the next pull brings nothing new, and the hub now knows the version this device has.
    expect((await pullFromHub(context(app))).referenceApplied).toBeNull();
    const status = JSON.parse(await hubCli(suite.target, ['status', '--json'])) as {
      devices: { deviceId: string; referenceVersion: number }[];
    };
    const deviceId = (await syncLink(app.register.db))!.deviceId;
    expect(status.devices.find((d) => d.deviceId === deviceId)?.referenceVersion).toBe(version);
  });

  it("brings the district's notes on a record to the clerk once, linked to the case", async () => {
    const app = await enrolledApp(1);
    await pushPending(context(app));
    const [row] = await app.register.db.selectFrom('cases').select(['id', 'number', 'committee_id']).execute();
    const noted = await fengqiao([
      'hub',
      'note',
      ...dbArgs(),
      '--committee',
      row!.committee_id,
      '--kind',
      'case',
      '--record',
      row!.id,
      '--text',
      '请补充被申请人的身份证号码',
      '--author',
      '区司法局 王科长',
    ]);
    expect(noted.code, noted.stderr).toBe(0);
    const elsewhere = await fengqiao([
      'hub',
      'note',
      ...dbArgs(),
      '--committee',
      'someone-else',
      '--kind',
      'case',
      '--record',
      row!.id,
      '--text',
      '错放',
    ]);
    expect(elsewhere.code).toBe(3);

    expect((await pullFromHub(context(app))).notes).toBe(1);
    expect((await pullFromHub(context(app))).notes).toBe(0);
    const [note] = await app.api.call('sync.notes', { recordId: row!.id });
    expect(note).toMatchObject({
      kind: 'case',
      label: row!.number,
      body: '请补充被申请人的身份证号码',
      author: '区司法局 王科长',
      handledAt: null,
    });
    const handled = await app.api.call('sync.handleNote', { noteId: note!.noteId });
    expect(handled.handledAt).not.toBeNull();
    expect(await app.api.call('sync.notes', { open: true })).toEqual([]);
  });

  it('refuses a replayed, forged or unknown signed request', async () => {
    const app = await enrolledApp(0);
    const key = loadOrCreateDeviceKey(app.dataDir);
    const challenge = await postChallenge(suite.hub.url, key.deviceId);
    const request = signDeviceRequest(
      { action: 'pull', deviceId: key.deviceId, challenge, referenceVersion: 0, notesAfter: 0 },
      key.privateKey,
    );
    await postSigned(suite.hub.url, '/v1/pull', request);
    const refusal = async (p: Promise<unknown>) => {
      const error = (await p.catch((e: unknown) => e)) as HubCallError;
      expect(error).toBeInstanceOf(HubCallError);
      return [error.status, error.problem];
    };
    expect(await refusal(postSigned(suite.hub.url, '/v1/pull', request))).toEqual([400, 'bad_request']);
    const stranger = crypto.generateKeyPairSync('ed25519').privateKey;
    const fresh = await postChallenge(suite.hub.url, key.deviceId);
    const forged = signDeviceRequest(
      { action: 'pull', deviceId: key.deviceId, challenge: fresh, referenceVersion: 0, notesAfter: 0 },
      stranger,
    );
    expect(await refusal(postSigned(suite.hub.url, '/v1/pull', forged))).toEqual([401, 'bad_signature']);
    expect(await refusal(postChallenge(suite.hub.url, 'f'.repeat(32)))).toEqual([401, 'unknown_device']);
  });

  it('tells a revoked device so at its next pull, even with nothing to send', async () => {
    const app = await enrolledApp(1);
    await pushPending(context(app));
    await hubCli(suite.target, ['revoke', (await syncLink(app.register.db))!.deviceId]);
    expect((await pushPending(context(app))).batches).toBe(0);
    const error = (await pullNoting(context(app)).catch((e: unknown) => e)) as HubCallError;
    expect([error.status, error.problem]).toEqual([403, 'revoked_device']);
    expect((await syncLink(app.register.db))!.revokedAt).not.toBeNull();
  });
});
