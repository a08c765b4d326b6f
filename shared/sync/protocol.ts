// The upward sync's formats (docs/sync-protocol.md): what a batch carries from a committee's register to the
// district hub, and the receipt that comes back. Platform-free: the app packs and reads batches with these, the
// hub (server/) checks them with the very same schemas.
import { z } from '../zod.ts';

/** The batch format's version; a hub refuses a version it does not know (and says which it knows). */
export const BATCH_FORMAT = 1;

/** The kinds of records a register sends up: a record is a whole snapshot, never an increment. */
export const SYNC_KINDS = ['committee', 'mediator', 'case', 'screening_report'] as const;
export type SyncKind = (typeof SYNC_KINDS)[number];

/** Bounds of one batch: a slow line sends small batches, and a hub never holds a huge one in memory. */
export const BATCH_LIMITS = {
  /** Records in one batch. */
  records: 2000,
  /** Bytes of the uncompressed payload. */
  payloadBytes: 16 * 1024 * 1024,
  /** Bytes of the whole batch file as sent (compressed payload, manifest and signature). */
  fileBytes: 8 * 1024 * 1024,
} as const;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 应为64位十六进制');
const deviceId = z.string().regex(/^[0-9a-f]{32}$/, '设备编号格式不正确');

/**
 * One record as sent: its kind and id (born on the device, never reissued), its version (the device's change
 * sequence number of the record's latest change: strictly increasing for a record, so a replay or an older copy
 * is recognised), the committee that owns it, and the snapshot itself.
 */
export const SyncRecord = z.object({
  kind: z.enum(SYNC_KINDS),
  id: z.string().min(1).max(64),
  version: z.number().int().positive(),
  committeeId: z.string().min(1).max(64),
  /** The record as the register holds it; each kind's schema checks it on arrival. */
  data: z.unknown(),
});
export type SyncRecord = z.infer<typeof SyncRecord>;

/**
 * The manifest: what the batch says of itself, signed with the payload's hash. `seqFrom`..`seqTo` are the
 * device's change sequence numbers the batch covers; `counts` the records per kind; `createdAt` is the device's
 * clock, shown but never used for ordering (the hub orders by its own receipt time and the record versions).
 */
export const Manifest = z.object({
  format: z.literal(BATCH_FORMAT, { error: `批次格式版本不受支持（本系统支持第${BATCH_FORMAT}版）` }),
  batchId: z.string().regex(/^[0-9a-f]{32}$/),
  deviceId,
  committees: z.array(z.string().min(1).max(64)).min(1).max(500),
  seqFrom: z.number().int().nonnegative(),
  seqTo: z.number().int().nonnegative(),
  counts: z.record(z.enum(SYNC_KINDS), z.number().int().nonnegative()),
  records: z.number().int().nonnegative().max(BATCH_LIMITS.records),
  /** Bytes of the payload once decompressed (NDJSON, one record a line). */
  payloadBytes: z.number().int().nonnegative().max(BATCH_LIMITS.payloadBytes),
  /** Bytes of the compressed payload as it follows in the file, and their SHA-256 (checked before decompressing). */
  compressedBytes: z.number().int().nonnegative().max(BATCH_LIMITS.fileBytes),
  payloadSha256: sha256Hex,
  createdAt: z.string().max(40),
  appVersion: z.string().max(40),
});
export type Manifest = z.infer<typeof Manifest>;

/** The hub's answer per record: accepted (applied now or already held at that version) or rejected with a reason. */
export const RecordReceipt = z.discriminatedUnion('status', [
  z.object({ kind: z.enum(SYNC_KINDS), id: z.string(), version: z.number().int(), status: z.literal('accepted') }),
  z.object({
    kind: z.enum(SYNC_KINDS),
    id: z.string(),
    version: z.number().int(),
    status: z.literal('rejected'),
    /** For the clerk, in Chinese: what is wrong with the record and what to correct. */
    reason: z.string(),
  }),
]);
export type RecordReceipt = z.infer<typeof RecordReceipt>;

/** The receipt of one batch: the hub's own time of receipt, and every record's outcome. */
export const Receipt = z.object({
  format: z.literal(BATCH_FORMAT),
  batchId: z.string(),
  deviceId,
  receivedAt: z.string(),
  /** True when the batch had been applied before: this receipt repeats the first one's outcomes. */
  duplicate: z.boolean(),
  records: z.array(RecordReceipt),
});
export type Receipt = z.infer<typeof Receipt>;

