// The district hub's ingest, each test on a real SQLite file and on a real PostgreSQL database (a throwaway cluster
// for this file): batches built by a real register and signed by its device key are applied once, at the highest
// version seen, with a receipt per record; a batch that is not the device's to send, or not intact, is refused whole
// with nothing stored. The device's clock is never used.
import crypto, { type KeyObject } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Manifest, SyncRecord } from '../../shared/sync/protocol.ts';
import { reconciliationLines } from '../../shared/sync/reconcile.ts';
import { BatchError, packBatch, readBatch } from '../../services/sync/batchFile.ts';
import { loadOrCreateDeviceKey, type DeviceKey } from '../../services/sync/deviceKey.ts';
import { outgoingBatches } from '../../services/sync/outgoing.ts';
import { applyReceipt, pendingRecords } from '../../services/sync/pending.ts';
import { openHubDatabase, type HubDatabase, type HubDialect } from '../../server/db/open.ts';
import type { HubDB } from '../../server/db/schema.ts';
import { deviceStatus, registerDevice, revokeDevice } from '../../server/devices.ts';
import { ingestBatch } from '../../server/ingest.ts';
import { committeeReconciliation } from '../../server/reconcile.ts';
import { syncStatus } from '../../services/sync/status.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { sampleStep } from '../helpers/steps.ts';
import { sampleCase, testRegister, type TestRegister } from '../helpers/register.ts';
import { tempDir } from '../helpers/tempDir.ts';

const hubs: HubDatabase[] = [];
afterEach(async () => {
  for (const hub of hubs.splice(0)) await hub.close();
});

let cluster: TestPostgres | null = null;
afterAll(async () => {
  await cluster?.close();
});

const NOW = new Date('2026-12-01T08:00:00.000Z');
const LATER = new Date('2026-12-01T09:00:00.000Z');

/** A new, empty hub: the default SQLite file in a new folder, or a new database of this file's PostgreSQL cluster. */
async function openHub(dialect: HubDialect): Promise<Kysely<HubDB>> {
  const url = dialect === 'postgres' ? await cluster!.createDatabase() : undefined;
  const hub = await openHubDatabase(url, tempDir('fengqiao-hub-'));
  expect(hub.dialect).toBe(dialect);
  hubs.push(hub);
  return hub.db;
}

interface Scene {
  app: TestRegister;
  key: DeviceKey;
  committeeId: string;
  hub: Kysely<HubDB>;
}

/** A register with `cases` cases and its device key; the hub, with the device enrolled unless `enrol` is false. */
async function sceneOn(dialect: HubDialect, cases = 2, enrol = true): Promise<Scene> {
  const app = await testRegister();
  const committeeId = (await app.api.call('setup.status', {})).ownCommittee!.id;
  for (let i = 0; i < cases; i++) await app.api.call('cases.register', sampleCase());
  const key = loadOrCreateDeviceKey(app.dataDir);
  const hub = await openHub(dialect);
  if (enrol) await registerDevice(hub, { publicKeyPem: key.publicKeyPem, committeeIds: [committeeId] }, NOW);
  return { app, key, committeeId, hub };
}

async function onlyBatch(s: Scene): Promise<Buffer> {
  const batches = await outgoingBatches(s.app.register.db, s.key, '0.1.0');
  expect(batches).toHaveLength(1);
  return batches[0]!.file;
}

function contentOf(file: Buffer, key: DeviceKey): { manifest: Manifest; records: SyncRecord[] } {
  return readBatch(file, () => ({ publicKey: crypto.createPublicKey(key.privateKey), revoked: false }));
}

/** The same records re-packed as a new batch (new id unless given), signed with `signer`. */
function repack(
  manifest: Manifest,
  records: SyncRecord[],
  signer: KeyObject,
  extra: { createdAt?: string; deviceId?: string } = {},
): Buffer {
  return packBatch(
    {
      records,
      deviceId: extra.deviceId ?? manifest.deviceId,
      committees: manifest.committees,
      seqFrom: manifest.seqFrom,
      seqTo: manifest.seqTo,
      appVersion: manifest.appVersion,
      createdAt: extra.createdAt,
    },
    signer,
  ).file;
}

async function everything(hub: Kysely<HubDB>) {
  return {
    records: await hub.selectFrom('records').selectAll().orderBy('kind').orderBy('record_id').execute(),
    rejections: await hub.selectFrom('rejections').selectAll().orderBy('kind').orderBy('record_id').execute(),
    batches: await hub.selectFrom('batches').selectAll().orderBy('batch_id').execute(),
  };
}

