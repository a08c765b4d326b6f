// Attachments of a case (scans of signed documents, ID copies, evidence, photos): what they are and the limits.
import { z } from '../zod.ts';
import { recordId, text } from './fields.ts';

export const ATTACHMENT_CATEGORIES = [
  { code: 'application', label: '申请书、登记表签字件' },
  { code: 'id_proof', label: '当事人身份证明' },
  { code: 'power_of_attorney', label: '授权委托书' },
  { code: 'evidence', label: '证据材料' },
  { code: 'photo', label: '现场照片' },
  { code: 'agreement_scan', label: '协议书签字件' },
  { code: 'fulfilment_proof', label: '履行凭证（收据、转账记录）' },
  { code: 'confirmation', label: '司法确认材料' },
  { code: 'other', label: '其他材料' },
] as const;
export type AttachmentCategory = (typeof ATTACHMENT_CATEGORIES)[number]['code'];
export const ATTACHMENT_CATEGORY_CODES = ATTACHMENT_CATEGORIES.map((c) => c.code) as [AttachmentCategory, ...AttachmentCategory[]];

/** What a scanner or a phone produces, recognised by the file's first bytes, never by its name alone. */
export const ATTACHMENT_TYPES = [
  { mime: 'application/pdf', label: 'PDF', extensions: ['pdf'] },
  { mime: 'image/jpeg', label: 'JPEG 图片', extensions: ['jpg', 'jpeg'] },
  { mime: 'image/png', label: 'PNG 图片', extensions: ['png'] },
  { mime: 'image/tiff', label: 'TIFF 扫描件', extensions: ['tif', 'tiff'] },
  { mime: 'image/webp', label: 'WebP 图片', extensions: ['webp'] },
] as const;
export type AttachmentMime = (typeof ATTACHMENT_TYPES)[number]['mime'];

/** 20 MiB: a multi-page scan at 300 dpi fits; a video does not belong in a case file. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export const AttachmentInput = z.object({
  caseId: recordId,
  name: text('文件名', 120, 1).refine(
    (n) => ![...n].some((ch) => '\\/:*?"<>|'.includes(ch) || ch.charCodeAt(0) < 0x20),
    '文件名不能包含 \\ / : * ? " < > | 等字符',
  ),
  category: z.enum(ATTACHMENT_CATEGORY_CODES, { error: '请选择附件类别' }),
  note: z
    .string()
    .max(200, '说明不能超过200个字')
    .nullish()
    .transform((v) => (v?.trim() ? v.trim() : null)),
  /** The file's bytes, base64-encoded (the IPC bridge and the browser host both carry JSON). */
  contentBase64: z
    .string({ error: '请选择要上传的文件' })
    .min(1, '文件是空的')
    .max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4, '文件超过20 MB，请压缩或分开扫描后再上传')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容编码不正确'),
});
export type AttachmentInput = z.input<typeof AttachmentInput>;

export const Attachment = z.object({
  id: recordId,
  caseId: recordId,
  name: z.string(),
  category: z.enum(ATTACHMENT_CATEGORY_CODES),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  note: z.string().nullable(),
  addedAt: z.string(),
  addedBy: z.string(),
});
export type Attachment = z.infer<typeof Attachment>;

export const AttachmentContent = Attachment.extend({ contentBase64: z.string() });
export type AttachmentContent = z.infer<typeof AttachmentContent>;
