// DOCX export of a document model: every block kind's text, the GB/T 9704 page, fonts, page-number footers, sections.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../shared/documents/model.ts';
import { documentDocx, documentsDocx } from '../../services/documents/docx.ts';

const CASE_NUMBER = '〔2026〕梅园调字第7号';

function sampleModel(overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    type: 'agreement',
    title: '人民调解协议书',
    caseNumber: CASE_NUMBER,
    numbered: true,
    blocks: [
      { kind: 'title', text: '人民调解协议书' },
      { kind: 'line', runs: [{ value: CASE_NUMBER }], align: 'right' },
      { kind: 'heading', text: '纠纷主要事实、争议事项' },
      {
        kind: 'paragraph',
        runs: [
          { text: '申请人：' },
          { value: '张𠮷', underline: true },
          { text: '，住所' },
          { blank: 6 },
          { text: '重要提示', bold: true },
        ],
      },
      { kind: 'paragraph', runs: [{ text: '不缩进的段落' }], indent: false },
      { kind: 'list', style: 'chinese', items: [[{ text: '被申请人赔偿' }, { value: '3000.00元' }], [{ text: '双方不再追究' }]] },
      { kind: 'list', style: 'arabic', items: [[{ text: '甲项' }], [{ text: '乙项' }]] },
      {
        kind: 'table',
        widths: [1, 3],
        rows: [
          [{ runs: [{ text: '姓名' }], header: true }, { runs: [{ value: '李四' }] }],
          [{ runs: [{ text: '调解经过' }], colSpan: 2, minLines: 3 }],
        ],
      },
      {
        kind: 'signatures',
        lines: [
          [{ text: '申请人（签名或按指印）：' }, { blank: 10 }],
          [{ text: '人民调解员（签名）：' }, { value: '王五' }],
        ],
      },
      { kind: 'seal', committee: '梅园街道人民调解委员会', date: [{ value: '2026年3月2日' }] },
      { kind: 'space', lines: 2 },
      { kind: 'pageBreak' },
      { kind: 'paragraph', runs: [{ text: '第二页的内容' }] },
    ],
    ...overrides,
  };
}