async function refusal(work: Promise<unknown>): Promise<BatchError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BatchError);
  return error as BatchError;
}

function sha256(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

describe.each<HubDialect>(['sqlite', 'postgres'])('hub ingest on %s', (dialect) => {
  beforeAll(async () => {
    if (dialect === 'postgres') cluster = await startPostgres();
  });
  const scene = (cases?: number, enrol?: boolean) => sceneOn(dialect, cases, enrol);

  it('accepts a batch: every record stored at its version, the reconciliation matches the register', async () => {
    const s = await scene(3);
    const file = await onlyBatch(s);
    const pending = await pendingRecords(s.app.register.db);

    const receipt = await ingestBatch(s.hub, file, NOW);

    expect(receipt).toMatchObject({ deviceId: s.key.deviceId, receivedAt: NOW.toISOString(), duplicate: false });
    expect(receipt.records.map((r) => [r.kind, r.id, r.version, r.status])).toEqual(
      pending.map((p) => [p.kind, p.id, p.version, 'accepted']),
    );
    const stored = await everything(s.hub);
    expect(stored.records).toHaveLength(4);
    expect(stored.records.every((r) => r.received_at === NOW.toISOString() && r.device_id === s.key.deviceId)).toBe(true);
    expect(stored.batches).toHaveLength(1);
    expect((await deviceStatus(s.hub, s.key.deviceId))?.committeeIds).toEqual([s.committeeId]);
    const device = await s.hub.selectFrom('devices').selectAll().executeTakeFirstOrThrow();
    expect(device.last_batch_at).toBe(NOW.toISOString());

    const reconciliation = await committeeReconciliation(s.hub, s.committeeId);
    expect(reconciliation.records).toBe(pending.length);
    expect(reconciliation.hash).toBe(sha256(reconciliationLines(pending)));
    expect(await committeeReconciliation(s.hub, 'no-such-committee')).toEqual({
      committeeId: 'no-such-committee',
      records: 0,
      hash: sha256(''),
    });

    // The register takes the receipt in: nothing waits, and both ends print the same count and hash.
    const before = await syncStatus(s.app.register.db);
    expect(before).toMatchObject({ pending: 4, lastAcknowledgedAt: null });
    await applyReceipt(s.app.register.db, receipt, NOW);
    const after = await syncStatus(s.app.register.db);
    expect(after).toMatchObject({ pending: 0, lastAcknowledgedAt: NOW.toISOString(), rejected: [] });
    expect(after.committees.find((c) => c.committeeId === s.committeeId)).toMatchObject({
      records: reconciliation.records,
      hash: reconciliation.hash,
    });
  });

  it('answers a batch sent twice and three times with the first receipt, marked duplicate, and applies it once', async () => {
    const s = await scene(2);
    const file = await onlyBatch(s);
    const first = await ingestBatch(s.hub, file, NOW);
    const after = await everything(s.hub);

    const second = await ingestBatch(s.hub, file, LATER);
    const third = await ingestBatch(s.hub, file, LATER);

    for (const again of [second, third]) {
      expect(again.duplicate).toBe(true);
      expect({ ...again, duplicate: false }).toEqual(first);
    }
    expect(await everything(s.hub)).toEqual(after);
    expect(after.batches).toHaveLength(1);
  });

  it('keeps the newer version when an older one arrives late in another batch, and still answers accepted', async () => {
    const s = await scene(1);
    const older = await onlyBatch(s);
    const caseId = (await s.app.api.call('cases.list', {})).items[0]!.id;
    await s.app.api.call('cases.record', { caseId, step: sampleStep('accept', '2026-03-05') });
    const newer = await onlyBatch(s);
    const oldCase = contentOf(older, s.key).records.find((r) => r.kind === 'case')!;
    const newCase = contentOf(newer, s.key).records.find((r) => r.kind === 'case')!;
    expect(newCase.version).toBeGreaterThan(oldCase.version);

    await ingestBatch(s.hub, newer, NOW);
    const held = await everything(s.hub);
    const late = await ingestBatch(s.hub, older, LATER);

    expect(late.duplicate).toBe(false);
    expect(late.records.every((r) => r.status === 'accepted')).toBe(true);
    expect((await everything(s.hub)).records).toEqual(held.records);
    const row = held.records.find((r) => r.kind === 'case')!;
    expect(Number(row.version)).toBe(newCase.version);
    expect(JSON.parse(row.data)).toEqual(newCase.data);
  });

  it('applies a batch carrying one record twice one copy after the other: the higher version stays', async () => {
    const s = await scene(1);
    const older = await onlyBatch(s);
    const caseId = (await s.app.api.call('cases.list', {})).items[0]!.id;
    await s.app.api.call('cases.record', { caseId, step: sampleStep('accept', '2026-03-05') });
    const { manifest, records } = contentOf(await onlyBatch(s), s.key);
    const newCase = records.find((r) => r.kind === 'case')!;
    const oldCase = contentOf(older, s.key).records.find((r) => r.kind === 'case')!;
    // A third-party client might send both copies in one batch, newer first.
    const both = repack({ ...manifest, seqFrom: oldCase.version }, [...records, oldCase], s.key.privateKey);

    const receipt = await ingestBatch(s.hub, both, NOW);

    expect(receipt.records.map((r) => [r.id, r.version, r.status])).toEqual([
      ...records.map((r) => [r.id, r.version, 'accepted']),
      [oldCase.id, oldCase.version, 'accepted'],
    ]);
    const row = (await everything(s.hub)).records.find((r) => r.kind === 'case')!;
    expect(Number(row.version)).toBe(newCase.version);
  });

  it('rejects a record that fails its schema with the reason, accepts the others, and clears it once corrected', async () => {
    const s = await scene(2);
    const { manifest, records } = contentOf(await onlyBatch(s), s.key);
    const bad = records.find((r) => r.kind === 'case')!;
    const tampered = records.map((r) => (r === bad ? { ...r, data: { ...(r.data as object), disputeType: 'unknown' } } : r));

    const receipt = await ingestBatch(s.hub, repack(manifest, tampered, s.key.privateKey), NOW);

    const outcome = receipt.records.find((r) => r.id === bad.id)!;
    expect(outcome).toMatchObject({ status: 'rejected', version: bad.version });
    expect(outcome.status === 'rejected' && outcome.reason).toMatch(/^记录内容不符合要求：disputeType/);
    expect(receipt.records.filter((r) => r.status === 'accepted')).toHaveLength(records.length - 1);
    let stored = await everything(s.hub);
    expect(stored.records.map((r) => r.record_id)).not.toContain(bad.id);
    expect(stored.rejections).toMatchObject([{ kind: 'case', record_id: bad.id, committee_id: s.committeeId, device_id: s.key.deviceId }]);

    // The same version, correct this time (as after the clerk's correction, which is a newer version): accepted.
    await ingestBatch(s.hub, repack(manifest, records, s.key.privateKey), LATER);
    stored = await everything(s.hub);
    expect(stored.rejections).toEqual([]);
    expect(stored.records.map((r) => r.record_id)).toContain(bad.id);
  });

  it('refuses a changed file whole and stores nothing: a flipped byte, another key', async () => {
    const s = await scene(1);
    const file = await onlyBatch(s);
    const before = await everything(s.hub);

    const lastByte = Buffer.from(file);
    lastByte[lastByte.length - 1]! ^= 0x01;
    expect((await refusal(ingestBatch(s.hub, lastByte, NOW))).problem).toBe('bad_hash');

    const signatureLength = 64;
    const signatureByte = Buffer.from(file);
    const signatureAt = file.length - contentOf(file, s.key).manifest.compressedBytes - signatureLength;
    signatureByte[signatureAt]! ^= 0x01;
    expect((await refusal(ingestBatch(s.hub, signatureByte, NOW))).problem).toBe('bad_signature');

    const { manifest, records } = contentOf(file, s.key);
    const other = crypto.generateKeyPairSync('ed25519').privateKey;
    const forged = await refusal(ingestBatch(s.hub, repack(manifest, records, other), NOW));
    expect(forged.problem).toBe('bad_signature');
    expect(forged.message).toMatch(/^批次签名无效/);

    expect(await everything(s.hub)).toEqual(before);
    expect(before.records).toEqual([]);
  });

  it('refuses the batch of an unknown device and of a revoked one', async () => {
    const unknown = await scene(1, false);
    expect((await refusal(ingestBatch(unknown.hub, await onlyBatch(unknown), NOW))).problem).toBe('unknown_device');
    expect(await everything(unknown.hub)).toEqual({ records: [], rejections: [], batches: [] });

    const revoked = await scene(1);
    await revokeDevice(revoked.hub, revoked.key.deviceId, NOW);
    expect(await deviceStatus(revoked.hub, revoked.key.deviceId)).toMatchObject({ revoked: true });
    expect((await refusal(ingestBatch(revoked.hub, await onlyBatch(revoked), LATER))).problem).toBe('revoked_device');
    expect(await everything(revoked.hub)).toEqual({ records: [], rejections: [], batches: [] });
  });

  it('gives a device a committee its batch introduces when no other device holds it', async () => {
    const s = await scene(1, false);
    await registerDevice(s.hub, { publicKeyPem: s.key.publicKeyPem, committeeIds: ['another-committee'] }, NOW);
    const receipt = await ingestBatch(s.hub, await onlyBatch(s), NOW);
    expect(receipt.records.every((r) => r.status === 'accepted')).toBe(true);
    expect((await deviceStatus(s.hub, s.key.deviceId))?.committeeIds).toEqual(['another-committee', s.committeeId].sort());
  });

  it("refuses a batch with a record of a committee that is not the device's, even when its manifest lists it", async () => {
    const s = await scene(1, false);
    await registerDevice(s.hub, { publicKeyPem: s.key.publicKeyPem, committeeIds: ['another-committee'] }, NOW);
    // The committee is another enrolled device's: this one may not take it over by sending its record.
    const other = crypto.generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    await registerDevice(s.hub, { publicKeyPem: other, committeeIds: [s.committeeId] }, NOW);
    const file = await onlyBatch(s);
    expect(contentOf(file, s.key).manifest.committees).toEqual([s.committeeId]);

    const error = await refusal(ingestBatch(s.hub, file, NOW));

    expect(error.problem).toBe('foreign_committee');
    expect(await everything(s.hub)).toEqual({ records: [], rejections: [], batches: [] });
    const device = await s.hub.selectFrom('devices').selectAll().where('device_id', '=', s.key.deviceId).executeTakeFirstOrThrow();
    expect(device.last_batch_at).toBeNull();
  });

  it('registers a device idempotently: the same key keeps its id', async () => {
    const s = await scene(0, false);
    const first = await registerDevice(s.hub, { publicKeyPem: s.key.publicKeyPem, committeeIds: [s.committeeId] }, NOW);
    const again = await registerDevice(s.hub, { publicKeyPem: s.key.publicKeyPem, committeeIds: [s.committeeId] }, LATER);
    expect(first).toEqual({ deviceId: s.key.deviceId, created: true });
    expect(again).toEqual({ deviceId: s.key.deviceId, created: false });
    expect(await s.hub.selectFrom('devices').select(['device_id', 'enrolled_at']).execute()).toEqual([
      { device_id: s.key.deviceId, enrolled_at: NOW.toISOString() },
    ]);
  });

  it("ignores the device's clock: a batch dated three days off is accepted at the hub's time", async () => {
    const s = await scene(1);
    const { manifest, records } = contentOf(await onlyBatch(s), s.key);
    const threeDaysOff = new Date(NOW.getTime() - 3 * 24 * 3600 * 1000).toISOString();
    const file = repack(manifest, records, s.key.privateKey, { createdAt: threeDaysOff });
    expect(contentOf(file, s.key).manifest.createdAt).toBe(threeDaysOff);

    const receipt = await ingestBatch(s.hub, file, NOW);

    expect(receipt.receivedAt).toBe(NOW.toISOString());
    expect(receipt.records.every((r) => r.status === 'accepted')).toBe(true);
    const stored = await everything(s.hub);
    expect(stored.records).toHaveLength(records.length);
    expect(stored.records.every((r) => r.received_at === NOW.toISOString())).toBe(true);
    expect(stored.batches[0]!.received_at).toBe(NOW.toISOString());
  });

  it('ingests batches from two devices at once', async () => {
    const a = await scene(2);
    const b = await testRegister();
    const bCommittee = (await b.api.call('setup.status', {})).ownCommittee!.id;
    await b.api.call('cases.register', sampleCase());
    const bKey = loadOrCreateDeviceKey(b.dataDir);
    await registerDevice(a.hub, { publicKeyPem: bKey.publicKeyPem, committeeIds: [bCommittee] }, NOW);
    const [fileA] = await outgoingBatches(a.app.register.db, a.key, '0.1.0');
    const [fileB] = await outgoingBatches(b.register.db, bKey, '0.1.0');

    const receipts = await Promise.all([ingestBatch(a.hub, fileA!.file, NOW), ingestBatch(a.hub, fileB!.file, NOW)]);

    expect(receipts.map((r) => r.deviceId)).toEqual([a.key.deviceId, bKey.deviceId]);
    expect((await committeeReconciliation(a.hub, a.committeeId)).records).toBe(3);
    expect((await committeeReconciliation(a.hub, bCommittee)).records).toBe(2);
  });
});
