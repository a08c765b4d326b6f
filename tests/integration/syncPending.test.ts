// The pending set of the upward sync on a real register: every change of a synced record is pending until a
// receipt accepts it at that version (or rejects it); a newer change makes it pending again; reads are not
// changes; an older receipt arriving late never lowers what was acknowledged; it all survives a restart.
import { describe, expect, it } from 'vitest';
import type { Receipt } from '../../shared/sync/protocol.ts';
import { openRegister } from '../../services/register.ts';
import { applyReceipt, pendingRecords, rejectedRecords, type PendingRecord } from '../../services/sync/pending.ts';
import { sampleCase, testRegister } from '../helpers/register.ts';
import { sampleStep } from '../helpers/steps.ts';

const DEVICE = '0123456789abcdef0123456789abcdef';

function receipt(records: (PendingRecord & { reason?: string })[], batchId = 'b'.repeat(32)): Receipt {
  return {
    format: 1,
    batchId,
    deviceId: DEVICE,
    receivedAt: '2026-11-29T04:00:00.000Z',
    duplicate: false,
    records: records.map((r) =>
      r.reason === undefined
        ? { kind: r.kind, id: r.id, version: r.version, status: 'accepted' as const }
        : { kind: r.kind, id: r.id, version: r.version, status: 'rejected' as const, reason: r.reason },
    ),
  };
}

describe('the pending set', () => {
  it('holds every changed record until the hub accepts it at that version', async () => {
    const { register, api } = await testRegister();
    const own = (await api.call('setup.status', {})).ownCommittee!;
    const { id } = await api.call('cases.register', sampleCase());
    let pending = await pendingRecords(register.db);
    expect(pending.map((p) => [p.kind, p.id])).toEqual([
      ['committee', own.id],
      ['case', id],
    ]);
    // Reading a case is audited but is no change.
    await api.call('cases.get', { id });
    expect(await pendingRecords(register.db)).toEqual(pending);

    await applyReceipt(register.db, receipt(pending));
    expect(await pendingRecords(register.db)).toEqual([]);

    await api.call('cases.record', { caseId: id, step: sampleStep('accept', '2026-03-03') });
    pending = await pendingRecords(register.db);
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ kind: 'case', id });
    const newer = pending[0]!;
    // A receipt for the older version, arriving late, neither clears the newer change nor lowers the ack.
    await applyReceipt(register.db, receipt([{ ...newer, version: newer.version - 1 }]));
    expect(await pendingRecords(register.db)).toEqual([newer]);
    await applyReceipt(register.db, receipt([newer]));
    expect(await pendingRecords(register.db)).toEqual([]);
  });

  it('keeps a rejected record out of the queue with its reason until it is corrected, and survives a restart', async () => {
    const { register, api, dataDir } = await testRegister();
    const { id } = await api.call('cases.register', sampleCase());
    const pending = await pendingRecords(register.db);
    const kase = pending.find((p) => p.kind === 'case')!;
    await applyReceipt(register.db, receipt([{ ...kase, reason: '纠纷类型与区级目录不符' }, ...pending.filter((p) => p !== kase)]));
    expect(await pendingRecords(register.db)).toEqual([]);
    expect(await rejectedRecords(register.db)).toMatchObject([{ kind: 'case', record_id: id, reason: '纠纷类型与区级目录不符' }]);

    await api.call('cases.record', { caseId: id, step: sampleStep('accept', '2026-03-03') });
    const corrected = await pendingRecords(register.db);
    expect(corrected.map((p) => p.id)).toEqual([id]);

    await register.close();
    const reopened = await openRegister({ dataDir, mode: 'cli' });
    try {
      expect(await pendingRecords(reopened.db)).toEqual(corrected);
      await applyReceipt(reopened.db, receipt(corrected));
      expect(await pendingRecords(reopened.db)).toEqual([]);
      expect(await rejectedRecords(reopened.db)).toEqual([]);
    } finally {
      await reopened.close();
    }
  });
});
