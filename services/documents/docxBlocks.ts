// The blocks of a DocumentModel as DOCX paragraphs and tables in the GB/T 9704 layout, for services/documents/docx.ts.
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
} from 'docx';
import { listMarker } from '../../shared/documents/format.ts';
import type { Block, Cell, Run } from '../../shared/documents/model.ts';

const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/** A4 and the GB/T 9704 margins, in twips; left is the binding side. */
export const PAGE = { width: 11906, height: 16838, top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;
/** The type area's width (about 156 mm), which tables span. */
export const TYPE_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Exact line pitch: 28.95 pt, so 22 lines fill the 225 mm type area. */
export const LINE = 579;
/** Half-points: body 3号 16 pt, title 2号 22 pt, cover title 小初 36 pt, page numbers 4号 14 pt. */
export const SIZE = { body: 32, title: 44, cover: 72, pageNumber: 28 } as const;
/** Two characters of the body size: the first-line indent (twips, for readers that ignore `firstLineChars`). */
const INDENT = { firstLine: 640, firstLineChars: 200 } as const;

const LATIN = 'Times New Roman';
const FULL_WIDTH_SPACE = '\u3000';

/** How a run is set: its East Asian font, size, weight, and whether it keeps to the character grid. */
interface Face {
  eastAsia: string;
  size: number;
  bold?: boolean;
  /** False for type larger than the grid's pitch, which the grid would otherwise spread over two cells a character. */
  grid?: boolean;
}

export const BODY: Face = { eastAsia: '仿宋', size: SIZE.body };
const HEADING: Face = { eastAsia: '黑体', size: SIZE.body };

/** rFonts for a run; the eastAsia hint sets shared punctuation (“”、—、…) in the Chinese font, full width. */
export function fonts(eastAsia: string, latin = LATIN) {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' };
}

/**
 * Drops what XML 1.0 cannot carry (control characters, unpaired surrogates, U+FFFE/FFFF), which would make Word
 * refuse the file. Paired surrogates, such as 𠮷 (U+20BB7), are kept.
 */
export function xmlSafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    const lone = code >= 0xd800 && code <= 0xdfff;
    if (!control && !lone && code !== 0xfffe && code !== 0xffff) out += ch;
  }
  return out;
}

/** One text run per line of `text` (a line break before each line after the first). */
function textRuns(text: string, face: Face, underline = false): TextRun[] {
  return xmlSafe(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          font: fonts(face.eastAsia),
          size: face.size,
          bold: face.bold,
          underline: underline ? { type: UnderlineType.SINGLE } : undefined,
          snapToGrid: face.grid === false ? false : undefined,
        }),
    );
}

/** The model's runs: text as is, values underlined when asked, blanks as underlined full-width spaces to write on. */
export function runsOf(runs: readonly Run[], face: Face = BODY): TextRun[] {
  return runs.flatMap((run) => {
    if ('text' in run) return textRuns(run.text, { ...face, bold: face.bold || run.bold });
    if ('value' in run) return textRuns(run.value, face, run.underline === true);
    return textRuns(FULL_WIDTH_SPACE.repeat(Math.max(1, Math.round(run.blank))), face, true);
  });
}

type Align = 'left' | 'center' | 'right';
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** A paragraph on the body's exact line pitch, justified unless aligned otherwise. */
function paragraph(children: TextRun[], options: Omit<IParagraphOptions, 'children'> & { before?: number; line?: number } = {}) {
  const { before = 0, line = LINE, ...rest } = options;
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { line, lineRule: LineRuleType.EXACT, before, after: 0 },
    ...rest,
    children,
  });
}

const blankParagraph = () => paragraph([]);

/** The title: bold 宋体 (standing in for 小标宋), centred, on as many body lines as its size needs. */
function title(text: string, size: 'title' | 'cover'): Paragraph {
  const half = SIZE[size];
  const lines = Math.max(1, Math.ceil(((half / 2) * 1.2 * 20) / LINE));
  const face: Face = { eastAsia: '宋体', size: half, bold: true, grid: false };
  return paragraph(textRuns(text, face), { alignment: AlignmentType.CENTER, line: lines * LINE, keepNext: true });
}

/** Column widths in twips, proportional to `widths` across the type area (the last column takes the rounding). */
function columnWidths(widths: readonly number[]): number[] {
  const positive = widths.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const total = positive.reduce((a, b) => a + b, 0);
  const cols = positive.map((w) => (total > 0 ? Math.floor((w / total) * TYPE_WIDTH) : Math.floor(TYPE_WIDTH / widths.length)));
  const used = cols.slice(0, -1).reduce((a, b) => a + b, 0);
  if (cols.length > 0) cols[cols.length - 1] = TYPE_WIDTH - used;
  return cols;
}

const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function tableCell(cell: Cell, width: number): TableCell {
  const face: Face = cell.header ? { ...BODY, bold: true } : BODY;
  const align: Align = cell.header ? 'center' : (cell.align ?? 'left');
  const span = Math.max(1, cell.colSpan ?? 1);
  return new TableCell({
    children: [paragraph(runsOf(cell.runs, face), { alignment: ALIGN[align] })],
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    verticalAlign: cell.minLines && !cell.header ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
  });
}

/** A ruled table: single black lines, fixed proportional columns, rows at least `minLines` body lines tall. */
function table(widths: readonly number[], rows: readonly Cell[][]): Table {
  const cols = columnWidths(widths);
  return new Table({
    width: { size: TYPE_WIDTH, type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE },
    rows: rows.map((row) => {
      let col = 0;
      const cells = row.map((cell) => {
        const span = Math.max(1, cell.colSpan ?? 1);
        const width = cols.slice(col, col + span).reduce((a, b) => a + b, 0) || cols.at(-1) || TYPE_WIDTH;
        col += span;
        return tableCell(cell, width);
      });
      const minLines = Math.max(0, ...row.map((cell) => cell.minLines ?? 0));
      return new TableRow({
        children: cells,
        cantSplit: true,
        height: minLines > 0 ? { value: minLines * LINE, rule: HeightRule.ATLEAST } : undefined,
      });
    }),
  });
}

/** The paragraphs and tables of one block. */
export function blockChildren(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [title(block.text, block.size ?? 'title')];
    case 'line':
      return [paragraph(runsOf(block.runs), { alignment: ALIGN[block.align] })];
    case 'heading':
      return [paragraph(textRuns(block.text, HEADING), { indent: INDENT, keepNext: true })];
    case 'paragraph':
      return [paragraph(runsOf(block.runs), block.indent === false ? {} : { indent: INDENT })];
    case 'list':
      return block.items.map((item, i) =>
        paragraph([...textRuns(listMarker(block.style, i + 1), BODY), ...runsOf(item)], { indent: INDENT }),
      );
    case 'table':
      return [table(block.widths, block.rows)];
    case 'signatures':
      return block.lines.map((line) => paragraph(runsOf(line), { alignment: AlignmentType.LEFT, before: LINE / 2, keepNext: true }));
    case 'seal': {
      const right = { alignment: AlignmentType.RIGHT, indent: { right: INDENT.firstLine } } as const;
      return [
        paragraph(textRuns(block.committee, BODY), { ...right, before: LINE, keepNext: true }),
        paragraph(textRuns('（印章）', BODY), { ...right, keepNext: true }),
        paragraph(runsOf(block.date), right),
      ];
    }
    case 'space':
      return Array.from({ length: Math.max(0, Math.round(block.lines)) }, blankParagraph);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    default: {
      const never: never = block;
      return never;
    }
  }
}
