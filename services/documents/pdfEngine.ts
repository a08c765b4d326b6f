// What prints a document's HTML to PDF: Chromium through playwright-core in Node (chromium.ts), webContents.printToPDF
// in the desktop shell. The page layout comes from the HTML's own @page rule.

import type { FontSource } from './fonts.ts';

export interface PdfEngine {
  /** How the pages given to pdf() should carry their fonts (see fonts.ts). */
  readonly fonts: FontSource;
  /** The PDF of a complete HTML page (fonts embedded, no external resources), laid out by its @page rule. */
  pdf(html: string): Promise<Uint8Array>;
  /** Frees the engine's browser, if it started one; later pdf() calls may start it again. */
  close(): Promise<void>;
}
