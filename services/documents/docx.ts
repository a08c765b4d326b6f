// A case's documents as DOCX for editing in WPS or Word: A4 in the GB/T 9704 layout, page numbers “— 1 —”
// on the outer side (odd pages right, even pages left), from the same DocumentModel the PDF is printed from.
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { DocumentModel } from '../../shared/documents/model.ts';
import { BODY, LINE, PAGE, SIZE, TYPE_WIDTH, blockChildren, fonts, xmlSafe } from './docxBlocks.ts';

const CREATOR = '枫桥人民调解工作台';

/** 28 characters a line: the grid's pitch, as 4096ths of a point added to the body size (Word's docGrid charSpace). */
const CHAR_SPACE = Math.floor((TYPE_WIDTH / 28 / 20 - SIZE.body / 2) * 4096);

/** The page number's line; its top sits 7 mm below the type area (GB/T 9704). */
const FOOTER_LINE = 400;
const FOOTER_DISTANCE = PAGE.bottom - Math.round((7 * 1440) / 25.4) - FOOTER_LINE;

export interface DocxOptions {
  /** The file's title (core properties); by default the documents' names and case numbers. */
  title?: string;
}

/** “— 1 —” in 4号 宋体, one character in from the outer edge. */
function pageNumberFooter(side: 'left' | 'right'): Footer {
  const em = SIZE.pageNumber * 10; // one character of 14 pt, in twips
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: em } : { left: em },
        spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fonts('宋体', '宋体'), size: SIZE.pageNumber })],
      }),
    ],
  });
}

/** An empty footer, so that an unnumbered document does not inherit the numbers of the one before it. */
const emptyFooter = () => new Footer({ children: [new Paragraph({})] });

function footers(model: DocumentModel, afterNumbered: boolean): ISectionOptions['footers'] {
  if (model.numbered) return { default: pageNumberFooter('right'), even: pageNumberFooter('left') };
  if (afterNumbered) return { default: emptyFooter(), even: emptyFooter() };
  return undefined;
}

/** One document as a section of its own: a new page, its page numbers from 1. */
function section(model: DocumentModel, index: number, afterNumbered: boolean): ISectionOptions {
  // A page break at the end would add an empty page: the next document starts on a new page anyway.
  const blocks = [...model.blocks];
  while (blocks.at(-1)?.kind === 'pageBreak') blocks.pop();
  const children = blocks.flatMap(blockChildren);
  return {
    properties: {
      type: index > 0 ? SectionType.NEXT_PAGE : undefined,
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
        margin: {
          top: PAGE.top,
          bottom: PAGE.bottom,
          left: PAGE.left,
          right: PAGE.right,
          header: Math.round((15 * 1440) / 25.4),
          footer: FOOTER_DISTANCE,
          gutter: 0,
        },
        pageNumbers: { start: 1 },
      },
      grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE, charSpace: CHAR_SPACE },
    },
    footers: footers(model, afterNumbered),
    children: children.length > 0 ? children : [new Paragraph({})],
  };
}

/** `人民调解协议书 〔2026〕梅园调字第7号`; several documents of one case share the number. */
function defaultTitle(models: readonly DocumentModel[]): string {
  const names = [...new Set(models.map((m) => m.title))].join('、');
  const numbers = [...new Set(models.map((m) => m.caseNumber).filter((n) => n !== ''))].join('、');
  return numbers ? `${names} ${numbers}` : names;
}

/** Several documents in one file, each in its own section starting on a new page. */
export async function documentsDocx(models: readonly DocumentModel[], options: DocxOptions = {}): Promise<Uint8Array> {
  if (models.length === 0) throw new Error('documentsDocx: no documents');
  const sections = models.map((model, i) =>
    section(
      model,
      i,
      models.slice(0, i).some((m) => m.numbered),
    ),
  );
  const doc = new Document({
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    title: xmlSafe(options.title ?? defaultTitle(models)),
    evenAndOddHeaderAndFooters: models.some((m) => m.numbered),
    styles: {
      default: {
        document: {
          run: { font: fonts(BODY.eastAsia), size: BODY.size, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        },
      },
    },
    sections,
  });
  return Packer.pack(doc, 'uint8array');
}

/** One document as DOCX. */
export async function documentDocx(model: DocumentModel): Promise<Uint8Array> {
  return documentsDocx([model]);
}
