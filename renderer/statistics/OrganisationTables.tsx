// 组织和队伍: the committees in scope by kind, and the mediators on their rosters at the end of the period.
import { SimpleGrid } from '@mantine/core';
import type { StatisticsReport } from '../../shared/domain/statistics.ts';
import { SectionTable } from './SectionTable.tsx';

export function OrganisationTables({ report }: { report: StatisticsReport }) {
  const committees = report.committees.reduce((n, c) => n + c.count, 0);
  const { total, fullTime } = report.mediators;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <SectionTable
        title="调解组织"
        head={['类型', '个数']}
        rows={[
          ...report.committees.map((c) => ({ key: c.kind, label: c.label, cells: [c.count] })),
          { key: 'total', label: '合计', total: true, cells: [committees] },
        ]}
      />
      <SectionTable
        title="调解员队伍"
        head={['项目', '人数']}
        rows={[
          { key: 'total', label: '调解员', cells: [total] },
          { key: 'full', label: '其中：专职调解员', sub: true, cells: [fullTime] },
          { key: 'part', label: '其中：兼职调解员', sub: true, cells: [total - fullTime] },
        ]}
      />
    </SimpleGrid>
  );
}
