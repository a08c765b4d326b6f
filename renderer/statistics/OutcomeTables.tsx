// What the successful mediations led to: written or oral agreements (and the amount they cover), judicial
// confirmation, and fulfilment.
import { SimpleGrid } from '@mantine/core';
import type { CaseFigure, StatisticsReport } from '../../shared/domain/statistics.ts';
import { Figure } from './Figure.tsx';
import { measureLabel } from './figures.ts';
import { SectionTable } from './SectionTable.tsx';

const TABLES: { title: string; figures: CaseFigure[] }[] = [
  { title: '协议形式', figures: ['written', 'oral', 'amount'] },
  { title: '司法确认', figures: ['confirmation_applied', 'confirmed'] },
  { title: '协议履行', figures: ['fulfilled', 'partly_fulfilled'] },
];

export function OutcomeTables({ report }: { report: StatisticsReport }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      {TABLES.map((t) => (
        <SectionTable
          key={t.title}
          title={t.title}
          head={['项目', '数量']}
          rows={t.figures.map((f) => ({
            key: f,
            label: f === 'amount' ? '协议涉及金额（元）' : `${measureLabel(f)}（件）`,
            cells: [<Figure measure={f} value={report.total[f]} title={measureLabel(f)} />],
          }))}
        />
      ))}
    </SimpleGrid>
  );
}
