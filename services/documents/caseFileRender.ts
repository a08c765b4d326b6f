// The whole case file (卷宗) as one PDF: the cover, the catalogue with each item's pages, every document and
// attachment in catalogue order with continuous page numbers, and the back cover.
import type { Kysely } from 'kysely';
import type { RenderedDocument } from '../../shared/domain/documents.ts';
import { buildDocument } from '../../shared/documents/build.ts';
import { caseFilePlan, type CaseFileItem } from '../../shared/documents/caseFilePlan.ts';
import type { CataloguePages, DocumentSource } from '../../shared/documents/source.ts';
import { attachmentBytes } from '../attachments.ts';
import type { DB } from '../db/schema.ts';
import { log } from '../logger.ts';
import { assembleCaseFile, type CaseFilePart } from './caseFile.ts';
import { documentHtml } from './html.ts';
import type { PdfEngine } from './pdfEngine.ts';
import { documentFileName, PDF_MIME } from './render.ts';
import { loadDocumentSource } from './source.ts';

const IMAGE_MIMES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/tiff']);

/** The parts of one catalogue item, each labelled with the item's number. */
async function itemParts(
  db: Kysely<DB>,
  dataDir: string,
  engine: PdfEngine,
  source: DocumentSource,
  item: CaseFileItem,
): Promise<CaseFilePart[]> {
  const label = String(item.no);
  const parts: CaseFilePart[] = [];
  for (const piece of item.pieces) {
    if (piece.kind === 'document') {
      const pdf = await engine.pdf(documentHtml(buildDocument(piece.type, source), { fonts: engine.fonts }));
      parts.push({ kind: 'pdf', bytes: pdf, numbered: true, label });
      continue;
    }
    const { bytes } = await attachmentBytes(db, dataDir, piece.attachment.id);
    if (piece.attachment.mime === 'application/pdf') parts.push({ kind: 'pdf', bytes, numbered: true, label });
    else if (IMAGE_MIMES.has(piece.attachment.mime)) parts.push({ kind: 'image', bytes, mime: piece.attachment.mime, label });
    else
      log.warn('an attachment of an unknown type was left out of the case file', { id: piece.attachment.id, mime: piece.attachment.mime });
  }
  return parts;
}

/** Pages of each catalogue item from the ranges of its parts. */
function cataloguePages(ranges: { label: string; from: number | null; to: number | null }[]): CataloguePages[] {
  const byItem = new Map<number, CataloguePages>();
  for (const r of ranges) {
    const no = Number(r.label);
    const seen = byItem.get(no);
    if (!seen) byItem.set(no, { no, from: r.from, to: r.to });
    else byItem.set(no, { no, from: seen.from ?? r.from, to: r.to ?? seen.to });
  }
  return [...byItem.values()];
}

export async function renderCaseFile(db: Kysely<DB>, dataDir: string, engine: PdfEngine, caseId: string): Promise<RenderedDocument> {
  const source = await loadDocumentSource(db, caseId);
  // The documents print side by side (each in its own page of the browser); the order is kept by the plan.
  const content = (await Promise.all(caseFilePlan(source).map((item) => itemParts(db, dataDir, engine, source, item)))).flat();
  const frame = async (type: 'cover' | 'catalogue' | 'back-cover', from: DocumentSource): Promise<CaseFilePart> => ({
    kind: 'pdf',
    bytes: await engine.pdf(documentHtml(buildDocument(type, from), { fonts: engine.fonts })),
    numbered: false,
    label: type,
  });
  // The cover and the back cover need no page numbers: they print while the content is put together.
  const cover = frame('cover', source);
  const backCover = frame('back-cover', source);
  // Awaited below; a failure meanwhile must not count as unhandled (the body's own failure is the one reported).
  for (const pending of [cover, backCover]) pending.catch(() => undefined);
  // First the numbered content, so the catalogue can name each item's pages; then the frame around it.
  const body = await assembleCaseFile(content, engine);
  const catalogue = await frame('catalogue', { ...source, pages: cataloguePages(body.ranges) });
  const whole = await assembleCaseFile(
    [await cover, catalogue, { kind: 'pdf', bytes: body.pdf, numbered: false, label: 'body' }, await backCover],
    engine,
  );
  return {
    fileName: documentFileName(source.case.number, '卷宗', 'pdf'),
    mime: PDF_MIME,
    content: Buffer.from(whole.pdf).toString('base64'),
    pages: whole.pages,
  };
}
