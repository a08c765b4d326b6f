// A committee whose PC died takes its register back from the hub onto a new PC, against a real hub process on
// SQLite and PostgreSQL: the new PC waits to send until it has restored (or declined), gets back every record with
// its history, numbers its next case after the last one, and its changes outrank what the hub held.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { openHubDatabase } from '../../server/db/open.ts';
import { hubStatus } from '../../server/status.ts';
import { enrol, pushPending, type SyncContext } from '../../services/sync/push.ts';
import { syncLink } from '../../services/sync/state.ts';
import { syncReport } from '../../services/sync/status.ts';
import { declineRestore, restoreFromHub } from '../../services/sync/takeover.ts';
import { enrolmentCode, hubCli, hubSuite } from '../helpers/hubProcess.ts';
import { sampleCase, testRegister, XUANWU_COMMITTEE, type TestRegister } from '../helpers/register.ts';
import { sampleStep } from '../helpers/steps.ts';
import { todayInChina } from '../../shared/rules/dates.ts';

const context = (app: TestRegister): SyncContext => ({ db: app.register.db, dataDir: app.dataDir, appVersion: '0.1.0-test' });
// The register dates steps by the day in China, which is tomorrow in UTC from 16:00.
const today = () => todayInChina();
const sequenceOf = (number: string) => Number(/第(\d+)号/.exec(number)?.[1]);

describe.each(['sqlite', 'postgres'] as const)('a replacement PC restores its register from the hub (%s)', (dialect) => {
  const suite = hubSuite(dialect);

  async function enrolled(app: TestRegister) {
    return enrol(context(app), suite.hub.url, await enrolmentCode(suite.target, XUANWU_COMMITTEE.areaCode), 'test:admin');
  }

  async function hubFigures(committeeId: string) {
    const opened = await openHubDatabase(suite.target.db, suite.target.dataDir);
    try {
      return (await hubStatus(opened.db)).committees.find((c) => c.committeeId === committeeId);
    } finally {
      await opened.close();
    }
  }

  it('waits to send, restores every record, continues the numbering, and its changes outrank the hub', async () => {
    // The old PC: cases with history, all sent up; then it dies and the district revokes it.
    const old = await testRegister();
    const cases = [];
    for (let i = 0; i < 4; i++) cases.push(await old.api.call('cases.register', sampleCase()));
    await old.api.call('cases.record', { caseId: cases[0]!.id, step: sampleStep('accept', today()) });
    await enrolled(old);
    await pushPending(context(old));
    const oldCommittee = (await old.api.call('setup.status', {})).ownCommittee!.id;
    await hubCli(suite.target, ['revoke', (await syncLink(old.register.db))!.deviceId]);

    // The new PC, set up for the same committee, enrols: the hub has its predecessor's records for it.
    const fresh = await testRegister();
    const answer = await enrolled(fresh);
    expect(answer.restorable).toBeGreaterThanOrEqual(5);
    const waiting = (await pushPending(context(fresh)).catch((e: unknown) => e)) as AppError;
    expect(waiting).toBeInstanceOf(AppError);
    expect(waiting.message).toMatch(/请先.*恢复/);

    const restored = await restoreFromHub(context(fresh), 'test:admin');
    expect(restored.cases).toBe(4);
    const back = await fresh.api.call('cases.get', { id: cases[0]!.id });
    expect(back.number).toBe(cases[0]!.number);
    expect((await fresh.api.call('setup.status', {})).ownCommittee!.id).toBe(oldCommittee);

    // Both ends agree at once, and what the fresh install made before the restore is settled, not sent.
    await pushPending(context(fresh));
    const report = await syncReport(fresh.register.db);
    expect(report.pending).toBe(0);
    const own = report.committees.find((c) => c.committeeId === oldCommittee)!;
    expect(await hubFigures(oldCommittee)).toMatchObject({ records: own.records, hash: own.hash });

    // Numbering continues; a change to a restored case goes up and replaces the hub's copy.
    const next = await fresh.api.call('cases.register', sampleCase());
    expect(sequenceOf(next.number)).toBeGreaterThan(Math.max(...cases.map((c) => sequenceOf(c.number))));
    await fresh.api.call('cases.record', { caseId: cases[1]!.id, step: sampleStep('accept', today()) });
    const sent = await pushPending(context(fresh));
    expect(sent).toMatchObject({ accepted: 2, rejected: 0, pending: 0 });
    const after = await syncReport(fresh.register.db);
    const figures = after.committees.find((c) => c.committeeId === oldCommittee)!;
    expect(await hubFigures(oldCommittee)).toMatchObject({ records: figures.records, hash: figures.hash });
  });

  it('an administrator may decline the restore; the new register is then sent as it is', async () => {
    const old = await testRegister();
    await old.api.call('cases.register', sampleCase());
    await enrolled(old);
    await pushPending(context(old));
    await hubCli(suite.target, ['revoke', (await syncLink(old.register.db))!.deviceId]);

    const fresh = await testRegister();
    expect((await enrolled(fresh)).restorable).toBeGreaterThan(0);
    await declineRestore(fresh.register.db, 'test:admin');
    const sent = await pushPending(context(fresh));
    expect(sent.pending).toBe(0);
    expect((await syncReport(fresh.register.db)).restorable).toBe(0);
  });
});
