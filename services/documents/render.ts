// The documents of a case as files: one document as PDF (HTML printed by Chromium, page-numbered) or DOCX, and
// the whole case file as one PDF. Every output is drawn from the same template data (shared/documents/build.ts).
import type { Kysely } from 'kysely';
import {
  DOCUMENT_TYPES,
  type DocumentAvailability,
  type DocumentRequest,
  type DocumentType,
  type RenderedDocument,
} from '../../shared/domain/documents.ts';
import { buildDocument, documentProblem } from '../../shared/documents/build.ts';
import type { DocumentModel } from '../../shared/documents/model.ts';
import type { DocumentSource } from '../../shared/documents/source.ts';
import type { DB } from '../db/schema.ts';
import { documentDocx } from './docx.ts';
import { documentHtml } from './html.ts';
import { countPages } from './pageNumbers.ts';
import type { PdfEngine } from './pdfEngine.ts';
import { loadDocumentSource } from './source.ts';

export const PDF_MIME = 'application/pdf';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `〔2026〕梅园调字第7号 人民调解协议书.pdf`: the case number and the document, safe on Windows. */
export function documentFileName(caseNumber: string, title: string, extension: string): string {
  return `${caseNumber} ${title}.${extension}`.replace(/[\\/:*?"<>|]/g, '_');
}

/** Which documents of the case can be drawn now, and why not. */
export function availability(source: DocumentSource): DocumentAvailability[] {
  return DOCUMENT_TYPES.map((d) => ({ type: d.code, name: d.label, problem: documentProblem(d.code, source) }));
}

/** A model printed to PDF, its pages numbered in the GB/T 9704 way (by the page itself) when the document is numbered. */
export async function modelPdf(engine: PdfEngine, model: DocumentModel): Promise<{ pdf: Uint8Array; pages: number }> {
  const pdf = await engine.pdf(documentHtml(model, { fonts: engine.fonts, pageNumbers: model.numbered }));
  return { pdf, pages: await countPages(pdf) };
}

export async function renderDocument(db: Kysely<DB>, engine: PdfEngine, request: DocumentRequest): Promise<RenderedDocument> {
  const source = await loadDocumentSource(db, request.caseId);
  const model = buildDocument(request.type, source);
  if (request.format === 'docx') {
    const bytes = await documentDocx(model);
    return {
      fileName: documentFileName(model.caseNumber, model.title, 'docx'),
      mime: DOCX_MIME,
      content: Buffer.from(bytes).toString('base64'),
      pages: null,
    };
  }
  const { pdf, pages } = await modelPdf(engine, model);
  return {
    fileName: documentFileName(model.caseNumber, model.title, 'pdf'),
    mime: PDF_MIME,
    content: Buffer.from(pdf).toString('base64'),
    pages,
  };
}

/** The HTML of one document (what the desktop app hands to the system print dialog). */
export async function documentPrintHtml(db: Kysely<DB>, caseId: string, type: DocumentType): Promise<{ html: string; title: string }> {
  const source = await loadDocumentSource(db, caseId);
  const model = buildDocument(type, source);
  return { html: documentHtml(model, { pageNumbers: model.numbered }), title: `${model.caseNumber} ${model.title}` };
}
