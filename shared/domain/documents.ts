// The documents of a case (人民调解文书格式, MoJ December 2010, and the joint application for judicial confirmation),
// each with the stable code the CLI and the API name it by (`doc render CASE_ID --type agreement`).
import { z } from '../zod.ts';
import { recordId } from './fields.ts';

export const DOCUMENT_TYPES = [
  { code: 'application', label: '人民调解申请书' },
  { code: 'registration', label: '人民调解受理登记表' },
  { code: 'notice', label: '人民调解当事人权利义务告知书' },
  { code: 'investigation', label: '人民调解调查记录' },
  { code: 'session', label: '人民调解记录' },
  { code: 'agreement', label: '人民调解协议书' },
  { code: 'oral-agreement', label: '人民调解口头协议登记表' },
  { code: 'follow-up', label: '人民调解回访记录' },
  { code: 'cover', label: '卷宗封面' },
  { code: 'catalogue', label: '卷内目录' },
  { code: 'back-cover', label: '封底' },
  { code: 'confirmation', label: '司法确认申请书' },
] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number]['code'];
export const DOCUMENT_TYPE_CODES = DOCUMENT_TYPES.map((d) => d.code) as [DocumentType, ...DocumentType[]];

export const DOCUMENT_FORMATS = ['pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const DocumentRequest = z.object({
  caseId: recordId,
  type: z.enum(DOCUMENT_TYPE_CODES, { error: '未知的文书类型' }),
  format: z.enum(DOCUMENT_FORMATS, { error: '文书格式应为 pdf 或 docx' }).default('pdf'),
});
export type DocumentRequest = z.output<typeof DocumentRequest>;

/** Whether a case's document can be drawn now, and if not, why (e.g. 本案尚未达成书面协议). */
export const DocumentAvailability = z.object({
  type: z.enum(DOCUMENT_TYPE_CODES),
  name: z.string(),
  problem: z.string().nullable(),
});
export type DocumentAvailability = z.infer<typeof DocumentAvailability>;

/** A rendered document or case file: base64 content, its MIME type and a file name that says what it is. */
export const RenderedDocument = z.object({
  fileName: z.string(),
  mime: z.string(),
  content: z.string(),
  pages: z.number().int().nullable(),
});
export type RenderedDocument = z.infer<typeof RenderedDocument>;

export const PrintResult = z.object({ printed: z.boolean() });
