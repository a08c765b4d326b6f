// The desktop app's document output: HTML printed to PDF with Electron's own Chromium (webContents.printToPDF),
// and printed on the office printer through the system print dialog. Each job gets a hidden, sandboxed window
// without a preload or scripts, loading the page from a temporary file (a page with its fonts is too large for
// a data: URL).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow as ElectronWindow, BrowserWindowConstructorOptions, WebContentsPrintOptions } from 'electron';
import type { PrintHtml } from '../services/documents/handlers.ts';
import type { PdfEngine } from '../services/documents/pdfEngine.ts';
import { log } from '../services/logger.ts';

type JobWindow = Pick<ElectronWindow, 'loadFile' | 'destroy' | 'isDestroyed'> & {
  webContents: Pick<ElectronWindow['webContents'], 'printToPDF' | 'print'>;
};
export type WindowFactory = new (options: BrowserWindowConstructorOptions) => JobWindow;

/** The hidden window of a print job: no Node, no preload, no scripts (the documents need none). */
export const JOB_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  width: 794,
  height: 1123,
  webPreferences: {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: false,
    webSecurity: true,
    spellcheck: false,
  },
};

/** printToPDF as the documents need it: A4 and margins from the page's own @page rule, backgrounds printed. */
export const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, pageSize: 'A4' } as const;

async function withJobWindow<T>(Window: WindowFactory, html: string, work: (w: JobWindow) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-doc-'));
  const file = path.join(dir, 'document.html');
  fs.writeFileSync(file, html);
  const w = new Window(JOB_WINDOW_OPTIONS);
  try {
    await w.loadFile(file);
    return await work(w);
  } finally {
    if (!w.isDestroyed()) w.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function electronPdfEngine(Window: WindowFactory): PdfEngine {
  return {
    fonts: 'inline',
    pdf: (html) => withJobWindow(Window, html, async (w) => new Uint8Array(await w.webContents.printToPDF(PDF_OPTIONS))),
    close: async () => undefined,
  };
}

/** The system print dialog for one document; true when the clerk sent it to a printer. */
export function electronPrint(Window: WindowFactory): PrintHtml {
  return (html, title) =>
    withJobWindow(
      Window,
      html,
      (w) =>
        new Promise<boolean>((resolve) => {
          const options: WebContentsPrintOptions = { silent: false, printBackground: true };
          w.webContents.print(options, (success, reason) => {
            if (!success && reason !== 'Print job canceled') log.warn('printing failed', { title, reason });
            resolve(success);
          });
        }),
    );
}
