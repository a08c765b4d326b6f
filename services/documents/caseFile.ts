// The case file (一案一卷) as one PDF: the printed documents and the attachments merged in order, then numbered
// straight through except the cover, the catalogue and the back cover. An attachment that cannot be merged becomes
// a page saying so: one bad scan never stops the whole file.
import { PDFDocument, type PDFImage } from 'pdf-lib';
import { log } from '../logger.ts';
import { escapeHtml, pageHtml } from './html.ts';
import { numberPages } from './pageNumbers.ts';
import type { PdfEngine } from './pdfEngine.ts';

export type CaseFilePart =
  { kind: 'pdf'; bytes: Uint8Array; numbered: boolean; label: string } | { kind: 'image'; bytes: Uint8Array; mime: string; label: string };

export interface CaseFile {
  pdf: Uint8Array;
  pages: number;
  /** The page numbers each part got (as printed, “— n —”), null for an unnumbered part. */
  ranges: { label: string; from: number | null; to: number | null }[];
}

const MM = 72 / 25.4;
const A4: [number, number] = [210 * MM, 297 * MM];
/** The type area of GB/T 9704: margins 37 mm top, 35 bottom, 28 left, 26 right. */
const AREA = { x: 28 * MM, y: 35 * MM, width: 156 * MM, height: 225 * MM };

type ImageFormat = 'png' | 'jpeg' | 'webp' | 'gif' | 'bmp' | 'tiff';

const MIME: Record<ImageFormat, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tiff: 'image/tiff',
};

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((b, i) => bytes[offset + i] === b);
}

/** The image's format from its first bytes (a photo named .jpg may be a PNG), else from its MIME type. */
function imageFormat(bytes: Uint8Array, mime: string): ImageFormat | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(bytes, [0x42, 0x4d])) return 'bmp';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  const type = mime.toLowerCase().split(';')[0]?.trim();
  if (type === 'image/jpg' || type === 'image/pjpeg') return 'jpeg';
  if (type === 'image/tif') return 'tiff';
  return (Object.keys(MIME) as ImageFormat[]).find((f) => MIME[f] === type) ?? null;
}

/**
 * The EXIF orientation of a JPEG (1 = upright), read from its APP1 segment. Phones store photos sideways with a tag
 * saying how to turn them: pdf-lib ignores the tag, Chromium honours it.
 */
function jpegOrientation(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1] ?? 0;
    const length = view.getUint16(at + 2);
    if (marker === 0xe1 && startsWith(bytes, [0x45, 0x78, 0x69, 0x66, 0, 0], at + 4)) {
      const tiff = at + 10;
      if (tiff + 8 > bytes.length) return 1;
      const little = bytes[tiff] === 0x49;
      const ifd = tiff + view.getUint32(tiff + 4, little);
      if (ifd + 2 > bytes.length) return 1;
      const entries = view.getUint16(ifd, little);
      for (let i = 0; i < entries && ifd + 2 + i * 12 + 10 <= bytes.length; i++) {
        const entry = ifd + 2 + i * 12;
        if (view.getUint16(entry, little) === 0x0112) return view.getUint16(entry + 8, little);
      }
      return 1;
    }
    if (marker === 0xda) return 1; // image data begins: no EXIF before it
    at += 2 + length;
  }
  return 1;
}

/** A one-page PDF printed by the engine from a body of HTML, in the documents' layout. */
async function enginePage(engine: PdfEngine, body: string, text: string, css = ''): Promise<PDFDocument> {
  return PDFDocument.load(await engine.pdf(pageHtml('附件', body, { all: text, bold: '' }, css, engine.fonts)));
}

function notice(engine: PdfEngine, message: string): Promise<PDFDocument> {
  const css = '.notice { margin-top: 4em; text-align: center; }';
  return enginePage(engine, `<p class="notice">${escapeHtml(message)}</p>`, message, css);
}

function imageViaEngine(engine: PdfEngine, bytes: Uint8Array, format: ImageFormat): Promise<PDFDocument> {
  const src = `data:${MIME[format]};base64,${Buffer.from(bytes).toString('base64')}`;
  // A hair under the type area's 225 mm, so that rounding never spills onto a second page.
  const css = '.image { height: 224mm; } .image img { display: block; width: 100%; height: 100%; object-fit: contain; }';
  return enginePage(engine, `<div class="image"><img src="${src}" alt=""></div>`, '', css);
}

