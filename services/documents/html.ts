// A document model as a self-contained HTML page in the GB/T 9704 layout, for Chromium (or Electron) to print to PDF.
// Everything is inline (CSS, fonts as data: URLs) so the page needs no file or network; every text is escaped.
import type { Block, Cell, DocumentModel, Run } from '../../shared/documents/model.ts';
import { listMarker } from '../../shared/documents/format.ts';
import { FONT_STACK, fontFaceCss, type FontSource } from './fonts.ts';

/**
 * The line pitch: the type area is 225 mm tall (297 − 37 − 35) and holds 22 lines, 637.8 pt / 22 ≈ 28.99 pt; a hair
 * less so that rounding never pushes the 22nd line onto the next page.
 */
const PITCH = 28.9;
/**
 * The type area is 156 mm (442.2 pt) wide, but 28 characters of 16 pt are 448 pt (158 mm): each character gives up
 * 0.25 pt so that 28 of them (441 pt) fit on a line, as GB/T 9704 asks.
 */
const LETTER_SPACING = -0.25;

const CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${FONT_STACK}; font-size: 16pt; line-height: ${PITCH}pt; letter-spacing: ${LETTER_SPACING}pt;
  color: #000; background: #fff; text-align: justify; font-kerning: none; -webkit-print-color-adjust: exact; }
.document + .document { break-before: page; }
p { margin: 0; orphans: 1; widows: 1; }
.title { font-size: 22pt; font-weight: 700; text-align: center; margin: 0 0 ${PITCH}pt; letter-spacing: 0; }
.title.cover { font-size: 26pt; line-height: ${2 * PITCH}pt; margin: 0; }
.heading { font-size: inherit; margin: 0; font-weight: 700; text-indent: 2em; break-after: avoid; }
.para { text-indent: 2em; }
.para.flush, .line { text-indent: 0; }
.left { text-align: left; } .center { text-align: center; } .right { text-align: right; }
.item { text-indent: 2em; }
.value.u { text-decoration: underline; text-underline-offset: 0.15em; }
.blank { display: inline-block; width: 1em; max-width: 100%; line-height: 1.15; border-bottom: 1px solid #000;
  text-indent: 0; vertical-align: baseline; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 ${PITCH / 2}pt; }
tr { break-inside: avoid; }
td, th { border: 1px solid #000; padding: 2pt 0.3em; line-height: ${PITCH * 0.85}pt; vertical-align: middle;
  text-align: left; font-weight: 400; overflow-wrap: anywhere; }
th { font-weight: 700; text-align: center; }
td.top { vertical-align: top; }
.signatures { break-inside: avoid; margin-top: ${PITCH}pt; }
.signatures p { margin-bottom: ${PITCH}pt; text-indent: 0; }
.seal { break-inside: avoid; display: flex; justify-content: flex-end; margin-top: ${PITCH}pt; padding-right: 2em; }
.seal-box { text-align: center; }
.page-break { break-after: page; height: 0; }
`;

/** `<`, `>`, `&`, `"` and `'` as entities: user text never becomes markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function runHtml(run: Run): string {
  if ('blank' in run) return `<span class="blank" style="width:${Math.max(1, run.blank)}em">&nbsp;</span>`;
  if ('value' in run) return `<span class="value${run.underline ? ' u' : ''}">${escapeHtml(run.value)}</span>`;
  return run.bold ? `<b>${escapeHtml(run.text)}</b>` : escapeHtml(run.text);
}

function runsHtml(runs: Run[]): string {
  return runs.map(runHtml).join('');
}

function cellHtml(cell: Cell): string {
  const tag = cell.header ? 'th' : 'td';
  const attrs: string[] = [];
  if (cell.colSpan && cell.colSpan > 1) attrs.push(`colspan="${cell.colSpan}"`);
  const classes = [cell.align ?? '', cell.minLines && !cell.header ? 'top' : ''].filter((c) => c !== '');
  if (classes.length > 0) attrs.push(`class="${classes.join(' ')}"`);
  // In a table cell, height acts as a minimum: the row grows with its text.
  if (cell.minLines) attrs.push(`style="height:${(cell.minLines * PITCH).toFixed(1)}pt"`);
  return `<${tag}${attrs.map((a) => ` ${a}`).join('')}>${runsHtml(cell.runs)}</${tag}>`;
}

