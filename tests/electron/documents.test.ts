// The desktop app's PDF and print jobs with Electron stood in: a hidden sandboxed window without scripts loads
// the page from a temporary file, printToPDF gets the A4 options of the page's own @page rule, the system print
// dialog is asked for, and the window and the file are gone afterwards whatever happened.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { electronPdfEngine, electronPrint, JOB_WINDOW_OPTIONS, PDF_OPTIONS, type WindowFactory } from '../../electron/documents.ts';

interface Job {
  options: unknown;
  file: string | null;
  html: string | null;
  destroyed: boolean;
  pdfOptions: unknown;
  printOptions: unknown;
}

function fakeWindows(behaviour: { pdfFails?: boolean; printed?: boolean } = {}) {
  const jobs: Job[] = [];
  class FakeJobWindow {
    readonly job: Job;
    constructor(options: unknown) {
      this.job = { options, file: null, html: null, destroyed: false, pdfOptions: null, printOptions: null };
      jobs.push(this.job);
    }
    loadFile(file: string) {
      this.job.file = file;
      this.job.html = fs.readFileSync(file, 'utf8');
      return Promise.resolve();
    }
    destroy() {
      this.job.destroyed = true;
    }
    isDestroyed() {
      return this.job.destroyed;
    }
    webContents = {
      printToPDF: (options: unknown) => {
        this.job.pdfOptions = options;
        return behaviour.pdfFails ? Promise.reject(new Error('render process gone')) : Promise.resolve(Buffer.from('%PDF-1.7 fake'));
      },
      print: (options: unknown, callback: (success: boolean, reason: string) => void) => {
        this.job.printOptions = options;
        callback(behaviour.printed ?? true, behaviour.printed === false ? 'Print job canceled' : '');
      },
    };
  }
  return { Window: FakeJobWindow as unknown as WindowFactory, jobs };
}

describe('electronPdfEngine', () => {
  it('prints the page to PDF in a hidden window without scripts, then removes the window and the file', async () => {
    const { Window, jobs } = fakeWindows();
    const pdf = await electronPdfEngine(Window).pdf('<!doctype html><p>人民调解协议书 张𠮷</p>');
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    const [job] = jobs;
    expect(job?.options).toEqual(JOB_WINDOW_OPTIONS);
    expect(JOB_WINDOW_OPTIONS).toMatchObject({ show: false, webPreferences: { sandbox: true, javascript: false, nodeIntegration: false } });
    expect(job?.html).toContain('张𠮷');
    expect(job?.pdfOptions).toEqual(PDF_OPTIONS);
    expect(PDF_OPTIONS).toMatchObject({ preferCSSPageSize: true, printBackground: true });
    expect(job?.destroyed).toBe(true);
    expect(fs.existsSync(job?.file ?? '')).toBe(false);
  });

  it('cleans up when printing to PDF fails', async () => {
    const { Window, jobs } = fakeWindows({ pdfFails: true });
    await expect(electronPdfEngine(Window).pdf('<p>x</p>')).rejects.toThrow('render process gone');
    expect(jobs[0]?.destroyed).toBe(true);
    expect(fs.existsSync(jobs[0]?.file ?? '')).toBe(false);
  });
});

describe('electronPrint', () => {
  it('shows the system print dialog and says whether the document went to a printer', async () => {
    const sent = fakeWindows({ printed: true });
    expect(await electronPrint(sent.Window)('<p>协议书</p>', '〔2026〕梅园调字第7号 人民调解协议书')).toBe(true);
    expect(sent.jobs[0]?.printOptions).toEqual({ silent: false, printBackground: true });
    const cancelled = fakeWindows({ printed: false });
    expect(await electronPrint(cancelled.Window)('<p>协议书</p>', '协议书')).toBe(false);
    expect(cancelled.jobs[0]?.destroyed).toBe(true);
  });
});
