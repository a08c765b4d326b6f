// Documents printed to PDF by the real Chromium: every text (张𠮷 of extension B included) in the PDF with embedded
// fonts, GB/T 9704 page numbers, a case file merged from documents and attachments, and the browser search.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../shared/documents/model.ts';
import { isAppError } from '../../shared/errors.ts';
import { assembleCaseFile } from '../../services/documents/caseFile.ts';
import { chromiumEngine, findChromium } from '../../services/documents/chromium.ts';
import { documentHtml, documentsHtml } from '../../services/documents/html.ts';
import { countPages, numberPages } from '../../services/documents/pageNumbers.ts';
import { PNG } from '../helpers/png.ts';
import { tempDir } from '../helpers/tempDir.ts';

const run = promisify(execFile);
const engine = chromiumEngine({ executablePath: '/usr/bin/chromium' });
afterAll(() => engine.close());

const AGREEMENT: DocumentModel = {
  type: 'agreement',
  title: '人民调解协议书',
  caseNumber: '〔2026〕梅园调字第12号',
  numbered: true,
  blocks: [
    { kind: 'title', text: '人民调解协议书' },
    { kind: 'line', align: 'right', runs: [{ text: '〔2026〕梅园调字第12号' }] },
    { kind: 'heading', text: '当事人基本情况' },
    { kind: 'paragraph', runs: [{ text: '申请人：' }, { value: '张𠮷', underline: true }, { text: '，女，汉族。' }] },
    { kind: 'paragraph', runs: [{ text: '被申请人：' }, { value: '李四' }, { text: '，住所：' }, { blank: 12 }] },
    { kind: 'list', style: 'chinese', items: [[{ text: '李四于本协议签订之日起十日内修复漏水管道<b>' }], [{ text: '双方不再追究' }]] },
    {
      kind: 'table',
      widths: [1, 3],
      rows: [
        [{ runs: [{ text: '纠纷类型' }], header: true }, { runs: [{ value: '邻里纠纷' }] }],
        [{ runs: [{ text: '履行情况' }], colSpan: 2, minLines: 3 }],
      ],
    },
    {
      kind: 'signatures',
      lines: [
        [{ text: '申请人（签名或按指印）：' }, { blank: 10 }],
        [{ text: '调解员（签名）：' }, { value: '王五' }],
      ],
    },
    { kind: 'seal', committee: '梅园新村人民调解委员会', date: [{ value: '二〇二六年三月五日' }] },
  ],
};

async function pdfFile(bytes: Uint8Array): Promise<string> {
  const file = path.join(tempDir(), 'out.pdf');
  fs.writeFileSync(file, bytes);
  return file;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await run('pdftotext', ['-layout', await pdfFile(bytes), '-'])).stdout;
}

/** The rows of `pdffonts`: name, type, encoding, emb, sub, uni. */
async function pdfFonts(bytes: Uint8Array): Promise<{ name: string; emb: string }[]> {
  const { stdout } = await run('pdffonts', [await pdfFile(bytes)]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      return { name: cols[0] ?? '', emb: cols.at(-5) ?? '' };
    });
}

async function pdfOfPages(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < count; i++) doc.addPage([595.28, 841.89]);
  return doc.save();
}

