// The sync batch file: a register's records, signed with the device's Ed25519 key, as they travel to the district
// hub online or on a USB stick. packBatch writes one, readBatch checks and reads one, planBatches splits records.
//
// Layout (format 1; integers big-endian):
//   offset 0     6 bytes  ASCII magic `FQSYNC`
//   offset 6     1 byte   format version (BATCH_FORMAT)
//   offset 7     uint32   manifest length M
//   offset 11    M bytes  the manifest as canonical JSON in UTF-8 (object keys sorted recursively, no spaces)
//   offset 11+M  uint16   signature length S (64)
//   offset 13+M  S bytes  the Ed25519 signature over the bytes `FQSYNC\n` + the format byte + the manifest bytes
//   offset 13+M+S         the compressed payload, to the end of the file: gzip of NDJSON, one SyncRecord as JSON
//                         per line, each line '\n'-terminated
// The manifest carries `compressedBytes` and `payloadSha256` (SHA-256 hex of the compressed payload bytes), so the
// signature covers the payload; `payloadBytes` (its size decompressed) bounds the decompression.
import crypto, { type KeyObject } from 'node:crypto';
import zlib from 'node:zlib';
import { AppError, type FieldIssue } from '../../shared/errors.ts';
import { canonicalJson } from '../../shared/sync/canonical.ts';
import {
  BATCH_FORMAT,
  BATCH_LIMITS,
  BATCH_PROBLEMS,
  Manifest,
  SYNC_KINDS,
  SyncRecord,
  type BatchProblem,
} from '../../shared/sync/protocol.ts';

