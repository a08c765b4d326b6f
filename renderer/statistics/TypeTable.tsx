// 按纠纷类型统计: a row per MoJ dispute type (all of them, also those without cases) and 合计, the main case
// figures as columns; each figure lists its cases of that type.
import type { CaseFigure } from '../../shared/domain/statistics.ts';
import type { StatisticsReport } from '../../shared/domain/statistics.ts';
import { Figure } from './Figure.tsx';
import { asDisputeType, columnLabel, measureLabel } from './figures.ts';
import { SectionTable, type SectionRow } from './SectionTable.tsx';

export const TYPE_COLUMNS: CaseFigure[] = [
  'registered',
  'accepted',
  'refused',
  'concluded',
  'succeeded',
  'written',
  'oral',
  'failed',
  'diverted',
  'terminated',
  'amount',
];

export function TypeTable({ report }: { report: StatisticsReport }) {
  const rows: SectionRow[] = report.byType.map((row) => {
    const disputeType = asDisputeType(row.disputeType);
    return {
      key: row.disputeType,
      label: row.label,
      cells: TYPE_COLUMNS.map((f) =>
        disputeType ? (
          <Figure measure={f} value={row.figures[f]} title={`${row.label} · ${measureLabel(f)}`} disputeType={disputeType} />
        ) : (
          row.figures[f]
        ),
      ),
    };
  });
  rows.push({
    key: 'total',
    label: '合计',
    total: true,
    cells: TYPE_COLUMNS.map((f) => <Figure measure={f} value={report.total[f]} title={measureLabel(f)} />),
  });
  return <SectionTable title="按纠纷类型统计" head={['纠纷类型', ...TYPE_COLUMNS.map(columnLabel)]} rows={rows} minWidth={1100} />;
}
