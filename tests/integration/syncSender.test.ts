// The background sender against a real hub process: a red or orange case goes up within the urgent delay without
// waiting for the interval; while the hub is away the sender backs off and says why, and when it is back
// everything goes; 立即同步 and the loop never send the same records side by side.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHubDatabase } from '../../server/db/open.ts';
import { enrol } from '../../services/sync/push.ts';
import { syncLink } from '../../services/sync/state.ts';
import { syncReport } from '../../services/sync/status.ts';
import type { SenderOptions } from '../../services/sync/sender.ts';
import { enrolmentCode, startHub, type HubProcess, type HubTarget } from '../helpers/hubProcess.ts';
import { sampleCase, testRegister, XUANWU_COMMITTEE, type TestRegister } from '../helpers/register.ts';

let target: HubTarget;
let hub: HubProcess;

beforeAll(async () => {
  target = { dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-sender-')) };
  hub = await startHub(target);
});
afterAll(async () => {
  await hub.stop();
  fs.rmSync(target.dataDir, { recursive: true, force: true });
});

/** Polls until `check` holds (the sender works on its own timers); fails with the last value after `ms`. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > until) throw new Error(`condition not reached; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

async function enrolled(sync: SenderOptions, url = hub.url): Promise<TestRegister> {
  const app = await testRegister({ sync });
  const ctx = { db: app.register.db, dataDir: app.dataDir, appVersion: '0.1.0-test' };
  await enrol(ctx, url, await enrolmentCode(target, XUANWU_COMMITTEE.areaCode), 'test:admin');
  return app;
}

const pendingOf = (app: TestRegister) => async () => (await syncReport(app.register.db)).pending;

describe('the background sender', () => {
  it('sends a red case within the urgent delay, long before its interval', async () => {
    const app = await enrolled({ intervalMs: 3_600_000, firstDelayMs: 3_600_000, urgentDelayMs: 200 });
    await app.register.sync.sendNow();
    app.register.sync.start();
    await app.api.call('cases.register', sampleCase());
    // A blue case waits for the interval: nothing is scheduled sooner than it.
    const waiting = app.register.sync.state();
    expect(Date.parse(waiting.nextAttemptAt!) - Date.now()).toBeGreaterThan(60_000);
    await app.api.call('cases.register', sampleCase({ riskLevel: 'red' }));
    expect(await eventually(pendingOf(app), (n) => n === 0)).toBe(0);
    expect((await syncReport(app.register.db)).lastError).toBeNull();
  });

  it('backs off while the hub is away, says why, and sends everything once it is back', async () => {
    const away = await startHub(target);
    const app = await enrolled({ intervalMs: 3_600_000, firstDelayMs: 0, baseBackoffMs: 100, maxBackoffMs: 400 }, away.url);
    await app.api.call('cases.register', sampleCase());
    await away.stop();
    app.register.sync.start();
    const link = await eventually(
      () => syncLink(app.register.db),
      (l) => (l?.failures ?? 0) >= 3,
    );
    expect(link!.lastError?.code).toBe('network');
    expect(link!.lastError?.message).toMatch(/无法连接区级平台/);
    expect(await pendingOf(app)()).toBeGreaterThan(0);

    const back = await startHub(target, { port: away.port });
    try {
      await eventually(pendingOf(app), (n) => n === 0);
      const after = await syncLink(app.register.db);
      expect(after).toMatchObject({ lastError: null, failures: 0 });
    } finally {
      await back.stop();
    }
  });

  it('立即同步 twice at once sends the pending records in one batch, not twice', async () => {
    const app = await enrolled({ intervalMs: 3_600_000, firstDelayMs: 3_600_000 });
    for (let i = 0; i < 3; i++) await app.api.call('cases.register', sampleCase());
    const [first, second] = await Promise.all([app.register.sync.sendNow(), app.register.sync.sendNow()]);
    expect([first.batches, second.batches]).toEqual([1, 0]);
    const deviceId = (await syncLink(app.register.db))!.deviceId;
    const opened = await openHubDatabase(undefined, target.dataDir);
    try {
      const batches = await opened.db.selectFrom('batches').select('batch_id').where('device_id', '=', deviceId).execute();
      expect(batches).toHaveLength(1);
    } finally {
      await opened.close();
    }
  });
});
