// The statistics report as a workbook in the layout of the MoJ tables (人民调解案件情况统计表 and its companions):
// the same StatisticsReport the page shows, so the file and the screen agree figure by figure.
import type ExcelJS from 'exceljs';
import type { CaseFigures, StatisticsReport } from '../../shared/domain/statistics.ts';
import { COMMITTEE_KINDS, labelOf } from '../../shared/domain/reference.ts';
import { PERCENT_FORMAT, YUAN_FORMAT, addReportSheet, newWorkbook, workbookBase64 } from '../export/reportXlsx.ts';

const n = (header: string, width = 8) => ({ header, width });
const yuan = (fen: number) => Math.round(fen) / 100;
const rate = (num: number, den: number) => (den === 0 ? null : num / den);

const TYPE_GROUPS = [
  { title: null, columns: [n('纠纷类型', 14)] },
  { title: null, columns: [n('受理')] },
  { title: '调结', columns: [n('合计'), n('成功'), n('书面协议'), n('口头协议'), n('调解不成'), n('其中导入法治轨道', 10), n('终止')] },
  { title: null, columns: [{ header: '调解成功率', width: 10, numFmt: PERCENT_FORMAT }] },
  { title: null, columns: [{ header: '协议涉及金额（元）', width: 16, numFmt: YUAN_FORMAT }] },
  { title: '案件来源', columns: [n('当事人申请', 10), n('主动调解'), n('移送委托')] },
  { title: '司法确认', columns: [n('申请'), n('确认有效')] },
  { title: '协议履行', columns: [n('已履行'), n('部分履行')] },
  { title: null, columns: [n('不予受理')] },
];

function figureRow(label: string, f: CaseFigures): (string | number | null)[] {
  return [
    label,
    f.accepted,
    f.concluded,
    f.succeeded,
    f.written,
    f.oral,
    f.failed,
    f.diverted,
    f.terminated,
    rate(f.succeeded, f.concluded),
    yuan(f.amount),
    f.source_applied,
    f.source_own_initiative,
    f.source_handover,
    f.confirmation_applied,
    f.confirmed,
    f.fulfilled,
    f.partly_fulfilled,
    f.refused,
  ];
}

export function statisticsWorkbook(report: StatisticsReport): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const subtitle = `填报单位：${report.scope}        统计期间：${report.from} 至 ${report.to}`;

  addReportSheet(workbook, {
    name: '案件情况',
    title: '人民调解案件情况统计表',
    subtitle,
    groups: TYPE_GROUPS,
    rows: [...report.byType.map((t) => figureRow(t.label, t.figures)), figureRow('合计', report.total)],
    boldRows: [report.byType.length],
  });

  addReportSheet(workbook, {
    name: '预防激化与排查',
    title: '预防纠纷激化及矛盾纠纷排查情况统计表',
    subtitle,
    groups: [{ title: null, columns: [n('项目', 24), n('件数', 10), n('涉及人数', 10)] }],
    rows: [
      ...report.prevention.map((p) => [p.label, p.cases, p.people]),
      ['因调解不当引发信访', report.improperPetitions, null],
      ['排查次数（含零报告）', report.screening.reports, null],
      ['其中零报告', report.screening.zeroReports, null],
      ['排查发现纠纷', report.screening.findings, report.screening.people],
      ['其中当场化解', report.screening.resolvedOnSpot, null],
      ['其中登记调解', report.screening.registered, null],
      ['其中分流移交', report.screening.diverted, null],
      ['其中持续关注', report.screening.monitoring, null],
    ],
  });

  addReportSheet(workbook, {
    name: '组织队伍',
    title: '人民调解组织和队伍情况统计表',
    subtitle: `${subtitle}（人数为期末在册）`,
    groups: [{ title: null, columns: [n('项目', 30), n('数量', 10)] }],
    rows: [
      ...report.committees.map((c) => [labelOf(COMMITTEE_KINDS, c.kind), c.count]),
      ['调委会合计', report.committees.reduce((s, c) => s + c.count, 0)],
      ['人民调解员', report.mediators.total],
      ['其中专职人民调解员', report.mediators.fullTime],
    ],
  });

  addReportSheet(workbook, {
    name: '工作目标',
    title: '人民调解工作目标完成情况',
    subtitle,
    groups: [
      {
        title: null,
        columns: [n('目标', 28), n('要求', 12), { header: '完成', width: 10, numFmt: PERCENT_FORMAT }, n('是否达标', 10), n('说明', 60)],
      },
    ],
    rows: report.targets.map((t) => [
      t.label,
      t.rule,
      t.code === 'improper_petition' ? `${t.value ?? 0}件` : t.value,
      t.value === null ? '无数据' : t.met ? '达标' : '未达标',
      t.explanation,
    ]),
  });

  addReportSheet(workbook, {
    name: '分调委会',
    title: '各调委会人民调解案件情况',
    subtitle,
    groups: [{ title: null, columns: [n('调委会', 30), n('类型', 16)] }, ...TYPE_GROUPS.slice(1)],
    rows: report.byCommittee.map((c) => {
      const [, ...rest] = figureRow(c.name, c.figures);
      return [c.name, labelOf(COMMITTEE_KINDS, c.kind), ...rest];
    }),
  });

  addReportSheet(workbook, {
    name: '月度趋势',
    title: '人民调解案件月度情况',
    subtitle,
    groups: [{ title: null, columns: [n('月份', 10), n('受理', 10), n('调结', 10), n('调解成功', 10)] }],
    rows: report.months.map((m) => [m.month, m.accepted, m.concluded, m.succeeded]),
    footer: null,
  });
  return workbook;
}

export async function statisticsXlsx(report: StatisticsReport): Promise<{ fileName: string; content: string }> {
  const fileName = `人民调解统计_${report.scope}_${report.from}至${report.to}.xlsx`;
  return { fileName, content: await workbookBase64(statisticsWorkbook(report)) };
}