async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the DOCX`);
    return file.async('string');
  };
  return { zip, read, document: await read('word/document.xml') };
}

function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of the w:t elements, joined. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join('');
}

/** The runs (w:r) whose text is `text`. */
function runsWithText(xml: string, text: string): string[] {
  return [...xml.matchAll(/<w:r>.*?<\/w:r>/g)].map((m) => m[0]).filter((run) => textOf(run) === text);
}

const footerParts = (zip: JSZip) => Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));

describe('documentDocx', () => {
  it('writes a DOCX with the text of every block kind', async () => {
    const bytes = await documentDocx(sampleModel());
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
    const { document } = await unzip(bytes);
    const text = textOf(document);
    for (const part of [
      '人民调解协议书',
      CASE_NUMBER,
      '纠纷主要事实、争议事项',
      '申请人：张𠮷，住所',
      '重要提示',
      '不缩进的段落',
      '一、被申请人赔偿3000.00元',
      '二、双方不再追究',
      '1.甲项',
      '2.乙项',
      '姓名李四调解经过',
      '申请人（签名或按指印）：',
      '人民调解员（签名）：王五',
      '梅园街道人民调解委员会（印章）2026年3月2日',
      '第二页的内容',
    ])
      expect(text).toContain(part);
    expect(document).toContain('张𠮷'); // the surrogate pair as is, not a character reference or '?'
    expect(document).not.toMatch(/<w:numPr>/); // list numbers are text, not Word numbering
    expect(document).toContain('<w:br w:type="page"/>');
  });

  it('sets the fonts, sizes, underlines and indents', async () => {
    const { document } = await unzip(await documentDocx(sampleModel()));
    const runs = [...document.matchAll(/<w:r>.*?<\/w:r>/g)].map((m) => m[0]).filter((run) => textOf(run) !== '');
    for (const run of runs) expect(run).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*w:eastAsia="(仿宋|宋体|黑体)"/);
    expect(document).toContain('w:eastAsia="仿宋"');
    const [title] = runsWithText(document, '人民调解协议书');
    expect(title).toContain('w:eastAsia="宋体"');
    expect(title).toContain('<w:b/>');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(runsWithText(document, '纠纷主要事实、争议事项')[0]).toContain('w:eastAsia="黑体"');
    expect(runsWithText(document, '重要提示')[0]).toContain('<w:b/>');
    expect(runsWithText(document, '张𠮷')[0]).toContain('<w:u w:val="single"/>');
    expect(runsWithText(document, '　'.repeat(6))[0]).toContain('<w:u w:val="single"/>'); // the blank to write on
    expect(runsWithText(document, '　'.repeat(10))[0]).toContain('<w:u w:val="single"/>');
    expect(runsWithText(document, '申请人：')[0]).toContain('<w:sz w:val="32"/>');
    expect(document).toContain('w:line="579" w:lineRule="exact"');
    expect(document).toContain('w:firstLine="640"');
    const unindented = [...document.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) => m[0]).find((p) => textOf(p) === '不缩进的段落');
    expect(unindented).not.toContain('w:firstLine');
  });

  it('rules the table with proportional columns, a spanning cell and bold centred labels', async () => {
    const { document } = await unzip(await documentDocx(sampleModel()));
    const table = /<w:tbl>.*?<\/w:tbl>/.exec(document)?.[0] ?? '';
    const cols = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols).toHaveLength(2);
    expect(cols[0]! + cols[1]!).toBeGreaterThan(8800); // the 156 mm type area
    expect(cols[1]! / cols[0]!).toBeCloseTo(3, 1);
    expect(table).toMatch(/<w:insideH w:val="single" w:color="000000"/);
    expect(table).toContain('<w:gridSpan w:val="2"/>');
    expect(table).toContain('<w:trHeight w:val="1737" w:hRule="atLeast"/>'); // minLines 3 × 579
    const label = runsWithText(table, '姓名')[0];
    expect(label).toContain('<w:b/>');
    expect(/<w:p>(?:(?!<\/w:p>).)*姓名/.exec(table)?.[0]).toContain('<w:jc w:val="center"/>');
  });

  it('lays out A4 with the GB/T 9704 margins and grid', async () => {
    const { document } = await unzip(await documentDocx(sampleModel()));
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(document)?.[1] ?? '';
    const twips = (side: string) => Number(new RegExp(`w:${side}="(\\d+)"`).exec(margin)?.[1]);
    expect(twips('top')).toBeCloseTo(2098, -1); // 37 mm
    expect(twips('bottom')).toBeCloseTo(1984, -1); // 35 mm
    expect(twips('left')).toBeCloseTo(1587, -1); // 28 mm
    expect(twips('right')).toBeCloseTo(1474, -1); // 26 mm
    expect(document).toMatch(/<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-8\d\d"\/>/);
  });

  it('numbers the pages of a numbered document, odd right and even left', async () => {
    const { zip, read, document } = await unzip(await documentDocx(sampleModel()));
    const parts = footerParts(zip);
    expect(parts).toHaveLength(2);
    const footers = await Promise.all(parts.map(read));
    for (const footer of footers) {
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(textOf(footer)).toBe('—  —');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(footers.some((f) => f.includes('<w:jc w:val="right"/>'))).toBe(true);
    expect(footers.some((f) => f.includes('<w:jc w:val="left"/>'))).toBe(true);
    expect(document).toContain('<w:footerReference w:type="even"');
    expect(await read('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
  });

  it('writes no footer for an unnumbered document', async () => {
    const { zip, document } = await unzip(await documentDocx(sampleModel({ type: 'cover', title: '卷宗封面', numbered: false })));
    expect(footerParts(zip)).toEqual([]);
    expect(document).not.toContain('footerReference');
  });

  it('sets the title and the creator', async () => {
    const { read } = await unzip(await documentDocx(sampleModel()));
    const core = await read('docProps/core.xml');
    expect(core).toContain(`<dc:title>人民调解协议书 ${CASE_NUMBER}</dc:title>`);
    expect(core).toContain('<dc:creator>枫桥人民调解工作台</dc:creator>');
    expect(await read('word/styles.xml')).toContain('w:eastAsia="zh-CN"');
  });

  it('keeps XML special characters and drops characters XML cannot carry', async () => {
    const tricky = `A<B & "C" 'D' > E`;
    const model = sampleModel({
      title: `${tricky}书`,
      blocks: [{ kind: 'paragraph', runs: [{ text: tricky }, { value: 'x\u0001y\u0007' }] }],
    });
    const { document, read } = await unzip(await documentDocx(model));
    expect(textOf(document)).toBe(`${tricky}xy`);
    expect(document).toContain('A&lt;B &amp;');
    expect(decode(await read('docProps/core.xml'))).toContain(`${tricky}书`);
  });

  it('puts several documents in sections of their own', async () => {
    const cover = sampleModel({
      type: 'cover',
      title: '卷宗封面',
      numbered: false,
      blocks: [{ kind: 'title', text: '卷宗', size: 'cover' }],
    });
    const bytes = await documentsDocx([sampleModel(), cover]);
    const { zip, document } = await unzip(bytes);
    expect(document.match(/<w:sectPr>/g)).toHaveLength(2);
    expect(document.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(2);
    expect(document).toContain('<w:type w:val="nextPage"/>');
    expect(textOf(document)).toContain('第二页的内容');
    expect(textOf(document)).toContain('卷宗');
    // The cover after a numbered document gets empty footers rather than inheriting the page numbers.
    expect(footerParts(zip)).toHaveLength(4);
    expect(document.match(/<w:footerReference /g)).toHaveLength(4);
  });

  it('drops a trailing page break, which would leave an empty page', async () => {
    const model = sampleModel({ blocks: [{ kind: 'paragraph', runs: [{ text: '正文' }] }, { kind: 'pageBreak' }] });
    const { document } = await unzip(await documentDocx(model));
    expect(document).not.toContain('w:type="page"');
  });
});
