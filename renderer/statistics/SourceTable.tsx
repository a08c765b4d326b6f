// 案件来源: accepted cases by where they came from — applied by a party, taken up on the committee's own
// initiative, handed over (公安、法院、信访…) — with the hand-overs' bodies as 其中 lines; each line lists its cases.
import type { CaseFigure, StatisticsReport } from '../../shared/domain/statistics.ts';
import { Figure } from './Figure.tsx';
import { asCaseSource, measureLabel } from './figures.ts';
import { SectionTable, type SectionRow } from './SectionTable.tsx';

const GROUPS: { group: string; measure: CaseFigure }[] = [
  { group: 'applied', measure: 'source_applied' },
  { group: 'own_initiative', measure: 'source_own_initiative' },
  { group: 'handover', measure: 'source_handover' },
];

type Source = StatisticsReport['sources'][number];

/** A detailed source's count: the accepted cases of that source. */
function sourceFigure(s: Source) {
  const source = asCaseSource(s.source);
  if (!source) return s.count;
  return <Figure measure="accepted" value={s.count} title={`${s.label} · ${measureLabel('accepted')}`} source={source} />;
}

export function SourceTable({ report }: { report: StatisticsReport }) {
  const rows: SectionRow[] = [];
  for (const { group, measure } of GROUPS) {
    const label = measureLabel(measure);
    rows.push({ key: group, label, cells: [<Figure measure={measure} value={report.total[measure]} title={label} />] });
    const details = report.sources.filter((s) => s.group === group);
    // A group of one source (当事人申请, 主动调解) is its own detail.
    if (details.length > 1) {
      for (const s of details) rows.push({ key: s.source, label: `其中：${s.label}`, sub: true, cells: [sourceFigure(s)] });
    }
  }
  const known = new Set(GROUPS.map((g) => g.group));
  for (const s of report.sources.filter((s) => !known.has(s.group))) rows.push({ key: s.source, label: s.label, cells: [sourceFigure(s)] });
  return <SectionTable title="案件来源" head={['来源', '受理（件）']} rows={rows} />;
}
