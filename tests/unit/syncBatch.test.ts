// The sync batch file: packed and read back intact, and every way a batch is refused, each made by a real
// damaged, forged or foreign input. Files built by hand here follow the layout documented in batchFile.ts.
import crypto, { type KeyObject } from 'node:crypto';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BatchError, packBatch, planBatches, readBatch, type DeviceStatus } from '../../services/sync/batchFile.ts';
import { deviceIdOf } from '../../services/sync/deviceKey.ts';
import { AppError } from '../../shared/errors.ts';
import { BATCH_LIMITS, BATCH_PROBLEMS, type BatchProblem, type SyncRecord } from '../../shared/sync/protocol.ts';
import { PNG } from '../helpers/png.ts';

const C1 = '0193a1b2c3d47e8f9a0b1c2d3e4f5a6b';
const C2 = '0193a1b2c3d47e8f9a0b1c2d3e4f5a6c';
const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
const other = crypto.generateKeyPairSync('ed25519');
const DEVICE = deviceIdOf(publicKey);
const known = (id: string): DeviceStatus => (id === DEVICE ? { publicKey, revoked: false } : null);

const RECORDS: SyncRecord[] = [
  { kind: 'committee', id: 'c-1', version: 1, committeeId: C1, data: { name: '梅园社区人民调解委员会', phone: '0571-88000000' } },
  { kind: 'mediator', id: 'm-1', version: 2, committeeId: C1, data: { name: '张𠮷', title: '调解员' } },
  {
    kind: 'case',
    id: 'case-1',
    version: 5,
    committeeId: C1,
    data: { number: '（2026）梅调字第1号', parties: ['张𠮷', '李四'], summary: '楼上漏水\n第二行', amountFen: 150000 },
  },
  { kind: 'case', id: 'case-2', version: 6, committeeId: C2, data: { number: '（2026）梅调字第2号', closed: null } },
  { kind: 'screening_report', id: 's-1', version: 7, committeeId: C2, data: { period: '2026-11', items: [] } },
];

function pack(records: SyncRecord[] = RECORDS, key: KeyObject = privateKey) {
  return packBatch({ records, deviceId: DEVICE, committees: [C1, C2], seqFrom: 1, seqTo: 42, appVersion: '0.1.0' }, key);
}

/** The problem a read was refused with, after checking the error is a BatchError with its words. */
function problemOf(file: Uint8Array, deviceOf: (id: string) => DeviceStatus = known): BatchProblem {
  try {
    readBatch(file, deviceOf);
  } catch (error) {
    expect(error).toBeInstanceOf(BatchError);
    expect(error).toBeInstanceOf(AppError);
    const batchError = error as BatchError;
    expect(batchError.code).toBe('VALIDATION');
    expect(batchError.message.startsWith(BATCH_PROBLEMS[batchError.problem])).toBe(true);
    return batchError.problem;
  }
  throw new Error('the batch was accepted');
}

/** JSON with keys sorted recursively, written independently of the module under test. */
function sortedJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(sort(value));
}

/** A batch assembled by hand from the documented layout, signed by the device: its content may lie. */
function signedBatch(
  ndjson: Buffer,
  manifest: Record<string, unknown> = {},
  compressed = zlib.gzipSync(ndjson),
  key: KeyObject = privateKey,
): Buffer {
  const full = {
    format: 1,
    batchId: 'ab'.repeat(16),
    deviceId: DEVICE,
    committees: [C1],
    seqFrom: 1,
    seqTo: 2,
    counts: { committee: 0, mediator: 0, case: 1, screening_report: 0 },
    records: 1,
    payloadBytes: ndjson.length,
    compressedBytes: compressed.length,
    payloadSha256: crypto.createHash('sha256').update(compressed).digest('hex'),
    createdAt: '2026-11-29T08:00:00.000Z',
    appVersion: '0.1.0',
    ...manifest,
  };
  const manifestBytes = Buffer.from(sortedJson(full), 'utf8');
  const signature = crypto.sign(null, Buffer.concat([Buffer.from('FQSYNC\n'), Buffer.of(1), manifestBytes]), key);
  const lengths = Buffer.alloc(6);
  lengths.writeUInt32BE(manifestBytes.length, 0);
  lengths.writeUInt16BE(64, 4);
  return Buffer.concat([
    Buffer.from('FQSYNC'),
    Buffer.of(1),
    lengths.subarray(0, 4),
    manifestBytes,
    lengths.subarray(4),
    signature,
    compressed,
  ]);
}

