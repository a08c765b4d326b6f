// The case file's sheets (cover, catalogue, back cover), the oral-agreement register and the follow-up record:
// the fields the MoJ formats require, the catalogue in MoJ order with page ranges, blanks before archiving.
import { describe, expect, it } from 'vitest';
import { buildBackCover, buildCatalogue, buildCover } from '../../shared/documents/archive.ts';
import { chineseDate } from '../../shared/documents/format.ts';
import { buildFollowUp } from '../../shared/documents/followUp.ts';
import type { Block, DocumentModel } from '../../shared/documents/model.ts';
import { buildOralAgreement } from '../../shared/documents/oralAgreement.ts';
import type { Step } from '../../shared/domain/lifecycle.ts';
import { AGREEMENT, COMMITTEE_PARTICULARS, FULL_HISTORY, ORAL_AGREEMENT, documentCase, documentSource } from '../helpers/documentSource.ts';
import { modelText, runText } from '../helpers/modelText.ts';
import { ARCHIVE, MEDIATING, day } from '../ui/caseFileFixtures.ts';

const NOT_ARCHIVED = FULL_HISTORY.filter((s) => s.kind !== 'archive');
const tables = (model: DocumentModel) => model.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
/** The text of each row of the model's tables, cells separated by a space. */
const rowTexts = (model: DocumentModel) =>
  tables(model).flatMap((t) => t.rows.map((row) => row.map((cell) => cell.runs.map(runText).join('')).join(' ')));

describe('buildCover', () => {
  it('names the committee, the file, its numbers, mediator, dates, compiler and retention', () => {
    const model = buildCover(documentSource());
    expect(model).toMatchObject({ type: 'cover', numbered: false, caseNumber: '〔2026〕梅园调字第7号' });
    const titles = model.blocks.filter((b) => b.kind === 'title');
    expect(titles).toEqual([
      { kind: 'title', text: COMMITTEE_PARTICULARS.name, size: 'cover' },
      { kind: 'title', text: '调解卷宗', size: 'cover' },
    ]);
    expect(rowTexts(model)).toEqual([
      '卷名 张𠮷与李四、南京梅园物业管理有限公司邻里纠纷',
      '卷号 2026-调-007',
      '案号 （2026）人调字第7号',
      '调解员 王建国',
      `起止日期 ${chineseDate(day(-30))} 至 ${chineseDate(day(-1))}`,
      '立卷人 刘文书',
      `立卷日期 ${chineseDate(day(-1))}`,
      '保管期限 长期',
      '备注 ',
    ]);
  });

  it('prints the archive remarks', () => {
    const steps = FULL_HISTORY.map((s) => (s === ARCHIVE ? { ...ARCHIVE, remarks: '当事人身份证明于归档前补交。' } : s));
    expect(rowTexts(buildCover(documentSource(documentCase({ steps }))))).toContain('备注 当事人身份证明于归档前补交。');
  });

  it('leaves blank lines where a case not yet archived has nothing to say', () => {
    const rows = rowTexts(buildCover(documentSource(documentCase({ steps: NOT_ARCHIVED }))));
    expect(rows[1]).toMatch(/^卷号 ＿+$/);
    expect(rows[4]).toBe(`起止日期 ${chineseDate(day(-30))} 至 ${chineseDate(AGREEMENT.on)}`);
    expect(rows[5]).toMatch(/^立卷人 ＿+$/);
    expect(rows[6]).toBe('立卷日期 ＿＿＿＿年＿＿月＿＿日');
    expect(rows[7]).toMatch(/^保管期限 ＿+$/);
    const early = rowTexts(buildCover(documentSource(documentCase({ steps: MEDIATING.slice(0, 1) }))));
    expect(early[3]).toMatch(/^调解员 ＿+$/);
    expect(early[4]).toMatch(/至 ＿＿＿＿年＿＿月＿＿日$/);
  });
});

