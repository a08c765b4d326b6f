// The Node PDF engine: the PC's own Chromium, Chrome or Edge driven by playwright-core (the CLI, the browser-mode host
// and the tests). The browser starts on the first PDF and stays for the next ones; each PDF gets a fresh page, opened
// while the previous one prints. The page is loaded from a temporary file and reads its fonts from the installed
// font files (fonts.ts 'files'), which the browser keeps between documents. playwright-core is loaded on first use:
// the desktop app prints with Electron's own Chromium and does not ship it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { AppError } from '../../shared/errors.ts';
import { log } from '../logger.ts';
import type { PdfEngine } from './pdfEngine.ts';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The page (a temporary file) reads its fonts from the installed font files.
  '--allow-file-access-from-files',
];

const NO_BROWSER =
  '生成 PDF 需要本机安装 Chromium、Chrome 或 Edge 浏览器，或设置环境变量 FENGQIAO_CHROMIUM 指向浏览器程序；Word（DOCX）文书仍可照常生成。';

type Env = Record<string, string | undefined>;

/** Where browsers install themselves, in the order we prefer them. */
function candidates(env: Env): string[] {
  const win = path.win32;
  const programFiles = [env['ProgramFiles'] ?? env['PROGRAMFILES'] ?? 'C:\\Program Files'];
  programFiles.push(env['ProgramFiles(x86)'] ?? env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)');
  const localAppData = env['LOCALAPPDATA'] ?? env['LocalAppData'];
  const windowsRoots = [...programFiles, ...(localAppData ? [localAppData] : [])];
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    ...windowsRoots.map((root) => win.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
    ...windowsRoots.map((root) => win.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')),
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
}

/**
 * The browser to print with: FENGQIAO_CHROMIUM when it names an existing file, else the first installed Chromium,
 * Chrome or Edge (Linux, Windows, macOS places), else null. E.g. findChromium() → '/usr/bin/chromium'.
 */
export function findChromium(env: Env = process.env, exists: (file: string) => boolean = fs.existsSync): string | null {
  const wanted = env['FENGQIAO_CHROMIUM']?.trim();
  if (wanted) {
    if (exists(wanted)) return wanted;
    log.warn('FENGQIAO_CHROMIUM names no file; looking for an installed browser', { path: wanted });
  }
  return candidates(env).find((file) => exists(file)) ?? null;
}

/** A PdfEngine on Chromium: `executablePath` or findChromium(); pdf() rejects with UNAVAILABLE when there is none. */
export function chromiumEngine(options: { executablePath?: string } = {}): PdfEngine {
  let launching: Promise<Browser> | null = null;

  async function launch(): Promise<Browser> {
    const executablePath = options.executablePath ?? findChromium();
    if (!executablePath || !fs.existsSync(executablePath)) {
      log.warn('no browser to print PDF with', { executablePath: executablePath ?? null });
      throw new AppError('UNAVAILABLE', NO_BROWSER);
    }
    const started = Date.now();
    try {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath, args: ARGS, headless: true });
      browser.on('disconnected', () => {
        log.info('PDF browser disconnected', { executablePath });
        launching = null;
      });
      log.info('PDF browser started', { executablePath, version: browser.version(), ms: Date.now() - started });
      return browser;
    } catch (error) {
      log.error('PDF browser failed to start', { executablePath, error: String(error) });
      throw new AppError('UNAVAILABLE', `无法启动浏览器生成 PDF（${executablePath}）。${NO_BROWSER}`);
    }
  }

  function browser(): Promise<Browser> {
    if (!launching) {
      const attempt = launch();
      launching = attempt;
      // A failed start is not kept: the next call tries again (e.g. after the clerk installs a browser).
      attempt.catch(() => {
        if (launching === attempt) launching = null;
      });
    }
    return launching;
  }

  let spare: Promise<Page> | null = null;
  let dir: string | null = null;
  let jobs = 0;

  /** A page for the next document: the one opened in advance, or a new one. */
  async function takePage(): Promise<Page> {
    const ready = spare;
    spare = null;
    const page = ready ? await ready.catch(() => null) : null;
    return page && !page.isClosed() ? page : (await browser()).newPage();
  }

  return {
    fonts: 'files',
    async pdf(html: string): Promise<Uint8Array> {
      const started = Date.now();
      const page = await takePage();
      dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-pdf-'));
      const file = path.join(dir, `document-${(jobs += 1)}.html`);
      fs.writeFileSync(file, html);
      try {
        if (!spare) {
          spare = browser().then((b) => b.newPage());
          spare.catch(() => undefined);
        }
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        // Fonts load when text first uses them; print only once every face is ready.
        await page.evaluate('document.fonts.ready.then(() => undefined)');
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        log.debug('PDF printed', { htmlChars: html.length, bytes: pdf.length, ms: Date.now() - started });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        fs.rmSync(file, { force: true });
        await page.close().catch((error: unknown) => log.warn('PDF page did not close', { error: String(error) }));
      }
    },

    async close(): Promise<void> {
      spare = null;
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
      dir = null;
      const current = launching;
      launching = null;
      if (!current) return;
      const open = await current.catch(() => null);
      await open?.close();
    },
  };
}
