// Attachments of a case: the file is stored once under its SHA-256 in the data folder (written and synced
// before its row is committed), the row says which case it belongs to. Nothing ever deletes a stored file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type Attachment, type AttachmentContent } from '../shared/domain/attachment.ts';
import type { z } from '../shared/zod.ts';
import type { AttachmentInput } from '../shared/domain/attachment.ts';
import { AppError } from '../shared/errors.ts';
import { todayInChina } from '../shared/rules/dates.ts';
import { newId } from '../shared/rules/ids.ts';
import { loadHistory, stateOf } from './caseHistory.ts';
import { immediateTransaction } from './db/open.ts';
import type { AttachmentRow, DB } from './db/schema.ts';
import { appendSteps } from './lifecycle.ts';

export const ATTACHMENTS_DIR = 'attachments';

/** The type of a file from its first bytes, or null when it is none of the accepted ones. */
export function sniffMime(bytes: Uint8Array): Attachment['mime'] | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'image/tiff';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50)
    return 'image/webp';
  return null;
}

export function attachmentPath(dataDir: string, sha256: string): string {
  return path.join(dataDir, ATTACHMENTS_DIR, sha256.slice(0, 2), sha256);
}

/** Stores the bytes under their hash (atomically: temporary file, fsync, rename); returns the hash. */
export function storeFile(dataDir: string, bytes: Uint8Array): string {
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const target = attachmentPath(dataDir, sha256);
  if (fs.existsSync(target)) return sha256;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, target);
  return sha256;
}

function toAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    caseId: row.case_id,
    name: row.name,
    category: row.category as Attachment['category'],
    mime: row.mime,
    size: row.size,
    sha256: row.sha256,
    note: row.note,
    addedAt: row.added_at,
    addedBy: row.added_by,
  };
}

export async function listAttachments(db: Kysely<DB>, caseId: string): Promise<Attachment[]> {
  const rows = await db
    .selectFrom('attachments')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('deleted_at', 'is', null)
    .orderBy('added_at')
    .execute();
  return rows.map(toAttachment);
}

/** Checks, stores and records an attachment; the case's timeline and catalogue count it. */
export async function addAttachment(
  db: Kysely<DB>,
  dataDir: string,
  input: z.output<typeof AttachmentInput>,
  actor: string,
  now = new Date(),
): Promise<Attachment> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw new AppError('VALIDATION', '文件是空的', [{ path: 'contentBase64', message: '文件是空的' }]);
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    throw new AppError('VALIDATION', '文件超过20 MB', [{ path: 'contentBase64', message: '文件超过20 MB，请压缩或分开扫描后再上传' }]);
  const mime = sniffMime(bytes);
  const accepted = ATTACHMENT_TYPES.map((t) => t.label).join('、');
  if (!mime)
    throw new AppError('VALIDATION', `只能上传 ${accepted}`, [{ path: 'contentBase64', message: `文件类型不支持：只能上传 ${accepted}` }]);
  const extension = path.extname(input.name).slice(1).toLowerCase();
  const type = ATTACHMENT_TYPES.find((t) => t.mime === mime)!;
  if (extension && !(type.extensions as readonly string[]).includes(extension))
    throw new AppError('VALIDATION', '文件扩展名与内容不符', [
      { path: 'name', message: `文件内容是${type.label}，但扩展名是 .${extension}` },
    ]);

  const sha256 = storeFile(dataDir, bytes);
  return immediateTransaction(db, async (trx) => {
    const history = await loadHistory(trx, input.caseId);
    const row: AttachmentRow = {
      id: newId(now.getTime()),
      case_id: input.caseId,
      name: input.name,
      category: input.category,
      mime,
      size: bytes.length,
      sha256,
      note: input.note,
      added_at: now.toISOString(),
      added_by: actor,
      deleted_at: null,
    };
    await appendSteps(
      trx,
      input.caseId,
      stateOf(history),
      [{ kind: 'attachment', on: todayInChina(now), attachmentId: row.id, name: row.name, category: row.category }],
      actor,
      now,
    );
    await trx.insertInto('attachments').values(row).execute();
    return toAttachment(row);
  });
}

/** An attachment with its bytes; the stored file is checked against its hash before it is handed out. */
export async function getAttachment(db: Kysely<DB>, dataDir: string, id: string): Promise<AttachmentContent> {
  const { attachment, bytes } = await attachmentBytes(db, dataDir, id);
  return { ...attachment, contentBase64: bytes.toString('base64') };
}

/** An attachment's record and its bytes, checked against the hash (for the case file and the download). */
export async function attachmentBytes(db: Kysely<DB>, dataDir: string, id: string): Promise<{ attachment: Attachment; bytes: Buffer }> {
  const row = await db.selectFrom('attachments').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', '没有找到这个附件');
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(attachmentPath(dataDir, row.sha256));
  } catch {
    throw new AppError('NOT_FOUND', `附件“${row.name}”的文件不在数据文件夹中，请从备份恢复`);
  }
  if (crypto.createHash('sha256').update(bytes).digest('hex') !== row.sha256)
    throw new AppError('CONFLICT', `附件“${row.name}”的文件已损坏（校验值不符），请从备份恢复`);
  return { attachment: toAttachment(row), bytes };
}