describe('buildCatalogue', () => {
  const HEADER = '序号 文件名称 页号 备注';

  it('lists the present and required items in MoJ order, a missing required one marked 缺', () => {
    const model = buildCatalogue(documentSource());
    expect(model).toMatchObject({ type: 'catalogue', title: '卷内目录', numbered: false });
    expect(rowTexts(model)).toEqual([
      HEADER,
      '1 人民调解申请书  1份',
      '2 人民调解当事人权利义务告知书  1份',
      '3 当事人身份证明  缺',
      '4 人民调解调查记录  1份',
      '5 人民调解记录  1份',
      '6 人民调解协议书  1份',
      '7 履行凭证  1份',
      '8 人民调解回访记录  1份',
      '9 司法确认材料  1份',
      '10 封底  1份',
    ]);
  });

  it('gives the page range of each item when the pages are known', () => {
    const pages = [
      { no: 1, from: 1, to: 2 },
      { no: 2, from: 3, to: 3 },
      { no: 3, from: null, to: null },
      { no: 5, from: 4, to: 5 },
      { no: 7, from: 6, to: 7 },
      { no: 8, from: 8, to: 9 },
      { no: 9, from: 10, to: 10 },
      { no: 10, from: 11, to: 11 },
      { no: 11, from: 12, to: 13 },
      { no: 13, from: 14, to: 14 },
    ];
    const rows = rowTexts(buildCatalogue({ ...documentSource(), pages }));
    expect(rows.slice(1, 4)).toEqual(['1 人民调解申请书 1-2 1份', '2 人民调解当事人权利义务告知书 3 1份', '3 当事人身份证明  缺']);
    expect(rows.at(-1)).toBe('10 封底 14 1份');
  });

  it('lists the oral-agreement register in place of the agreement', () => {
    const oral: Step = {
      kind: 'agreement_oral',
      on: day(-10),
      content: '李四当场赔偿500元。',
      amountFen: 50_000,
      performanceDeadline: null,
      followUpDue: null,
    };
    const rows = rowTexts(buildCatalogue(documentSource(documentCase({ steps: [...MEDIATING, oral] }))));
    expect(rows).toContain('5 人民调解口头协议登记表  1份');
    expect(rows.join('\n')).not.toContain('人民调解协议书');
  });
});

describe('buildBackCover', () => {
  it('has the remarks, the compiler, a blank for the checker and the date', () => {
    const steps = FULL_HISTORY.map((s) => (s === ARCHIVE ? { ...ARCHIVE, remarks: '卷内材料齐全。' } : s));
    const model = buildBackCover(documentSource(documentCase({ steps })));
    expect(model).toMatchObject({ type: 'back-cover', numbered: false });
    expect(rowTexts(model)).toEqual([
      '本卷情况说明',
      '卷内材料齐全。',
      '立卷人 刘文书',
      '检查人 ＿＿＿＿＿＿＿＿',
      `立卷时间 ${chineseDate(day(-1))}`,
    ]);
  });

  it('leaves blank lines before the case is archived', () => {
    const rows = rowTexts(buildBackCover(documentSource(documentCase({ steps: NOT_ARCHIVED }))));
    expect(rows[1]).toMatch(/^＿+$/);
    expect(rows[2]).toMatch(/^立卷人 ＿+$/);
    expect(rows[4]).toBe('立卷时间 ＿＿＿＿年＿＿月＿＿日');
  });
});

