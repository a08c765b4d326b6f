// GB/T 9704 page numbers stamped on a finished PDF: “— 1 —” in 4号 (14 pt) below the type area, odd numbers at the
// right and even ones at the left, each one character in from the margin. Stamped after printing (not by CSS) so that
// a case file of several documents and attachments is numbered straight through.
import { degrees, PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { log } from '../logger.ts';
import { escapeHtml, PAGE_NUMBER_CHARACTERS, PAGE_NUMBER_STYLE, PAGE_NUMBER_TOP_MM, pageHtml } from './html.ts';
import type { PdfEngine } from './pdfEngine.ts';

const MM = 72 / 25.4;
const SIZE = 14;
/** The page number line sits 7 mm below the type area, whose bottom edge is 35 mm above the paper's. */
const CENTRE_FROM_BOTTOM = 28 * MM;
const LEFT_MARGIN = 28 * MM;
const RIGHT_MARGIN = 26 * MM;
/** “空一字”: one character of the page number's size. */
const INSET = SIZE;

export interface NumberPagesOptions {
  /**
   * Draw the numbers with this engine in the documents' own embedded fonts (one page of numbers per page, laid
   * over it); without it, or on a page turned sideways, they are drawn in the PDF standard font Times-Roman.
   */
  engine?: PdfEngine;
  /** The number of the first numbered page (default 1). */
  first?: number;
  /** Pages that get no number and do not advance the count (a cover, a catalogue, a back cover). */
  skip?: (pageIndex: number) => boolean;
}

/** The pieces of “— n —”: a dash on each side, half a character apart from the number, as in GB/T 9704. */
function pageLabel(n: number): string[] {
  return ['—', String(n), '—'];
}

const GAP = SIZE / 2;

/** Draws a page number at the bottom of the page as the reader sees it, whatever the page's /Rotate. */
function stamp(page: PDFPage, font: PDFFont, pieces: string[], odd: boolean): void {
  const box = page.getCropBox();
  const rotation = ((page.getRotation().angle % 360) + 360) % 360;
  // The page as the reader sees it: width and height swap on pages turned a quarter.
  const sideways = rotation === 90 || rotation === 270;
  const width = sideways ? box.height : box.width;
  const widths = pieces.map((piece) => font.widthOfTextAtSize(piece, SIZE));
  const total = widths.reduce((a, b) => a + b, 0) + GAP * (pieces.length - 1);
  let x = odd ? width - RIGHT_MARGIN - INSET - total : LEFT_MARGIN + INSET;
  // The em dashes sit about a quarter of the size above the baseline: centre them on the number line.
  const y = CENTRE_FROM_BOTTOM - SIZE * 0.25;
  pieces.forEach((piece, i) => {
    // Map the reader's (x, y) back to the page's own user space, turning the text with the page.
    const at: Record<number, [number, number]> = {
      0: [x, y],
      90: [box.width - y, x],
      180: [box.width - x, box.height - y],
      270: [y, box.height - x],
    };
    const [px, py] = at[rotation] ?? [x, y];
    page.drawText(piece, { x: box.x + px, y: box.y + py, size: SIZE, font, color: rgb(0, 0, 0), rotate: degrees(rotation) });
    x += (widths[i] ?? 0) + GAP;
  });
}

/**
 * Numbers the pages of a PDF “— 1 —”, “— 2 —”… except the skipped ones. E.g. numberPages(pdf, { skip: (i) => i === 0 })
 * leaves the cover bare and numbers the next page 1. Returns the new PDF, its page count and how many were numbered.
 */
export async function numberPages(
  pdf: Uint8Array,
  options: NumberPagesOptions = {},
): Promise<{ pdf: Uint8Array; pages: number; numbered: number }> {
  const started = Date.now();
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = doc.getPages();
  const first = options.first ?? 1;
  const targets = pages.flatMap((page, index) => (options.skip?.(index) ? [] : [page])).map((page, i) => ({ page, n: first + i }));
  const upright = (page: PDFPage) => page.getRotation().angle % 360 === 0;
  const overlaid = options.engine ? targets.filter((t) => upright(t.page)) : [];
  if (options.engine && overlaid.length > 0) {
    const overlay = await options.engine.pdf(
      numbersHtml(
        overlaid.map((t) => t.n),
        options.engine,
      ),
    );
    const embedded = await doc.embedPdf(
      overlay,
      overlaid.map((_, i) => i),
    );
    overlaid.forEach(({ page, n }, i) => {
      const box = page.getCropBox();
      // The overlay is an A4 page: odd numbers keep their distance from the right edge, even ones from the left.
      const x = n % 2 === 1 ? box.x + box.width - A4_WIDTH : box.x;
      page.drawPage(embedded[i]!, { x, y: box.y });
    });
  }
  const rest = targets.filter((t) => !overlaid.includes(t));
  if (rest.length > 0) {
    const font = await doc.embedFont(StandardFonts.TimesRoman);
    for (const { page, n } of rest) stamp(page, font, pageLabel(n), n % 2 === 1);
  }
  const numbered = targets.length;
  const out = await doc.save();
  log.debug('pages numbered', { pages: pages.length, numbered, ms: Date.now() - started });
  return { pdf: out, pages: pages.length, numbered };
}

/** The number of pages of a PDF. */
export async function countPages(pdf: Uint8Array): Promise<number> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return doc.getPageCount();
}

const A4_WIDTH = 210 * MM;

/** One A4 page per number, blank but for “— n —” where the documents' own page numbers sit. */
function numbersHtml(numbers: number[], engine: PdfEngine): string {
  const css = `@page { size: A4; margin: 0; }
.n { position: relative; width: 210mm; height: 297mm; break-after: page; overflow: hidden; }
.n:last-child { break-after: auto; }
.n span { position: absolute; top: ${PAGE_NUMBER_TOP_MM}mm; ${PAGE_NUMBER_STYLE} white-space: nowrap; }
.odd span { right: calc(26mm + 14pt); } .even span { left: calc(28mm + 14pt); }`;
  const body = numbers.map((n) => `<div class="n ${n % 2 === 1 ? 'odd' : 'even'}"><span>${escapeHtml(`— ${n} —`)}</span></div>`).join('');
  return pageHtml('页码', body, { all: PAGE_NUMBER_CHARACTERS, bold: '' }, css, engine.fonts);
}