function tableHtml(widths: number[], rows: Cell[][]): string {
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  const cols = widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(3)}%">`).join('');
  const body = rows.map((row) => `<tr>${row.map(cellHtml).join('')}</tr>`).join('\n');
  return `<table><colgroup>${cols}</colgroup><tbody>\n${body}\n</tbody></table>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `<h1 class="title${block.size === 'cover' ? ' cover' : ''}">${escapeHtml(block.text)}</h1>`;
    case 'line':
      return `<p class="line ${block.align}">${runsHtml(block.runs)}</p>`;
    case 'heading':
      return `<h2 class="heading">${escapeHtml(block.text)}</h2>`;
    case 'paragraph':
      return `<p class="para${block.indent === false ? ' flush' : ''}">${runsHtml(block.runs)}</p>`;
    case 'list':
      return block.items
        .map((runs, i) => {
          const number = listMarker(block.style, i + 1);
          return `<p class="item">${number}${runsHtml(runs)}</p>`;
        })
        .join('\n');
    case 'table':
      return tableHtml(block.widths, block.rows);
    case 'signatures':
      return `<div class="signatures">${block.lines.map((runs) => `<p>${runsHtml(runs)}</p>`).join('')}</div>`;
    case 'seal':
      return (
        `<div class="seal"><div class="seal-box"><p class="seal-mark">（印章）</p>` +
        `<p>${escapeHtml(block.committee)}</p><p>${runsHtml(block.date)}</p></div></div>`
      );
    case 'space':
      return `<div class="space" style="height:${(Math.max(0, block.lines) * PITCH).toFixed(1)}pt"></div>`;
    case 'pageBreak':
      return '<div class="page-break"></div>';
    default: {
      const never: never = block;
      throw new Error(`unknown block ${JSON.stringify(never)}`);
    }
  }
}

function runsText(runs: Run[], boldOnly = false): string {
  return runs.map((r) => ('text' in r ? (!boldOnly || r.bold ? r.text : '') : 'value' in r && !boldOnly ? r.value : '')).join('');
}

/** Every character a model prints (`all`), and those printed bold (`bold`), for choosing the font chunks to embed. */
export function modelText(model: DocumentModel): { all: string; bold: string } {
  // The characters the HTML adds itself: list numbers and the seal's place.
  const all: string[] = ['（印章）一二三四五六七八九十百零、.0123456789'];
  const bold: string[] = [];
  const add = (runs: Run[]) => {
    all.push(runsText(runs));
    bold.push(runsText(runs, true));
  };
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'title':
      case 'heading':
        all.push(block.text);
        bold.push(block.text);
        break;
      case 'line':
      case 'paragraph':
        add(block.runs);
        break;
      case 'list':
        block.items.forEach(add);
        break;
      case 'signatures':
        block.lines.forEach(add);
        break;
      case 'table':
        for (const cell of block.rows.flat()) {
          add(cell.runs);
          if (cell.header) bold.push(runsText(cell.runs));
        }
        break;
      case 'seal':
        all.push(block.committee);
        add(block.date);
        break;
      case 'space':
      case 'pageBreak':
        break;
    }
  }
  return { all: all.join(''), bold: bold.join('') };
}

/**
 * A complete HTML page with the given body and the fonts for `text`, in the documents' page layout; also used for
 * the notice and image pages of a case file.
 */
export function pageHtml(
  title: string,
  body: string,
  text: { all: string; bold: string },
  extraCss = '',
  fonts: FontSource = 'inline',
): string {
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${fontFaceCss(text.all, text.bold, fonts)}\n${CSS}${extraCss}</style>`,
    '</head>',
    `<body>\n${body}\n</body>`,
    '</html>',
  ].join('\n');
}

function sectionHtml(model: DocumentModel): string {
  return `<section class="document">\n${model.blocks.map(blockHtml).join('\n')}\n</section>`;
}

export interface HtmlOptions {
  /** How the fonts come into the page (default inline: a self-contained page). */
  fonts?: FontSource;
  /** Number the pages “— 1 —” in the bottom margin (GB/T 9704: odd pages right, even pages left). */
  pageNumbers?: boolean;
}

/** One document as a printable page, e.g. documentHtml(buildDocument('agreement', source), { pageNumbers: true }). */
export function documentHtml(model: DocumentModel, options: HtmlOptions = {}): string {
  return documentsHtml([model], options);
}

/** Several documents one after another, each starting on a new page (the documents of a case file). */
export function documentsHtml(models: DocumentModel[], options: HtmlOptions = {}): string {
  const title = models.length === 1 && models[0] ? `${models[0].title} ${models[0].caseNumber}` : '调解文书';
  const texts = models.map(modelText);
  const numbers = options.pageNumbers ? PAGE_NUMBER_CHARACTERS : '';
  const text = { all: texts.map((t) => t.all).join('') + numbers, bold: texts.map((t) => t.bold).join('') };
  return pageHtml(title, models.map(sectionHtml).join('\n'), text, options.pageNumbers ? PAGE_NUMBER_CSS : '', options.fonts);
}

/** What a page number is written with, so that the embedded fonts carry it. */
export const PAGE_NUMBER_CHARACTERS = '—0123456789 ';

/** Where a page number sits: 4 mm below the type area (whose bottom is 35 mm above the paper's), one character in. */
export const PAGE_NUMBER_STYLE = `font-family: ${FONT_STACK}; font-size: 14pt; line-height: 14pt; letter-spacing: 0;`;
export const PAGE_NUMBER_TOP_MM = 297 - 35 + 4;

/** GB/T 9704 page numbers in the page's margin boxes: “— 1 —”, odd pages at the right, even pages at the left. */
const PAGE_NUMBER_CSS = `
@page :right { @bottom-right { content: "— " counter(page) " —"; ${PAGE_NUMBER_STYLE} text-align: right; vertical-align: top; padding-top: 4mm; padding-right: 14pt; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; ${PAGE_NUMBER_STYLE} text-align: left; vertical-align: top; padding-top: 4mm; padding-left: 14pt; } }
`;
