// The whole report of one period and scope, in the order a director reads it: the headline figures, the targets,
// the charts, then the tables of the MoJ report.
import { Stack, Text } from '@mantine/core';
import type { StatisticsReport } from '../../shared/domain/statistics.ts';
import { formatInstant } from '../common/dates.ts';
import { CommitteeTable } from './CommitteeTable.tsx';
import { HeadlineCards } from './HeadlineCards.tsx';
import { OrganisationTables } from './OrganisationTables.tsx';
import { OutcomeTables } from './OutcomeTables.tsx';
import { SourceTable } from './SourceTable.tsx';
import { StatsCharts } from './StatsCharts.tsx';
import { TargetCards } from './TargetCards.tsx';
import { TypeTable } from './TypeTable.tsx';
import { WorkTables } from './WorkTables.tsx';

export function StatisticsReportView({ report }: { report: StatisticsReport }) {
  return (
    <Stack gap="md">
      <HeadlineCards report={report} />
      <TargetCards report={report} />
      <StatsCharts report={report} />
      <TypeTable report={report} />
      <SourceTable report={report} />
      <OutcomeTables report={report} />
      <WorkTables report={report} />
      <OrganisationTables report={report} />
      <CommitteeTable report={report} />
      <Text size="xs" c="dimmed">
        统计时间：{formatInstant(report.generatedAt)}。<span data-print="hide">点击蓝色的数字，可以查看是哪些案件。</span>
      </Text>
    </Stack>
  );
}