/** A PNG or JPEG on an A4 page, as large as the type area allows, centred in it. */
async function imagePage(out: PDFDocument, bytes: Uint8Array, format: 'png' | 'jpeg'): Promise<void> {
  const image: PDFImage = format === 'png' ? await out.embedPng(bytes) : await out.embedJpg(bytes);
  const scale = Math.min(AREA.width / image.width, AREA.height / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  const page = out.addPage(A4);
  page.drawImage(image, {
    x: AREA.x + (AREA.width - width) / 2,
    y: AREA.y + (AREA.height - height) / 2,
    width,
    height,
  });
}

async function appendAll(out: PDFDocument, src: PDFDocument): Promise<void> {
  const pages = await out.copyPages(src, src.getPageIndices());
  for (const page of pages) out.addPage(page);
}

async function appendPdf(out: PDFDocument, part: { bytes: Uint8Array; label: string }, engine: PdfEngine): Promise<void> {
  let src: PDFDocument;
  try {
    src = await PDFDocument.load(part.bytes, { updateMetadata: false });
    if (src.getPageCount() === 0) throw new Error('no pages');
    await appendAll(out, src);
    return;
  } catch (error) {
    log.warn('case file: PDF attachment unreadable, a notice page stands in', { label: part.label, error: String(error) });
  }
  src = await notice(engine, `附件“${part.label}”无法读取（文件已加密或已损坏），请另行打印原件附入卷宗。`);
  await appendAll(out, src);
}

async function appendImage(out: PDFDocument, part: { bytes: Uint8Array; mime: string; label: string }, engine: PdfEngine) {
  const format = imageFormat(part.bytes, part.mime);
  switch (format) {
    case 'png':
    case 'jpeg':
      try {
        if (format === 'jpeg' && jpegOrientation(part.bytes) > 1) break;
        await imagePage(out, part.bytes, format);
        return;
      } catch (error) {
        log.warn('case file: image unreadable, a notice page stands in', { label: part.label, error: String(error) });
        return appendAll(out, await notice(engine, `附件“${part.label}”图片无法读取（文件已损坏），请另行打印原件附入卷宗。`));
      }
    case 'tiff':
      return appendAll(out, await notice(engine, `此附件为 TIFF 扫描件（${part.label}），请另行打印原件。`));
    case null:
      log.warn('case file: attachment of unknown format', { label: part.label, mime: part.mime });
      return appendAll(out, await notice(engine, `附件“${part.label}”的格式无法打印，请另行打印原件附入卷宗。`));
    case 'webp':
    case 'gif':
    case 'bmp':
      break;
  }
  // WebP, GIF, BMP and turned JPEGs: Chromium draws them (and honours the EXIF orientation).
  await appendAll(out, await imageViaEngine(engine, part.bytes, format));
}

/**
 * Merges the parts in order into one PDF and numbers its pages continuously, skipping the parts printed unnumbered
 * (a PDF part with numbered: false); attachments are always numbered. E.g. [cover, agreement (2 pages), photo] gives
 * 4 pages with ranges [null–null, 1–2, 3–3].
 */
export async function assembleCaseFile(parts: CaseFilePart[], engine: PdfEngine): Promise<CaseFile> {
  const started = Date.now();
  const out = await PDFDocument.create();
  out.setTitle('调解卷宗');
  const numberedPage: boolean[] = [];
  const ranges: CaseFile['ranges'] = [];
  let next = 1;
  for (const part of parts) {
    const before = out.getPageCount();
    if (part.kind === 'pdf') await appendPdf(out, part, engine);
    else await appendImage(out, part, engine);
    const added = out.getPageCount() - before;
    const numbered = part.kind === 'image' || part.numbered;
    for (let i = 0; i < added; i++) numberedPage.push(numbered);
    if (numbered && added > 0) {
      ranges.push({ label: part.label, from: next, to: next + added - 1 });
      next += added;
    } else ranges.push({ label: part.label, from: null, to: null });
  }
  const merged = await out.save();
  const result = await numberPages(merged, { skip: (index) => !numberedPage[index], engine });
  log.info('case file assembled', { parts: parts.length, pages: result.pages, ms: Date.now() - started });
  return { pdf: result.pdf, pages: result.pages, ranges };
}
