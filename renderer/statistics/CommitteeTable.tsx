// 各调委会情况: a row per committee in scope, with its main figures and petitions caused by improper mediation;
// a figure lists that committee's cases.
import { COMMITTEE_KINDS, labelOf } from '../../shared/domain/reference.ts';
import type { CaseFigure, StatisticsReport } from '../../shared/domain/statistics.ts';
import { Figure } from './Figure.tsx';
import { columnLabel, measureLabel } from './figures.ts';
import { SectionTable } from './SectionTable.tsx';

const COLUMNS: CaseFigure[] = ['accepted', 'concluded', 'succeeded', 'failed', 'diverted', 'terminated', 'amount'];

export function CommitteeTable({ report }: { report: StatisticsReport }) {
  if (report.byCommittee.length === 0) return null;
  return (
    <SectionTable
      title="各调委会情况"
      head={['调委会', '类型', ...COLUMNS.map(columnLabel), '因调解不当引发信访']}
      minWidth={1100}
      textCells={1}
      rows={report.byCommittee.map((c) => ({
        key: c.committeeId,
        label: c.name,
        cells: [
          labelOf(COMMITTEE_KINDS, c.kind),
          ...COLUMNS.map((f) => (
            <Figure measure={f} value={c.figures[f]} title={`${c.name} · ${measureLabel(f)}`} committeeId={c.committeeId} />
          )),
          <Figure
            measure="improper_petition"
            value={c.improperPetitions}
            title={`${c.name} · ${measureLabel('improper_petition')}`}
            committeeId={c.committeeId}
          />,
        ],
      }))}
    />
  );
}
