import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv } from '../../services/ledger/csv.ts';

/** GBK bytes of 张三,邻里 as Excel on Chinese Windows saves them. */
const GBK_ZHANG_SAN = [0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0xc1, 0xda, 0xc0, 0xef];

describe('csv reader', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks (RFC 4180)', () => {
    const text = '序号,简要情况,结果\r\n1,"双方因""漏水""争执，\r\n多次协商未果","调解成功"\r\n2,"甲,乙",\r\n';
    expect(parseCsv(text)).toEqual([
      ['序号', '简要情况', '结果'],
      ['1', '双方因"漏水"争执，\r\n多次协商未果', '调解成功'],
      ['2', '甲,乙', ''],
    ]);
  });

  it('accepts LF and CR line ends and a last line without one', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a,b\rc,d\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps empty lines as empty rows and reads tab-separated files', () => {
    expect(parseCsv('a\tb\n\nc\td\n')).toEqual([['a', 'b'], [''], ['c', 'd']]);
  });

  it('decodes UTF-8 with and without a BOM', () => {
    const utf8 = new TextEncoder().encode('张三,邻里');
    expect(decodeText(utf8)).toEqual({ text: '张三,邻里', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: '张三,邻里', encoding: 'utf-8' });
  });

  it('falls back to GB18030 for GBK files, which are not valid UTF-8', () => {
    expect(decodeText(new Uint8Array(GBK_ZHANG_SAN))).toEqual({ text: '张三,邻里', encoding: 'gb18030' });
  });
});
