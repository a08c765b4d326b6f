// What the sync sends of each pending record: the whole record as the API returns it, which passes the very
// schema the hub checks it with (shared/sync/records.ts); a record that says something else than its envelope
// is refused with a reason.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { recordProblem } from '../../shared/sync/records.ts';
import { pendingRecords } from '../../services/sync/pending.ts';
import { snapshot } from '../../services/sync/records.ts';
import { readBatch } from '../../services/sync/batchFile.ts';
import { loadOrCreateDeviceKey } from '../../services/sync/deviceKey.ts';
import { outgoingBatches } from '../../services/sync/outgoing.ts';
import { sampleCase, testRegister } from '../helpers/register.ts';
import { sampleStep } from '../helpers/steps.ts';

describe('sync records', () => {
  it('sends committees, mediators, cases with their history and screening reports whole, as the hub will check them', async () => {
    const { register, api } = await testRegister();
    const own = (await api.call('setup.status', {})).ownCommittee!;
    const mediator = await api.call('mediators.add', { committeeId: own.id, name: '王调解', joinedOn: '2020-01-01' });
    const { id } = await api.call('cases.register', sampleCase());
    for (const kind of ['accept', 'session', 'agreement_written'] as const)
      await api.call('cases.record', { caseId: id, step: sampleStep(kind, '2026-03-05') });
    await api.call('screening.report', {
      committeeId: own.id,
      periodDate: '2026-11-20',
      zero: true,
      reportedOn: '2026-11-22',
      reporter: '赵记录',
    });

    const pending = await pendingRecords(register.db);
    expect(new Set(pending.map((p) => p.kind))).toEqual(new Set(['committee', 'mediator', 'case', 'screening_report']));
    for (const p of pending) {
      const record = (await snapshot(register.db, p))!;
      expect(record).toMatchObject({ kind: p.kind, id: p.id, version: p.version, committeeId: own.id });
      expect(recordProblem(record), `${p.kind} ${p.id}`).toBeNull();
    }
    const kase = (await snapshot(
      register.db,
      pending.find((p) => p.kind === 'case')!,
    ))!;
    const detail = kase.data as { progress: { timeline: unknown[] }; parties: unknown[] };
    expect(detail.progress.timeline).toHaveLength(3);
    expect(detail.parties).toHaveLength(2);
    expect(
      (await snapshot(
        register.db,
        pending.find((p) => p.kind === 'mediator')!,
      ))!.data,
    ).toMatchObject({ id: mediator.id, name: '王调解' });

    expect(recordProblem({ ...kase, id: own.id })).toBe('记录编号与批次清单不一致');
    expect(recordProblem({ ...kase, committeeId: mediator.id })).toBe('记录所属调委会与批次清单不一致');
    expect(recordProblem({ ...kase, data: { ...(kase.data as object), disputeType: 'unknown' } })).toMatch(
      /^记录内容不符合要求：disputeType/,
    );
  });
});

describe('outgoing batches', () => {
  it('packs every pending record into signed batches that read back whole, and changes nothing by it', async () => {
    const { register, api, dataDir } = await testRegister();
    for (let i = 0; i < 3; i++) await api.call('cases.register', sampleCase());
    const device = loadOrCreateDeviceKey(dataDir);
    const pending = await pendingRecords(register.db);
    const batches = await outgoingBatches(register.db, device, '0.1.0');
    expect(batches).toHaveLength(1);
    const { manifest, records } = readBatch(batches[0]!.file, () => ({
      publicKey: crypto.createPublicKey(device.privateKey),
      revoked: false,
    }));
    expect(manifest).toMatchObject({ deviceId: device.deviceId, records: 4, counts: { committee: 1, case: 3 } });
    expect(records.map((r) => [r.kind, r.id, r.version])).toEqual(pending.map((p) => [p.kind, p.id, p.version]));
    expect(records.every((r) => recordProblem(r) === null)).toBe(true);
    expect(await pendingRecords(register.db)).toEqual(pending);
  });
});
