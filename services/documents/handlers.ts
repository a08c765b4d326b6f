// The API methods of the documents: what can be drawn, one document as PDF or DOCX, the whole case file,
// printing (desktop app only) and the committee's wording. Every document drawn is an audited read of the case.
import type { Kysely } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import { recordRead } from '../changeLog.ts';
import type { DB } from '../db/schema.ts';
import type { Handlers } from '../dispatcher.ts';
import { renderCaseFile } from './caseFileRender.ts';
import type { PdfEngine } from './pdfEngine.ts';
import { availability, documentPrintHtml, renderDocument } from './render.ts';
import { loadDocumentSource } from './source.ts';
import { getWording, setWording } from './wording.ts';

/** Shows the system print dialog for a page of HTML; resolves true when it was sent to a printer. */
export type PrintHtml = (html: string, title: string) => Promise<boolean>;

export interface DocumentDeps {
  db: Kysely<DB>;
  dataDir: string;
  /** The PDF engine, made on first use (Chromium in Node, printToPDF in the desktop app). */
  engine: () => PdfEngine;
  /** The desktop app's print dialog; absent in browser mode and the CLI. */
  print?: PrintHtml | undefined;
}

type DocumentMethods = Extract<keyof Handlers, `documents.${string}`>;

export function documentHandlers({ db, dataDir, engine, print }: DocumentDeps): Pick<Handlers, DocumentMethods> {
  return {
    'documents.available': async ({ caseId }) => availability(await loadDocumentSource(db, caseId)),
    'documents.render': async (request, ctx) => {
      const file = await renderDocument(db, engine(), request);
      await recordRead(db, ctx.actor, 'case', request.caseId, { document: request.type, format: request.format }, new Date(), 'export');
      return file;
    },
    'documents.caseFile': async ({ caseId }, ctx) => {
      const file = await renderCaseFile(db, dataDir, engine(), caseId);
      await recordRead(db, ctx.actor, 'case', caseId, { document: 'case-file', format: 'pdf' }, new Date(), 'export');
      return file;
    },
    'documents.print': async ({ caseId, type }, ctx) => {
      if (!print) throw new AppError('UNAVAILABLE', '浏览器中请在预览里打印（点击打印图标或按 Ctrl+P）');
      const { html, title } = await documentPrintHtml(db, caseId, type);
      const printed = await print(html, title);
      if (printed) await recordRead(db, ctx.actor, 'case', caseId, { document: type, format: 'print' }, new Date(), 'export');
      return { printed };
    },
    'documents.wording': async () => getWording(db),
    'documents.setWording': async (wording, ctx) => setWording(db, wording, ctx.actor),
  };
}
