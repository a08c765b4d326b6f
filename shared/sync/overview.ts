// What the 同步 page and `sync status` show of this register's sync (the API's answer to sync.status).
import { z } from '../zod.ts';

export const RejectedRecord = z.object({
  kind: z.string(),
  id: z.string(),
  version: z.number().int(),
  /** The hub's words, for the clerk: what to correct. */
  reason: z.string(),
  receivedAt: z.string(),
  /** The case number, or the mediator's or committee's name. */
  label: z.string().nullable(),
});
export type RejectedRecord = z.infer<typeof RejectedRecord>;

export const CommitteeSyncFigures = z.object({
  committeeId: z.string(),
  name: z.string(),
  /** Records of the committee the hub has accepted, at the versions it accepted. */
  records: z.number().int(),
  /** SHA-256 hex of their sorted `kind:id:version` lines: equal to the hub's `hub status` when both hold the same. */
  hash: z.string(),
});
export type CommitteeSyncFigures = z.infer<typeof CommitteeSyncFigures>;

export const SyncOverview = z.object({
  enrolled: z.boolean(),
  hubUrl: z.string().nullable(),
  deviceId: z.string().nullable(),
  enrolledAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  /** Records waiting to go up. */
  pending: z.number().int(),
  lastSuccessAt: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  /** The last failure, in words a clerk understands, and its code (network, unavailable, revoked_device…). */
  lastError: z.object({ code: z.string(), message: z.string() }).nullable(),
  lastAcknowledgedAt: z.string().nullable(),
  rejected: z.array(RejectedRecord),
  committees: z.array(CommitteeSyncFigures),
  /** Records the hub holds from the PC this one replaced, to restore here first (sending waits meanwhile). */
  restorable: z.number().int(),
  /** True while the background sender is sending; the time of its next attempt when it is waiting. */
  sending: z.boolean(),
  nextAttemptAt: z.string().nullable(),
});
export type SyncOverview = z.infer<typeof SyncOverview>;

export const SyncEnrolInput = z.object({
  hubUrl: z
    .string({ error: '请填写区级平台地址' })
    .trim()
    .min(1, '请填写区级平台地址')
    .max(300)
    .regex(/^https?:\/\/\S+$/i, '平台地址应以 https:// 或 http:// 开头'),
  code: z.string({ error: '请填写登记码' }).trim().min(1, '请填写登记码').max(40, '登记码应为12位字母或数字'),
});
export type SyncEnrolInput = z.input<typeof SyncEnrolInput>;

export const SyncReceiptsFile = z.object({
  fileName: z.string().max(200),
  /** The receipts file in base64 (at most 64 MB). */
  content: z
    .string({ error: '请选择回执文件' })
    .min(1, '文件是空的')
    .max(Math.ceil((64 * 1024 * 1024 * 4) / 3) + 4, '回执文件太大')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容编码不正确'),
});

export const SyncReceiptsResult = z.object({
  receipts: z.number().int(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  pending: z.number().int(),
});

/** A note of the district on one of this register's records, as the register keeps it. */
export const NoteRow = z.object({
  noteId: z.string(),
  kind: z.string(),
  recordId: z.string(),
  /** The case number, or the mediator's or committee's name. */
  label: z.string().nullable(),
  body: z.string(),
  author: z.string(),
  createdAt: z.string(),
  receivedAt: z.string(),
  handledAt: z.string().nullable(),
  handledBy: z.string().nullable(),
});
export type NoteRow = z.infer<typeof NoteRow>;

export const NotesQuery = z.object({
  /** Only the notes on this record (the case page). */
  recordId: z.string().max(64).nullish(),
  /** Only the ones not yet dealt with. */
  open: z.boolean().default(false),
});

export const RestoreResult = z.object({
  records: z.number().int(),
  committees: z.number().int(),
  mediators: z.number().int(),
  cases: z.number().int(),
  screeningReports: z.number().int(),
  attachments: z.number().int(),
  /** Attachment files fetched from the hub (those it held whole). */
  files: z.number().int(),
});
