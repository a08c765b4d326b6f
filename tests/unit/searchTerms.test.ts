import { describe, expect, it } from 'vitest';
import { indexTerms, matchExpression } from '../../shared/rules/searchTerms.ts';
import { caseSearchDocument, namePinyinTerms } from '../../services/search.ts';

describe('search terms', () => {
  it('cuts Han text into bigrams plus the last character', () => {
    expect(indexTerms('邻居漏水')).toEqual(['邻居', '居漏', '漏水', '水']);
    expect(indexTerms('张')).toEqual(['张']);
  });
  it('keeps Latin words and digits whole and lower-cased, and splits at punctuation', () => {
    expect(indexTerms('〔2026〕梅园调字第3号')).toEqual(['2026', '梅园', '园调', '调字', '字第', '第', '3', '号']);
    expect(indexTerms('ABC公司')).toEqual(['abc', '公司', '司']);
  });
  it('treats an extension-B character as one character', () => {
    expect(indexTerms('𠮷祥')).toEqual(['𠮷祥', '祥']);
  });
  it('builds a phrase for Han words and prefixes for single characters and Latin', () => {
    expect(matchExpression('张三')).toBe('"张三"');
    expect(matchExpression('邻居漏水')).toBe('"邻居 居漏 漏水"');
    expect(matchExpression('张')).toBe('"张"*');
    expect(matchExpression('zs 漏水')).toBe('"zs"* AND "漏水"');
    expect(matchExpression('  ，。 ')).toBeNull();
    expect(matchExpression('"或者 OR NEAR(')).toBe('"或者" AND "or"* AND "near"*');
  });
});

describe('pinyin of names', () => {
  it('gives initials and full pinyin, surnames read as surnames', () => {
    expect(namePinyinTerms('张三')).toEqual(['zs', 'zhangsan']);
    expect(namePinyinTerms('单田芳')).toEqual(['stf', 'shantianfang']);
    expect(namePinyinTerms('曾小贤')).toEqual(['zxx', 'zengxiaoxian']);
  });
  it('knows the rare 𠮷 (jí)', () => {
    expect(namePinyinTerms('𠮷祥')).toEqual(['jx', 'jixiang']);
  });
  it('puts names, pinyin, ID number and facts into the document', () => {
    const doc = caseSearchDocument({
      number: '〔2026〕梅园调字第1号',
      place: null,
      facts: '漏水',
      requests: null,
      parties: [{ name: '张三', idNumber: '11010519491231002X', phone: '138 1234 5678' }],
    }).split(' ');
    expect(doc).toEqual(expect.arrayContaining(['张三', 'zs', 'zhangsan', '11010519491231002x', '13812345678', '漏水']));
  });
});