describe('buildOralAgreement', () => {
  const ORAL = ORAL_AGREEMENT;
  const FULFILMENT: Step = { kind: 'fulfilment', on: day(-8), state: 'partly', note: null, attachmentIds: [] };

  it('registers the parties, facts, content, amount, deadline, status and mediator under the case number', () => {
    const model = buildOralAgreement(documentSource(documentCase({ steps: [...MEDIATING, ORAL, FULFILMENT] })));
    expect(model).toMatchObject({ type: 'oral-agreement', title: '人民调解口头协议登记表', numbered: true });
    const text = rowTexts(model).join('\n');
    for (const s of ['申请人 张𠮷，性别：女', '11010519491231002X', '被申请人二 南京梅园物业管理有限公司', '王五'])
      expect(text).toContain(s);
    expect(text).toContain(`纠纷类型 邻里 达成日期 ${chineseDate(day(-10))}`);
    expect(text).toContain('纠纷主要事实 楼上漏水，损坏楼下天花板。');
    expect(text).toContain('协议内容 李四当场向张𠮷支付维修费500元，双方不再追究。');
    expect(text).toContain(`涉及金额 人民币500.00元 履行期限 ${chineseDate(day(-9))}`);
    expect(text).toContain('履行情况 部分履行 人民调解员 王建国');
    const signed = modelText(model);
    expect(signed).toContain('〔2026〕梅园调字第7号');
    expect(signed).toMatch(/被申请人一（签名或按指印）：＿+/);
    expect(signed).toMatch(/人民调解员（签名）：王建国\u3000＿+\n登记人（签名）：＿+/);
    expect(model.blocks.at(-1)).toMatchObject({ kind: 'seal', committee: COMMITTEE_PARTICULARS.name });
  });

  it('leaves the amount, deadline and status blank when not recorded', () => {
    const bare = { ...ORAL, amountFen: null, performanceDeadline: null };
    const text = rowTexts(buildOralAgreement(documentSource(documentCase({ steps: [...MEDIATING, bare] })))).join('\n');
    expect(text).toMatch(/涉及金额 ＿+ 履行期限 ＿＿＿＿年＿＿月＿＿日/);
    expect(text).toMatch(/履行情况 ＿+ 人民调解员/);
  });

  it('refuses a case without an oral agreement', () => {
    expect(() => buildOralAgreement(documentSource())).toThrow('口头协议');
  });
});

describe('buildFollowUp', () => {
  it('records the visit: who, the agreement number, the matter, the findings and the visiting mediator', () => {
    const model = buildFollowUp(documentSource());
    expect(model).toMatchObject({ type: 'follow-up', title: '人民调解回访记录', numbered: true });
    expect(rowTexts(model)).toEqual([
      `回访对象 张𠮷 回访日期 ${chineseDate(day(-4))}`,
      '协议编号 〔2026〕梅园调字第7号 回访人 王建国',
      '纠纷事项 邻里纠纷：楼上漏水，损坏楼下天花板。',
      '协议履行情况 已履行',
      '当事人是否满意 是 是否已起诉 否',
      '遗留风险 无',
      '回访情况 赔偿款已到账，天花板已修复，双方关系缓和。',
      '采取的措施 无',
    ]);
    expect(modelText(model)).toMatch(/被回访人（签名或按指印）：＿+\n回访人（签名）：王建国\u3000＿+/);
  });

  it('prints one record per visit, each on its own page', () => {
    const second: Step = {
      kind: 'follow_up',
      on: day(-2),
      visited: '李四',
      performed: 'partly',
      satisfied: false,
      lawsuit: true,
      risk: '李四对物业公司仍有不满。',
      findings: '物业公司尚未修复排水管，李四已向法院起诉。',
      action: '督促物业公司限期修复。',
      mediator: '李秀英',
      nextDue: null,
    };
    const steps = [...FULL_HISTORY.filter((s) => s.kind !== 'archive'), second];
    const model = buildFollowUp(documentSource(documentCase({ steps })));
    expect(model.blocks.filter((b) => b.kind === 'pageBreak')).toHaveLength(1);
    expect(model.blocks.filter((b) => b.kind === 'title')).toHaveLength(2);
    const text = rowTexts(model).join('\n');
    for (const s of [
      '回访对象 李四',
      '协议履行情况 部分履行',
      '当事人是否满意 否 是否已起诉 是',
      '遗留风险 李四对物业公司仍有不满。',
      '督促物业公司限期修复。',
      '回访人 李秀英',
    ])
      expect(text).toContain(s);
  });

  it('is one blank form to fill in by hand when no visit is recorded', () => {
    const model = buildFollowUp(documentSource(documentCase({ steps: MEDIATING })));
    expect(model.blocks.filter((b) => b.kind === 'title')).toHaveLength(1);
    const rows = rowTexts(model);
    expect(rows[0]).toBe('回访对象 ＿＿＿＿＿＿＿＿ 回访日期 ＿＿＿＿年＿＿月＿＿日');
    expect(rows[1]).toBe('协议编号 〔2026〕梅园调字第7号 回访人 ＿＿＿＿＿＿＿＿');
    expect(rows[3]).toBe('协议履行情况 □已履行　□部分履行　□未履行');
    expect(rows[4]).toBe('当事人是否满意 □是　□否 是否已起诉 □是　□否');
    expect(modelText(model)).not.toMatch(/undefined|null|NaN/);
  });
});