const lineOf = (record: SyncRecord) => `${JSON.stringify(record)}\n`;
const oneCase = (committeeId = C1): SyncRecord => ({ kind: 'case', id: 'case-9', version: 3, committeeId, data: {} });

/** Where each part starts in a packed file. */
function offsets(file: Buffer) {
  const manifestLength = file.readUInt32BE(7);
  return { manifest: 11, signature: 13 + manifestLength, payload: 13 + manifestLength + 64 };
}

function flipped(file: Buffer, at: number): Buffer {
  const copy = Buffer.from(file);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

describe('packBatch and readBatch', () => {
  it('round-trips records of every kind, Chinese text and extension-B characters included', () => {
    const { file, manifest } = pack();
    const read = readBatch(file, known);
    expect(read.records).toEqual(RECORDS);
    expect(read.manifest).toEqual(manifest);
    expect((read.records[1]!.data as { name: string }).name).toBe('张𠮷');
    expect(manifest.counts).toEqual({ committee: 1, mediator: 1, case: 2, screening_report: 1 });
    expect(manifest.records).toBe(5);
    expect(manifest.batchId).toMatch(/^[0-9a-f]{32}$/);
    expect(pack().manifest.batchId).not.toBe(manifest.batchId);
    expect(Date.parse(manifest.createdAt)).toBeGreaterThan(0);
    // A view into a larger buffer, as a stream or an upload hands it over, reads the same.
    const padded = Buffer.concat([Buffer.from('xyz'), file, Buffer.from('!')]);
    expect(readBatch(new Uint8Array(padded.buffer, padded.byteOffset + 3, file.length), known).records).toEqual(RECORDS);
  });

  it('writes the documented layout', () => {
    const batchId = '0123456789abcdef'.repeat(2);
    const { file, manifest } = packBatch(
      {
        records: RECORDS,
        deviceId: DEVICE,
        committees: [C1, C2],
        seqFrom: 3,
        seqTo: 9,
        appVersion: '0.1.0',
        batchId,
        createdAt: '2026-11-29T08:00:00.000Z',
      },
      privateKey,
    );
    expect(manifest).toMatchObject({ batchId, createdAt: '2026-11-29T08:00:00.000Z', seqFrom: 3, seqTo: 9 });
    expect(file.subarray(0, 7)).toEqual(Buffer.from('FQSYNC\x01', 'latin1'));
    const at = offsets(file);
    const manifestBytes = file.subarray(at.manifest, at.signature - 2);
    expect(manifestBytes.toString('utf8')).toBe(sortedJson(manifest));
    expect(file.readUInt16BE(at.signature - 2)).toBe(64);
    const signed = Buffer.concat([Buffer.from('FQSYNC\n'), Buffer.of(1), manifestBytes]);
    expect(crypto.verify(null, signed, publicKey, file.subarray(at.signature, at.payload))).toBe(true);
    const payload = file.subarray(at.payload);
    expect(payload.length).toBe(manifest.compressedBytes);
    expect(crypto.createHash('sha256').update(payload).digest('hex')).toBe(manifest.payloadSha256);
    const ndjson = zlib.gunzipSync(payload);
    expect(ndjson.length).toBe(manifest.payloadBytes);
    expect(ndjson.toString('utf8')).toBe(RECORDS.map(lineOf).join(''));
  });

  it('refuses more records than a batch holds, and records of committees not listed', () => {
    const many = Array.from({ length: BATCH_LIMITS.records + 1 }, (_, i) => ({ ...oneCase(), id: `case-${i}` }));
    expect(() => pack(many)).toThrow(AppError);
    expect(() =>
      packBatch({ records: [oneCase(C2)], deviceId: DEVICE, committees: [C1], seqFrom: 1, seqTo: 1, appVersion: '0.1.0' }, privateKey),
    ).toThrow(/未列入批次的调委会/);
  });

  it('refuses a payload over the limit, and a file over the limit though its payload fits', () => {
    const big = 'x'.repeat(9000);
    const heavy = Array.from({ length: 2000 }, (_, i) => ({ ...oneCase(), id: `case-${i}`, data: { note: big } }));
    expect(() => pack(heavy)).toThrow(/超过上限 16777216 字节/);
    const noisy = Array.from({ length: 1500 }, (_, i) => ({
      ...oneCase(),
      id: `n-${i}`,
      data: { scan: crypto.randomBytes(6000).toString('base64') },
    }));
    expect(() => pack(noisy)).toThrow(/批次文件.* \d+ 字节，超过上限 8388608 字节/);
    // Planned batches always pack.
    const planned = planBatches(noisy);
    expect(planned.length).toBeGreaterThan(1);
    expect(planned.flat()).toEqual(noisy);
    for (const batch of planned) expect(readBatch(pack(batch).file, known).records).toEqual(batch);
  });
});

describe('readBatch refuses', () => {
  const { file } = pack();
  const at = offsets(file);

  it('a changed byte: in the manifest, the signature, the payload, the magic', () => {
    const seqTo = file.indexOf('"seqTo":42', at.manifest) + '"seqTo":4'.length;
    expect(file[seqTo]).toBe('2'.charCodeAt(0));
    expect(problemOf(flipped(file, seqTo))).toBe('bad_signature'); // now "seqTo":43
    expect(problemOf(flipped(file, at.signature + 10))).toBe('bad_signature');
    expect(problemOf(flipped(file, at.payload + 20))).toBe('bad_hash');
    expect(problemOf(flipped(file, file.length - 1))).toBe('bad_hash');
    expect(problemOf(flipped(file, 2))).toBe('not_a_batch');
    const longSignature = Buffer.from(file);
    longSignature.writeUInt16BE(65, at.signature - 2);
    expect(problemOf(longSignature)).toBe('bad_signature');
  });

  it('a batch signed by another key, from an unknown device, from a revoked device', () => {
    expect(problemOf(pack(RECORDS, other.privateKey).file)).toBe('bad_signature');
    const asked: string[] = [];
    const nobody = (id: string): DeviceStatus => (asked.push(id), null);
    expect(problemOf(file, nobody)).toBe('unknown_device');
    expect(asked).toEqual([DEVICE]);
    expect(problemOf(file, () => ({ publicKey, revoked: true }))).toBe('revoked_device');
  });

  const cuts: [string, number, BatchProblem][] = [
    ['nothing', 0, 'not_a_batch'],
    ['half the magic', 3, 'not_a_batch'],
    ['the magic only', 6, 'truncated'],
    ['half the manifest length', 9, 'truncated'],
    ['half the manifest', at.manifest + 50, 'truncated'],
    ['half the signature length', at.signature - 1, 'truncated'],
    ['half the signature', at.signature + 32, 'truncated'],
    ['the signature', at.payload, 'truncated'],
    ['half the payload', at.payload + Math.floor((file.length - at.payload) / 2), 'truncated'],
    ['all but the last byte', file.length - 1, 'truncated'],
  ];
  it.each(cuts)('a file cut after %s (%i bytes)', (_what, length, expected) => {
    expect(problemOf(file.subarray(0, length))).toBe(expected);
  });

  it('a file with bytes added at the end', () => {
    expect(problemOf(Buffer.concat([file, Buffer.of(0)]))).toBe('bad_hash');
  });

  it('files of other kinds, and another format version', () => {
    expect(problemOf(PNG)).toBe('not_a_batch');
    expect(problemOf(new Uint8Array(0))).toBe('not_a_batch');
    expect(problemOf(Buffer.from('案件编号,当事人\n（2026）梅调字第1号,张𠮷\n', 'utf8'))).toBe('not_a_batch');
    expect(problemOf(zlib.gzipSync(Buffer.from(lineOf(oneCase()))))).toBe('not_a_batch');
    const format2 = Buffer.from(file);
    format2[6] = 2;
    expect(problemOf(format2)).toBe('format');
    expect(problemOf(format2.subarray(0, 7))).toBe('format');
  });

  it('a file over the size limit, before anything else is looked at', () => {
    const huge = Buffer.alloc(BATCH_LIMITS.fileBytes + 1);
    file.copy(huge);
    expect(problemOf(huge, () => expect.unreachable('no device is looked up'))).toBe('too_large');
  });

  it('a decompression bomb: a signed manifest claiming a small payload whose gzip inflates far beyond it', () => {
    const bomb = zlib.gzipSync(Buffer.alloc(2 * BATCH_LIMITS.payloadBytes, 0x20));
    expect(bomb.length).toBeLessThan(BATCH_LIMITS.fileBytes / 100);
    const started = performance.now();
    expect(problemOf(signedBatch(Buffer.from(lineOf(oneCase())), {}, bomb))).toBe('too_large');
    expect(performance.now() - started).toBeLessThan(1000);
    // A forged one is refused for its signature: nothing it claims is acted on.
    expect(problemOf(signedBatch(Buffer.from(lineOf(oneCase())), {}, bomb, other.privateKey))).toBe('bad_signature');
  });

  it('signed content that does not match its manifest', () => {
    const line = Buffer.from(lineOf(oneCase()));
    expect(readBatch(signedBatch(line), known).records).toEqual([oneCase()]); // the hand-made batch itself is sound
    expect(problemOf(signedBatch(line, { payloadSha256: 'e'.repeat(64) }))).toBe('bad_hash');
    expect(problemOf(signedBatch(line, { payloadBytes: line.length + 1 }))).toBe('bad_hash');
    expect(problemOf(signedBatch(line, { records: 2 }))).toBe('bad_hash');
    expect(problemOf(signedBatch(line, { counts: { committee: 1, mediator: 0, case: 0, screening_report: 0 } }))).toBe('bad_hash');
    expect(problemOf(signedBatch(line, {}, Buffer.from('not gzip')))).toBe('bad_hash');
    expect(problemOf(signedBatch(Buffer.from('{"kind":"case"}\n')))).toBe('not_a_batch');
    expect(problemOf(signedBatch(line.subarray(0, -1)))).toBe('not_a_batch');
    expect(problemOf(signedBatch(line, { extra: 'ignored by the schema' }))).toBe('not_a_batch');
    expect(problemOf(signedBatch(line, { committees: [] }))).toBe('not_a_batch');
  });

  it('a record of a committee the manifest does not list', () => {
    const ndjson = Buffer.from(lineOf(oneCase()) + lineOf({ ...oneCase(C2), id: 'case-10' }));
    const counts = { committee: 0, mediator: 0, case: 2, screening_report: 0 };
    expect(problemOf(signedBatch(ndjson, { records: 2, counts }))).toBe('foreign_committee');
    expect(readBatch(signedBatch(ndjson, { records: 2, counts, committees: [C1, C2] }), known).records).toHaveLength(2);
  });
});

describe('planBatches', () => {
  it('splits in order within the record count and the payload size', () => {
    const records = Array.from({ length: 40 }, (_, i) => ({ ...oneCase(), id: `case-${i}`, data: { note: '调'.repeat((i * 37) % 90) } }));
    const limits = { records: 3, payloadBytes: 600, fileBytes: BATCH_LIMITS.fileBytes };
    const batches = planBatches(records, limits);
    expect(batches.flat()).toEqual(records);
    const bytesOf = (batch: SyncRecord[]) => Buffer.byteLength(batch.map(lineOf).join(''));
    for (const [i, batch] of batches.entries()) {
      expect(batch.length).toBeGreaterThan(0);
      expect(batch.length).toBeLessThanOrEqual(3);
      expect(bytesOf(batch)).toBeLessThanOrEqual(600);
      // Greedy: the next batch's first record would not have fitted.
      const next = batches[i + 1]?.[0];
      if (next) expect(batch.length === 3 || bytesOf([...batch, next]) > 600).toBe(true);
    }
    expect(batches.some((b) => b.length < 3)).toBe(true);
  });

  it('fills batches to the record limit, and refuses a record too big for any batch', () => {
    const records = Array.from({ length: 4500 }, (_, i) => ({ ...oneCase(), id: `case-${i}` }));
    expect(planBatches(records).map((b) => b.length)).toEqual([2000, 2000, 500]);
    expect(planBatches([])).toEqual([]);
    expect(() =>
      planBatches([{ ...oneCase(), data: 'x'.repeat(700) }], { records: 10, payloadBytes: 600, fileBytes: BATCH_LIMITS.fileBytes }),
    ).toThrow(AppError);
  });
});