describe('document HTML', () => {
  it('is one self-contained page that escapes the text', () => {
    const html = documentHtml(AGREEMENT);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).not.toMatch(/(src|href)="(?!data:)[a-z]+:/i);
    expect(html).not.toMatch(/url\((?!data:)/);
    expect(html).toContain('修复漏水管道&#60;b&#62;');
    expect(html).toContain('<span class="blank" style="width:12em">&nbsp;</span>');
    expect(html).toContain('一、李四');
    expect(html).toContain('colspan="2"');
    expect(html).toContain('font-family:"Fengqiao Serif ExtB"');
  });
});

describe('document PDF', () => {
  it('prints every text, 张𠮷 included, with embedded fonts', { timeout: 60_000 }, async () => {
    const pdf = await engine.pdf(documentHtml(AGREEMENT));
    const text = await pdfText(pdf);
    for (const expected of [
      '人民调解协议书',
      '〔2026〕梅园调字第12号',
      '当事人基本情况',
      '张𠮷',
      '李四',
      '一、李四于本协议签订之日起十日内修复漏水管道<b>',
      '二、双方不再追究',
      '纠纷类型',
      '邻里纠纷',
      '履行情况',
      '申请人（签名或按指印）：',
      '调解员（签名）：王五',
      '（印章）',
      '梅园新村人民调解委员会',
      '二〇二六年三月五日',
    ]) {
      expect(text).toContain(expected);
    }
    // Every character, bold ones included, is drawn with the embedded Noto Serif SC / JP, none with a system font.
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !/^[A-Z]{6}\+NotoSerif(SC|JP)/.test(f.name))).toEqual([]);
    expect(fonts.some((f) => /NotoSerifJP/.test(f.name))).toBe(true);
    expect(fonts.some((f) => /Bold/.test(f.name))).toBe(true);
    expect(fonts.every((f) => f.emb === 'yes')).toBe(true);
    expect(await countPages(pdf)).toBe(1);
    // The page numbers use the standard Times-Roman, which PDF readers must provide: the one font not embedded.
    const numbered = await pdfFonts((await numberPages(pdf)).pdf);
    expect(numbered.filter((f) => f.emb !== 'yes').map((f) => f.name)).toEqual(['Times-Roman']);
  });

  it('lays out 22 lines of 28 characters a page and numbers the pages — 1 —, — 2 —…', { timeout: 60_000 }, async () => {
    // 66 paragraphs of exactly one line each: three full pages.
    const long: DocumentModel = {
      ...AGREEMENT,
      blocks: Array.from({ length: 66 }, () => ({ kind: 'paragraph', indent: false, runs: [{ text: '调'.repeat(28) }] })),
    };
    const pdf = await engine.pdf(documentHtml(long));
    expect(await countPages(pdf)).toBe(3);
    const numbered = await numberPages(pdf);
    expect(numbered).toMatchObject({ pages: 3, numbered: 3 });
    const pages = (await pdfText(numbered.pdf)).split('\f');
    for (const [i, page] of pages.slice(0, 3).entries()) {
      const lines = page.split('\n').map((l) => l.trim());
      expect(lines.filter((l) => l === '调'.repeat(28))).toHaveLength(22);
      expect(page).toContain(`— ${i + 1} —`);
    }
    // Odd numbers at the right, even ones at the left.
    const numberLine = (page: string | undefined, n: number) => page?.split('\n').find((l) => l.includes(`— ${n} —`)) ?? '';
    expect(numberLine(pages[0], 1).indexOf('—')).toBeGreaterThan(numberLine(pages[1], 2).indexOf('—'));
  });

  it('prints several documents each from a new page', { timeout: 60_000 }, async () => {
    const pdf = await engine.pdf(documentsHtml([AGREEMENT, { ...AGREEMENT, title: '人民调解回访记录' }]));
    expect(await countPages(pdf)).toBe(2);
  });
});

describe('case file', () => {
  it('merges documents and a photo, numbering all but the unnumbered part', { timeout: 60_000 }, async () => {
    const file = await assembleCaseFile(
      [
        { kind: 'pdf', bytes: await pdfOfPages(2), numbered: true, label: '人民调解协议书' },
        { kind: 'image', bytes: PNG, mime: 'image/png', label: '身份证.png' },
        { kind: 'pdf', bytes: await pdfOfPages(1), numbered: false, label: '封底' },
      ],
      engine,
    );
    expect(file.pages).toBe(4);
    expect(file.ranges).toEqual([
      { label: '人民调解协议书', from: 1, to: 2 },
      { label: '身份证.png', from: 3, to: 3 },
      { label: '封底', from: null, to: null },
    ]);
    const pages = (await pdfText(file.pdf)).split('\f');
    expect(pages[2]).toMatch(/—\s*3\s*—/);
    expect(pages[3]).not.toContain('—');
  });

  it('puts a notice page in place of a PDF it cannot read', { timeout: 60_000 }, async () => {
    const corrupt = new TextEncoder().encode('%PDF-1.7\n这不是一个完整的文件');
    const file = await assembleCaseFile(
      [
        { kind: 'pdf', bytes: corrupt, numbered: true, label: '病历.pdf' },
        { kind: 'image', bytes: new Uint8Array([0x49, 0x49, 0x2a, 0, 1, 2]), mime: 'image/tiff', label: '扫描件.tif' },
      ],
      engine,
    );
    expect(file.pages).toBe(2);
    expect(file.ranges).toEqual([
      { label: '病历.pdf', from: 1, to: 1 },
      { label: '扫描件.tif', from: 2, to: 2 },
    ]);
    const text = await pdfText(file.pdf);
    expect(text).toContain('病历.pdf');
    expect(text).toContain('无法读取');
    expect(text).toContain('TIFF 扫描件');
  });
});

describe('finding the browser', () => {
  it('honours FENGQIAO_CHROMIUM, then the usual places, else null', () => {
    const only = (files: string[]) => (file: string) => files.includes(file);
    expect(findChromium({ FENGQIAO_CHROMIUM: '/opt/chrome/chrome' }, only(['/opt/chrome/chrome', '/usr/bin/chromium']))).toBe(
      '/opt/chrome/chrome',
    );
    expect(findChromium({}, only(['/usr/bin/google-chrome']))).toBe('/usr/bin/google-chrome');
    expect(
      findChromium(
        { LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local' },
        only(['C:\\Users\\li\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe']),
      ),
    ).toBe('C:\\Users\\li\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(findChromium({ FENGQIAO_CHROMIUM: '/nowhere' }, () => false)).toBeNull();
  });

  it('rejects with UNAVAILABLE when there is no browser', async () => {
    const none = chromiumEngine({ executablePath: '/nowhere/chrome' });
    const error: unknown = await none.pdf(documentHtml(AGREEMENT)).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('UNAVAILABLE');
    expect(String(error)).toContain('FENGQIAO_CHROMIUM');
    await none.close();
  });
});
