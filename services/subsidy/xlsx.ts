// The subsidy sheet as a workbook: 个案补贴核算表 (one line per mediator, with the signature line) and 案件明细
// (the cases behind each line).
import type { SubsidySheet } from '../../shared/domain/subsidy.ts';
import { DISPUTE_TYPES, labelOf } from '../../shared/domain/reference.ts';
import { SUBSIDY_OUTCOMES } from '../../shared/domain/subsidy.ts';
import { YUAN_FORMAT, addReportSheet, newWorkbook, workbookBase64 } from '../export/reportXlsx.ts';

const yuan = (fen: number) => fen / 100;

export async function subsidyXlsx(sheet: SubsidySheet): Promise<{ fileName: string; content: string }> {
  const workbook = newWorkbook();
  const subtitle = `单位：${sheet.scope}        期间：${sheet.from} 至 ${sheet.to}`;
  addReportSheet(workbook, {
    name: '个案补贴核算表',
    title: '人民调解个案补贴核算表',
    subtitle,
    groups: [
      {
        title: null,
        columns: [
          { header: '序号', width: 6 },
          { header: '调解员', width: 12 },
          { header: '所在调委会', width: 30 },
          { header: '专职/兼职', width: 10 },
          { header: '件数', width: 8 },
          { header: '补贴金额（元）', width: 16, numFmt: YUAN_FORMAT },
          { header: '领款人签字', width: 14 },
        ],
      },
    ],
    rows: [
      ...sheet.lines.map((l, i) => [i + 1, l.name, l.committeeName, l.fullTime ? '专职' : '兼职', l.cases, yuan(l.amountFen), null]),
      ['合计', null, null, null, sheet.cases, yuan(sheet.totalFen), null],
    ],
    boldRows: [sheet.lines.length],
    footer: '制表人：              审核人：              负责人：              日期：',
  });
  addReportSheet(workbook, {
    name: '案件明细',
    title: '个案补贴案件明细',
    subtitle,
    groups: [
      {
        title: null,
        columns: [
          { header: '调解员', width: 12 },
          { header: '案号', width: 30 },
          { header: '纠纷类型', width: 12 },
          { header: '调解结果', width: 10 },
          { header: '日期', width: 12 },
          { header: '补贴档次', width: 12 },
          { header: '每件标准（元）', width: 14, numFmt: YUAN_FORMAT },
          { header: '分配人数', width: 10 },
          { header: '本人金额（元）', width: 14, numFmt: YUAN_FORMAT },
        ],
      },
    ],
    rows: sheet.lines.flatMap((l) =>
      l.items.map((i) => [
        l.name,
        i.number,
        labelOf(DISPUTE_TYPES, i.disputeType),
        labelOf(SUBSIDY_OUTCOMES, i.outcome),
        i.on,
        i.tier,
        yuan(i.caseAmountFen),
        i.sharedWith,
        yuan(i.shareFen),
      ]),
    ),
    footer: null,
  });
  const fileName = `个案补贴_${sheet.scope}_${sheet.from}至${sheet.to}.xlsx`;
  return { fileName, content: await workbookBase64(workbook) };
}