/** Why a batch as a whole is refused (before any record is looked at), with the clerk's words for each. */
export const BATCH_PROBLEMS = {
  not_a_batch: '这不是枫桥的同步批次文件',
  truncated: '批次文件不完整（可能传输中断或拷贝未完成）',
  format: '批次格式版本不受支持，请升级程序',
  too_large: '批次超出大小限制',
  bad_signature: '批次签名无效：文件被改动过，或不是本机签发的',
  bad_hash: '批次内容与清单不符：文件已损坏',
  unknown_device: '本机尚未在区级平台登记',
  revoked_device: '本机已被区级平台停用，请联系区司法局',
  foreign_committee: '批次中含有不属于本机调委会的记录',
} as const;
export type BatchProblem = keyof typeof BATCH_PROBLEMS;

// ——— Enrolment, receipts as signed by the hub, and the hub's answers (docs/sync-protocol.md) ———

const committeeIdField = z.string().min(1).max(64);

/**
 * An enrolment code as printed by `hub enroll`: 12 characters of Crockford's base32 in groups of four
 * (`7KQ2-M9XD-P4TA`). Typed by a clerk, so case, spaces and hyphens do not matter and O/I/L read as 0/1/1.
 * Example: `normaliseEnrolmentCode(' 7kq2 m9xd-p4ta ')` → '7KQ2M9XDP4TA'.
 */
export function normaliseEnrolmentCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** What a register sends to enrol: the code, its device's public key and the committees it keeps. */
export const EnrolRequest = z.object({
  code: z
    .string()
    .max(40)
    .transform(normaliseEnrolmentCode)
    .refine((c) => /^[0-9A-HJKMNP-TV-Z]{12}$/.test(c), '登记码应为12位字母或数字（如 7KQ2-M9XD-P4TA）'),
  publicKeyPem: z.string().min(1).max(2000),
  committees: z
    .array(z.object({ id: committeeIdField, areaCode: z.string().max(20), name: z.string().max(100), isOwn: z.boolean() }))
    .min(1, '本机还没有调委会，请先完成初始设置')
    .max(500),
  appVersion: z.string().max(40),
});
export type EnrolRequest = z.input<typeof EnrolRequest>;

/** The hub's answer to an enrolment: the device id it registered and the hub's own key, which signs receipts. */
export const EnrolResponse = z.object({
  deviceId,
  /** The committees whose records the device may send. */
  committeeIds: z.array(committeeIdField),
  /** The area code the enrolment code was made for. */
  committeeCode: z.string(),
  hubId: z.string(),
  hubPublicKeyPem: z.string(),
  enrolledAt: z.string(),
  /** Records the hub holds of the committees this device took over from a revoked PC: what `sync restore` brings back. */
  restorable: z.number().int().nonnegative(),
  /** The highest version the hub holds of the device's committees' records: the register's next changes go above it. */
  maxVersion: z.number().int().nonnegative(),
});
export type EnrolResponse = z.infer<typeof EnrolResponse>;

/** `GET /v1/hub`: who the hub is, which batch formats it reads, and its clock (shown, never trusted). */
export const HubInfo = z.object({
  name: z.string(),
  hubId: z.string(),
  publicKeyPem: z.string(),
  formats: z.array(z.number().int()),
  time: z.string(),
});
export type HubInfo = z.infer<typeof HubInfo>;

/** A receipt with the hub's Ed25519 signature (base64) over `FQRCPT\n` + the receipt's canonical JSON. */
export const SignedReceipt = z.object({ receipt: Receipt, hubId: z.string(), signature: z.string().max(200) });
export type SignedReceipt = z.infer<typeof SignedReceipt>;

/** The receipts file the district gives back on the offline path (`hub import` writes it, `sync import-receipt` reads it). */
export const RECEIPT_FILE_TYPE = 'fengqiao-receipts';
export const ReceiptFile = z.object({
  format: z.literal(BATCH_FORMAT),
  type: z.literal(RECEIPT_FILE_TYPE),
  receipts: z.array(SignedReceipt).max(10_000),
});
export type ReceiptFile = z.infer<typeof ReceiptFile>;

/** Why the hub refuses a request that is not a batch problem, with the clerk's words for each. */
export const HUB_PROBLEMS = {
  ...BATCH_PROBLEMS,
  bad_request: '请求格式不正确',
  enrol_unknown_code: '登记码不正确，请核对区司法局给出的登记码',
  enrol_used: '该登记码已经用过，请向区司法局申请新的登记码',
  enrol_expired: '该登记码已过期，请向区司法局申请新的登记码',
  enrol_committee_mismatch: '本机的调委会与登记码所属的调委会不符',
  not_found: '区级平台没有这个地址，请核对平台地址',
  internal: '区级平台暂时出错，稍后会自动重试',
  unavailable: '区级平台暂时不可用，稍后会自动重试',
} as const;
export type HubProblem = keyof typeof HUB_PROBLEMS;

/** Every 4xx/5xx answer of the hub: the problem's code, and a message for people (Chinese). */
export const HubErrorBody = z.object({ error: z.string(), message: z.string() });
export type HubErrorBody = z.infer<typeof HubErrorBody>;
