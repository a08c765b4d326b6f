// The documents: the agreement printed to PDF through the app's path (the dispatcher, the case read, the template,
// the HTML, the PDF engine, the audit entry) against the very same HTML printed by a bare Chromium `page.pdf`, in
// turns; the agreement as DOCX; and a 40-page case file. Runs inside `npm run bench`, or alone:
// `npx tsx bench/documents.ts [--runs N]`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildDocument } from '../shared/documents/build.ts';
import { findChromium } from '../services/documents/chromium.ts';
import { documentHtml } from '../services/documents/html.ts';
import { loadDocumentSource } from '../services/documents/source.ts';
import { openRegister, type Register } from '../services/register.ts';
import { seedRegister } from '../services/seed/seedRegister.ts';

export interface DocumentFigure {
  name: string;
  medianMs: number;
  baselineMs: number | null;
  ratio: number | null;
}

const operator = { via: 'cli', operator: 'bench' } as const;

async function call(register: Register, method: string, input: unknown): Promise<unknown> {
  const result = await register.dispatch(method, input, operator);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** A scanned bundle of `pages` A4 pages, as a PDF attachment of the case file. */
async function scannedPdf(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([595.28, 841.89]).drawText(`evidence page ${i}`, { x: 72, y: 760, size: 14, font });
  return Buffer.from(await doc.save());
}

export async function documentFigures(say: (line: string) => void, runs = 20): Promise<DocumentFigure[]> {
  const executablePath = findChromium();
  if (!executablePath) {
    say('documents: no Chromium on this machine, skipped');
    return [];
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-bench-docs-'));
  const register = await openRegister({ dataDir, mode: 'cli' });
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'] });
  try {
    await seedRegister(register.db, dataDir, { count: 300, seed: 'bench-documents', actor: 'bench', today: '2026-11-29' });
    // A seeded case not yet archived whose written agreement is complete (some seeded parties have no ID number).
    const cases = (await call(register, 'cases.list', { pageSize: 200 })) as { items: { id: string; status: string }[] };
    let caseId: string | null = null;
    for (const { id } of cases.items.filter((c) => c.status !== 'archived')) {
      const available = (await call(register, 'documents.available', { caseId: id })) as { type: string; problem: string | null }[];
      if (available.find((a) => a.type === 'agreement')?.problem === null) {
        caseId = id;
        break;
      }
    }
    if (!caseId) throw new Error('no seeded case with a complete written agreement');

    // The same HTML the app prints, through a bare page of the same browser.
    const source = await loadDocumentSource(register.db, caseId);
    const model = buildDocument('agreement', source);
    const html = documentHtml(model, { fonts: 'files', pageNumbers: model.numbered });
    const file = path.join(dataDir, 'agreement.html');
    fs.writeFileSync(file, html);
    const bare = async () => {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => undefined)');
      await page.pdf({ preferCSSPageSize: true, printBackground: true });
      await page.close();
    };
    const app = () => call(register, 'documents.render', { caseId, type: 'agreement', format: 'pdf' });
    for (let i = 0; i < 3; i++) {
      await app();
      await bare();
    }
    const appMs: number[] = [];
    const bareMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      await app();
      appMs.push(performance.now() - t);
      t = performance.now();
      await bare();
      bareMs.push(performance.now() - t);
    }
    const figures: DocumentFigure[] = [];
    const agreement = median(appMs);
    const baseline = median(bareMs);
    figures.push({
      name: 'agreement as PDF: the app path against the same HTML in a bare page.pdf',
      medianMs: agreement,
      baselineMs: baseline,
      ratio: agreement / baseline,
    });

    const docx: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await call(register, 'documents.render', { caseId, type: 'agreement', format: 'docx' });
      docx.push(performance.now() - t);
    }
    figures.push({ name: 'agreement as DOCX (through the dispatcher)', medianMs: median(docx), baselineMs: null, ratio: null });

    // A case file of about 40 pages: the case's own documents, a 24-page scanned bundle and ten photos.
    const bundle = await scannedPdf(24);
    await call(register, 'attachments.add', {
      caseId,
      name: '证据材料（扫描件）.pdf',
      category: 'evidence',
      contentBase64: bundle.toString('base64'),
    });
    const photo = await scannedPdf(1);
    for (let i = 1; i <= 4; i++)
      await call(register, 'attachments.add', {
        caseId,
        name: `履行凭证${i}.pdf`,
        category: 'fulfilment_proof',
        contentBase64: photo.toString('base64'),
      });
    const t = performance.now();
    const caseFile = (await call(register, 'documents.caseFile', { caseId })) as { pages: number };
    figures.push({
      name: `whole case file (${caseFile.pages} pages) as one PDF`,
      medianMs: performance.now() - t,
      baselineMs: null,
      ratio: null,
    });
    for (const f of figures)
      say(
        `${f.name}: ${f.medianMs.toFixed(0)} ms${f.ratio === null ? '' : ` (bare ${f.baselineMs?.toFixed(0)} ms, ratio ${f.ratio.toFixed(2)})`}`,
      );
    return figures;
  } finally {
    await browser.close();
    await register.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.env['FENGQIAO_LOG'] ??= 'error';
  const { values } = parseArgs({ options: { runs: { type: 'string' } } });
  await documentFigures((line) => process.stdout.write(`${line}\n`), Number(values.runs ?? 20));
}