const MAGIC = Buffer.from('FQSYNC', 'latin1');
/** What the signature starts with: the magic and a newline, so it can never be mistaken for another signed text. */
const SIGNED_PREFIX = Buffer.from('FQSYNC\n', 'latin1');
const SIGNATURE_BYTES = 64;
/** Room kept for the header, the manifest and the signature when planning how much payload fits in a file. */
const FILE_OVERHEAD = 256 * 1024;
/** Strict UTF-8 that keeps a byte order mark (so a manifest starting with one is not canonical). */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A batch refused as a whole: `problem` says why (BATCH_PROBLEMS has the clerk's words for it). */
export class BatchError extends AppError {
  readonly problem: BatchProblem;

  constructor(problem: BatchProblem, detail?: string) {
    super('VALIDATION', detail ? `${BATCH_PROBLEMS[problem]}（${detail}）` : BATCH_PROBLEMS[problem]);
    this.name = 'BatchError';
    this.problem = problem;
  }
}

/** What the hub knows of a device: its public key and whether it was revoked; null when it was never registered. */
export type DeviceStatus = { publicKey: KeyObject; revoked: boolean } | null;

/** Bounds planBatches keeps to (BATCH_LIMITS unless a test or a slow line asks for smaller batches). */
export interface BatchLimits {
  readonly records: number;
  readonly payloadBytes: number;
  readonly fileBytes: number;
}

export interface BatchInput {
  records: SyncRecord[];
  deviceId: string;
  committees: string[];
  seqFrom: number;
  seqTo: number;
  appVersion: string;
  /** The device clock (ISO 8601) when not given. */
  createdAt?: string;
  /** 32 random hex characters when not given. */
  batchId?: string;
}

function signedBytes(format: number, manifestBytes: Buffer): Buffer {
  return Buffer.concat([SIGNED_PREFIX, Buffer.of(format), manifestBytes]);
}

function countsOf(records: readonly SyncRecord[]): Manifest['counts'] {
  const counts = Object.fromEntries(SYNC_KINDS.map((kind) => [kind, 0])) as Manifest['counts'];
  for (const record of records) counts[record.kind] += 1;
  return counts;
}

function refuse(message: string, issues?: FieldIssue[]): never {
  throw new AppError('VALIDATION', message, issues);
}

function fieldIssue(issue: { path: PropertyKey[]; message: string }): FieldIssue {
  return { path: issue.path.map(String).join('.'), message: issue.message };
}

/**
 * Packs records into a signed batch file. Refused (VALIDATION) when a record is malformed or belongs to a
 * committee not listed, or when the batch exceeds BATCH_LIMITS: split with planBatches first.
 * Example: `packBatch({ records, deviceId, committees: ['c1'], seqFrom: 1, seqTo: 40, appVersion: '0.1.0' }, key)`.
 */
export function packBatch(input: BatchInput, privateKey: KeyObject): { file: Buffer; manifest: Manifest } {
  const { records } = input;
  if (records.length > BATCH_LIMITS.records) refuse(`一个批次最多${BATCH_LIMITS.records}条记录，本次有${records.length}条`);
  if (input.seqFrom > input.seqTo) refuse(`批次的变更序号范围不正确（${input.seqFrom}–${input.seqTo}）`);
  const committees = new Set(input.committees);
  const lines: string[] = [];
  records.forEach((record, index) => {
    const parsed = SyncRecord.safeParse(record);
    if (!parsed.success) refuse(`第${index + 1}条记录不符合同步格式`, parsed.error.issues.map(fieldIssue));
    if (!committees.has(parsed.data.committeeId)) refuse(`第${index + 1}条记录属于未列入批次的调委会 ${parsed.data.committeeId}`);
    lines.push(`${JSON.stringify(parsed.data)}\n`);
  });
  const payload = Buffer.from(lines.join(''), 'utf8');
  if (payload.length > BATCH_LIMITS.payloadBytes) refuse(`批次内容 ${payload.length} 字节，超过上限 ${BATCH_LIMITS.payloadBytes} 字节`);
  const compressed = zlib.gzipSync(payload);
  const tooBig = (bytes: number, atLeast = '') => `批次文件${atLeast} ${bytes} 字节，超过上限 ${BATCH_LIMITS.fileBytes} 字节`;
  if (compressed.length > BATCH_LIMITS.fileBytes) refuse(tooBig(compressed.length, '至少'));
  const checked = Manifest.safeParse({
    format: BATCH_FORMAT,
    batchId: input.batchId ?? crypto.randomBytes(16).toString('hex'),
    deviceId: input.deviceId,
    committees: input.committees,
    seqFrom: input.seqFrom,
    seqTo: input.seqTo,
    counts: countsOf(records),
    records: records.length,
    payloadBytes: payload.length,
    compressedBytes: compressed.length,
    payloadSha256: crypto.createHash('sha256').update(compressed).digest('hex'),
    createdAt: input.createdAt ?? new Date().toISOString(),
    appVersion: input.appVersion,
  });
  if (!checked.success) refuse('批次清单不正确', checked.error.issues.map(fieldIssue));
  const manifest = checked.data;
  const manifestBytes = Buffer.from(canonicalJson(manifest), 'utf8');
  const signature = crypto.sign(null, signedBytes(BATCH_FORMAT, manifestBytes), privateKey);
  const lengths = Buffer.alloc(6);
  lengths.writeUInt32BE(manifestBytes.length, 0);
  lengths.writeUInt16BE(signature.length, 4);
  const head = [MAGIC, Buffer.of(BATCH_FORMAT), lengths.subarray(0, 4), manifestBytes, lengths.subarray(4)];
  const file = Buffer.concat([...head, signature, compressed]);
  if (file.length > BATCH_LIMITS.fileBytes) refuse(tooBig(file.length));
  return { file, manifest };
}

/** The file's parts after the magic and format byte; `signature` is null when its length field is not 64. */
function partsOf(bytes: Buffer): { manifestBytes: Buffer; signature: Buffer | null; payload: Buffer } {
  let at = MAGIC.length + 1;
  if (bytes.length < at + 4) throw new BatchError('truncated', '文件头不完整');
  const manifestLength = bytes.readUInt32BE(at);
  at += 4;
  if (bytes.length < at + manifestLength + 2) throw new BatchError('truncated', '清单不完整');
  const manifestBytes = bytes.subarray(at, at + manifestLength);
  at += manifestLength;
  const signatureLength = bytes.readUInt16BE(at);
  at += 2;
  // The length field is not signed: any other value means a changed file, found when the signature is checked.
  if (signatureLength !== SIGNATURE_BYTES) return { manifestBytes, signature: null, payload: Buffer.alloc(0) };
  if (bytes.length < at + SIGNATURE_BYTES) throw new BatchError('truncated', '签名不完整');
  return { manifestBytes, signature: bytes.subarray(at, at + SIGNATURE_BYTES), payload: bytes.subarray(at + SIGNATURE_BYTES) };
}

function manifestOf(bytes: Buffer): Manifest {
  let text: string;
  let json: unknown;
  try {
    text = UTF8.decode(bytes);
    json = JSON.parse(text);
  } catch {
    throw new BatchError('not_a_batch', '清单无法读取');
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) throw new BatchError('not_a_batch', `清单不符合格式：${parsed.error.issues[0]?.path.join('.') ?? ''}`);
  // One byte form per manifest: no unknown keys the schema would drop, nothing signed that is not read.
  if (canonicalJson(parsed.data) !== text) throw new BatchError('not_a_batch', '清单不是规范格式');
  return parsed.data;
}

function verifies(message: Buffer, signature: Buffer, publicKey: KeyObject): boolean {
  if (publicKey.asymmetricKeyType !== 'ed25519') return false;
  try {
    return crypto.verify(null, message, publicKey, signature);
  } catch {
    return false;
  }
}

/** The records of a payload whose hash has been checked; decompression stops one byte past `payloadBytes`. */
function recordsOf(payload: Buffer, manifest: Manifest): SyncRecord[] {
  let ndjson: Buffer;
  try {
    ndjson = zlib.gunzipSync(payload, { maxOutputLength: manifest.payloadBytes + 1 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new BatchError('too_large', `解压后超过清单所记的 ${manifest.payloadBytes} 字节`);
    throw new BatchError('bad_hash', '内容无法解压');
  }
  if (ndjson.length !== manifest.payloadBytes) throw new BatchError('bad_hash', '解压后的长度与清单不符');
  let text: string;
  try {
    text = UTF8.decode(ndjson);
  } catch {
    throw new BatchError('not_a_batch', '内容不是 UTF-8 文本');
  }
  if (text !== '' && !text.endsWith('\n')) throw new BatchError('not_a_batch', '最后一条记录没有结束');
  const lines = text === '' ? [] : text.slice(0, -1).split('\n');
  return lines.map((line, index) => {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new BatchError('not_a_batch', `第${index + 1}条记录无法读取`);
    }
    const parsed = SyncRecord.safeParse(json);
    if (!parsed.success) throw new BatchError('not_a_batch', `第${index + 1}条记录不符合格式`);
    return parsed.data;
  });
}

/**
 * Checks a batch file and returns its manifest and records, or throws BatchError. Before the signature is
 * checked, only the manifest's deviceId is used (to find the key); the payload is hashed before it is
 * decompressed, and decompressed no further than the signed manifest allows.
 */
export function readBatch(file: Uint8Array, deviceOf: (deviceId: string) => DeviceStatus): { manifest: Manifest; records: SyncRecord[] } {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (bytes.length > BATCH_LIMITS.fileBytes)
    throw new BatchError('too_large', `文件 ${bytes.length} 字节，上限 ${BATCH_LIMITS.fileBytes} 字节`);
  if (bytes.length < MAGIC.length || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw new BatchError('not_a_batch');
  const format = bytes[MAGIC.length];
  if (format === undefined) throw new BatchError('truncated', '文件头不完整');
  if (format !== BATCH_FORMAT) throw new BatchError('format', `文件为第${format}版，本系统支持第${BATCH_FORMAT}版`);
  const { manifestBytes, signature, payload } = partsOf(bytes);
  const manifest = manifestOf(manifestBytes);
  const device = deviceOf(manifest.deviceId);
  if (!device) throw new BatchError('unknown_device', `设备编号 ${manifest.deviceId}`);
  if (device.revoked) throw new BatchError('revoked_device', `设备编号 ${manifest.deviceId}`);
  if (!signature || !verifies(signedBytes(format, manifestBytes), signature, device.publicKey)) throw new BatchError('bad_signature');
  if (payload.length < manifest.compressedBytes)
    throw new BatchError('truncated', `内容缺少 ${manifest.compressedBytes - payload.length} 字节`);
  if (payload.length > manifest.compressedBytes)
    throw new BatchError('bad_hash', `内容多出 ${payload.length - manifest.compressedBytes} 字节`);
  if (crypto.createHash('sha256').update(payload).digest('hex') !== manifest.payloadSha256) throw new BatchError('bad_hash');
  const records = recordsOf(payload, manifest);
  if (records.length !== manifest.records) throw new BatchError('bad_hash', `记录 ${records.length} 条，清单记 ${manifest.records} 条`);
  const counts = countsOf(records);
  if (SYNC_KINDS.some((kind) => counts[kind] !== manifest.counts[kind])) throw new BatchError('bad_hash', '各类记录数与清单不符');
  const allowed = new Set(manifest.committees);
  const foreign = records.find((record) => !allowed.has(record.committeeId));
  if (foreign) throw new BatchError('foreign_committee', `调委会 ${foreign.committeeId}`);
  return { manifest, records };
}

/**
 * Splits records, in order, into batches packBatch accepts: at most `limits.records` records each, and a payload
 * (measured as the UTF-8 bytes of each record's JSON line) within `limits.payloadBytes` and small enough that even
 * incompressible, it fits in `limits.fileBytes` with the manifest. A record too big for any batch is refused.
 * Example: 4500 small records → batches of 2000, 2000 and 500.
 */
export function planBatches(records: SyncRecord[], limits: BatchLimits = BATCH_LIMITS): SyncRecord[][] {
  const budget = Math.min(limits.payloadBytes, limits.fileBytes - FILE_OVERHEAD);
  const batches: SyncRecord[][] = [];
  let current: SyncRecord[] = [];
  let bytes = 0;
  for (const record of records) {
    const size = Buffer.byteLength(JSON.stringify(record), 'utf8') + 1;
    if (size > budget) refuse(`记录（${record.kind} ${record.id}）有 ${size} 字节，超过一个批次能容纳的 ${Math.max(budget, 0)} 字节`);
    if (current.length > 0 && (current.length >= limits.records || bytes + size > budget)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(record);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

// ——— The offline file: several batches in one file for a USB stick ———
//
// Layout: ASCII `FQPACK`, the format byte (1), uint32 count N, then N times (uint32 length L, L bytes of a batch
// file), then the SHA-256 (32 bytes) of everything before it. Each batch inside is checked by readBatch as if it
// had come over HTTP; the trailing hash only tells a copy that stopped short or a changed file early and plainly.

const BUNDLE_MAGIC = Buffer.from('FQPACK', 'latin1');
const BUNDLE_FORMAT = 1;
/** At most this many batches in one offline file (about 8 GB at the largest batch size: far beyond a stick's use). */
export const BUNDLE_MAX_BATCHES = 1000;

/** One offline file holding the given batch files, in order. Example: `packBundle(batches.map((b) => b.file))`. */
export function packBundle(batches: readonly Buffer[]): Buffer {
  if (batches.length > BUNDLE_MAX_BATCHES) refuse(`一个离线文件最多${BUNDLE_MAX_BATCHES}个批次，本次有${batches.length}个`);
  const head = Buffer.alloc(BUNDLE_MAGIC.length + 1 + 4);
  BUNDLE_MAGIC.copy(head);
  head[BUNDLE_MAGIC.length] = BUNDLE_FORMAT;
  head.writeUInt32BE(batches.length, BUNDLE_MAGIC.length + 1);
  const parts: Buffer[] = [head];
  for (const batch of batches) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(batch.length);
    parts.push(length, batch);
  }
  const body = Buffer.concat(parts);
  return Buffer.concat([body, crypto.createHash('sha256').update(body).digest()]);
}

/** True when the bytes start as an offline file (FQPACK) rather than a single batch (FQSYNC). */
export function isBundle(file: Uint8Array): boolean {
  return file.length >= BUNDLE_MAGIC.length && Buffer.from(file.buffer, file.byteOffset, BUNDLE_MAGIC.length).equals(BUNDLE_MAGIC);
}

/**
 * The batch files of an offline file, or BatchError: not_a_batch for a foreign file, truncated for one that stops
 * short, bad_hash for a changed one. A single batch file (FQSYNC) is accepted too, as a bundle of one.
 */
export function unpackBundle(file: Uint8Array): Buffer[] {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (bytes.length >= MAGIC.length && bytes.subarray(0, MAGIC.length).equals(MAGIC)) return [bytes];
  if (!isBundle(bytes)) throw new BatchError('not_a_batch', '既不是离线同步文件也不是批次文件');
  const format = bytes[BUNDLE_MAGIC.length];
  if (format === undefined || bytes.length < BUNDLE_MAGIC.length + 5 + 32) throw new BatchError('truncated', '文件头不完整');
  if (format !== BUNDLE_FORMAT) throw new BatchError('format', `离线文件为第${format}版，本系统支持第${BUNDLE_FORMAT}版`);
  const count = bytes.readUInt32BE(BUNDLE_MAGIC.length + 1);
  if (count > BUNDLE_MAX_BATCHES) throw new BatchError('too_large', `文件称有${count}个批次，上限${BUNDLE_MAX_BATCHES}个`);
  const batches: Buffer[] = [];
  let at = BUNDLE_MAGIC.length + 5;
  for (let i = 0; i < count; i++) {
    if (bytes.length < at + 4 + 32) throw new BatchError('truncated', `第${i + 1}个批次不完整`);
    const length = bytes.readUInt32BE(at);
    at += 4;
    if (bytes.length < at + length + 32) throw new BatchError('truncated', `第${i + 1}个批次不完整`);
    batches.push(bytes.subarray(at, at + length));
    at += length;
  }
  if (bytes.length < at + 32) throw new BatchError('truncated', '文件末尾的校验值不完整');
  if (bytes.length > at + 32) throw new BatchError('bad_hash', `文件末尾多出 ${bytes.length - at - 32} 字节`);
  const expected = crypto.createHash('sha256').update(bytes.subarray(0, at)).digest();
  if (!expected.equals(bytes.subarray(at))) throw new BatchError('bad_hash', '文件校验值不符：文件已损坏或被改动');
  return batches;
}
