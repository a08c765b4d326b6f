import { describe, expect, it } from 'vitest';
import { columnIndex, columnLetter, detectHeaderRow, headerLabels, suggestColumns } from '../../shared/rules/ledgerHeaders.ts';
import { parseAmountFen, parseDisputeType, parseLedgerDate, parseOutcome, parseSource } from '../../shared/rules/ledgerValues.ts';

describe('ledger headers', () => {
  it('maps the headers offices use to the ledger fields', () => {
    const headers = [
      '序号',
      '受理日期',
      '申请人姓名',
      '申请人身份证号码',
      '联系电话',
      '被申请人',
      '被申请人住址',
      '纠纷类别',
      '案件来源',
      '矛盾纠纷简要情况',
      '调处结果',
      '结案日期',
      '协议金额（元）',
      '承办人',
    ];
    expect(suggestColumns(headers)).toEqual({
      ledgerNumber: '序号',
      registeredOn: '受理日期',
      applicantName: '申请人姓名',
      applicantIdNumber: '申请人身份证号码',
      respondentName: '被申请人',
      respondentAddress: '被申请人住址',
      disputeType: '纠纷类别',
      source: '案件来源',
      facts: '矛盾纠纷简要情况',
      outcome: '调处结果',
      outcomeOn: '结案日期',
      amountYuan: '协议金额（元）',
      mediatorName: '承办人',
    });
  });

  it('prefers the more telling header when two could fit, and uses each column once', () => {
    expect(suggestColumns(['日期', '登记日期', '调解日期'])).toEqual({ registeredOn: '登记日期', outcomeOn: '调解日期' });
    expect(suggestColumns(['编号', '序号'])).toEqual({ ledgerNumber: '编号' });
  });

  it('names the columns of a two-row header after the party heading above them', () => {
    const rows = [
      ['序号', '申请人', '申请人', '被申请人', '被申请人'],
      ['序号', '姓名', '身份证号', '姓名', '身份证号'],
    ];
    expect(headerLabels(rows, 2)).toEqual(['序号', '申请人姓名', '申请人身份证号', '被申请人姓名', '被申请人身份证号']);
    expect(suggestColumns(headerLabels(rows, 2))).toMatchObject({ applicantName: '申请人姓名', respondentIdNumber: '被申请人身份证号' });
  });

  it('numbers headers that still repeat', () => {
    expect(headerLabels([['备注', '备注', '']], 1)).toEqual(['备注', '备注（2）', '']);
  });

  it('finds the header row under a title row', () => {
    const rows = [
      ['梅园新村街道矛盾纠纷排查调处台账'],
      ['填报单位：梅园新村街道人民调解委员会'],
      ['序号', '登记日期', '申请人', '被申请人', '纠纷类型', '简要情况'],
      ['1', '2026-03-02', '张三', '李四', '邻里', '漏水'],
    ];
    expect(detectHeaderRow(rows)).toBe(3);
  });

  it('converts column letters both ways', () => {
    expect([0, 25, 26, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ']);
    expect(columnIndex('AA')).toBe(26);
    expect(columnIndex('申请人')).toBeNull();
  });
});

describe('ledger values', () => {
  it('reads dates in the forms clerks write them', () => {
    for (const cell of [
      '2026-03-02',
      '2026/3/2',
      '2026.03.02',
      '2026年3月2日',
      '20260302',
      '2026-03-02 14:30',
      20260302,
      46083,
      new Date('2026-03-02T00:00:00Z'),
    ])
      expect(parseLedgerDate(cell, '登记日期')).toEqual({ value: '2026-03-02' });
    expect(parseLedgerDate('2026-02-30', '登记日期')).toEqual({ problem: '登记日期“2026-02-30”无法识别，请写成日期，如 2026-03-02' });
    expect(parseLedgerDate('', '登记日期')).toEqual({ value: null });
  });

  it('knows dispute types by their usual names and lists the types for an unknown one', () => {
    expect(parseDisputeType('劳资纠纷')).toEqual({ value: 'labour' });
    expect(parseDisputeType('邻里纠纷类')).toEqual({ value: 'neighbourhood' });
    expect(parseDisputeType('婚姻家庭（离婚）')).toEqual({ value: 'marriage_family' });
    expect(parseDisputeType('交通事故')).toEqual({ value: 'traffic_accident' });
    expect(parseDisputeType('traffic_accident')).toEqual({ value: 'traffic_accident' });
    const unknown = parseDisputeType('打架');
    expect(unknown).toEqual({ problem: expect.stringMatching(/^纠纷类型“打架”无法识别，应为：婚姻家庭、邻里、/) });
  });

  it('reads sources, outcomes and amounts', () => {
    expect(parseSource('派出所移送')).toEqual({ value: 'police' });
    expect(parseSource('法院委托（诉调对接）')).toEqual({ value: 'court' });
    expect(parseSource('')).toEqual({ value: null });
    expect(parseOutcome('达成协议')).toEqual({ value: 'success' });
    expect(parseOutcome('调解不成')).toEqual({ value: 'failure' });
    expect(parseOutcome('不予受理')).toEqual({ value: 'refused' });
    expect(parseOutcome('搁置')).toEqual({ problem: expect.stringContaining('调解结果“搁置”无法识别') });
    expect(parseAmountFen('3,000元')).toEqual({ value: 300000 });
    expect(parseAmountFen('¥1200.5')).toEqual({ value: 120050 });
    expect(parseAmountFen('2.5万')).toEqual({ value: 2500000 });
    expect(parseAmountFen(800)).toEqual({ value: 80000 });
    expect(parseAmountFen('无')).toEqual({ value: null });
    expect(parseAmountFen('三千')).toEqual({ problem: expect.stringContaining('协议金额“三千”无法识别') });
  });
});
