// 统计 (`stats.report`): every indicator of a period (月、季、年 or any days) for all committees or one, against the
// four targets; every case figure lists its cases (`stats.cases`); the report exports as the MoJ tables
// (`stats.exportXlsx`) or prints.
import { useState } from 'react';
import { Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { todayInChina } from '../../shared/rules/dates.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { useMay } from '../auth/SessionContext.tsx';
import { CommitteeScopeSelect } from '../common/CommitteeScopeSelect.tsx';
import { LoadError } from '../common/LoadError.tsx';
import { PeriodPicker } from '../common/PeriodPicker.tsx';
import { periodText, presetPeriod, type Period } from '../common/period.ts';
import { ExportButton, PrintButton } from '../common/ReportButtons.tsx';
import { CaseDrillDrawer } from './CaseDrillDrawer.tsx';
import { DrillProvider } from './Figure.tsx';
import type { Drill } from './figures.ts';
import { StatisticsReportView } from './StatisticsReportView.tsx';

export function StatisticsPage() {
  const api = useApi();
  const may = useMay();
  const today = todayInChina();
  const [period, setPeriod] = useState<Period>(() => presetPeriod('this_month', today));
  const [committeeId, setCommitteeId] = useState<string | null>(null);
  const [drill, setDrill] = useState<Drill | null>(null);
  const query = { from: period.from, to: period.to, committeeId };
  const report = useApiQuery('stats.report', query);
  const data = report.data;

  return (
    <Stack gap="md" maw={1400} data-print-page="landscape">
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={2}>统计</Title>
          {report.loading && <Loader size="sm" aria-label="正在统计" />}
        </Group>
        <Group gap="sm" data-print="hide">
          {may('stats.exportXlsx') && <ExportButton load={() => api.call('stats.exportXlsx', query)} />}
          <PrintButton disabled={!data} />
        </Group>
      </Group>
      <Paper withBorder p="md" data-print="hide">
        <Group align="flex-start" gap="xl">
          <PeriodPicker value={period} onChange={setPeriod} today={today} />
          <CommitteeScopeSelect value={committeeId} onChange={setCommitteeId} />
        </Group>
      </Paper>
      {data && <Text fw={500}>{`统计期间：${periodText(data)}；范围：${data.scope}`}</Text>}
      <LoadError title="统计数据没有读出来" query={report} />
      {!data && report.loading && (
        <Center py="xl">
          <Text c="dimmed">正在统计…</Text>
        </Center>
      )}
      {data && (
        <DrillProvider open={setDrill}>
          <StatisticsReportView report={data} />
        </DrillProvider>
      )}
      <CaseDrillDrawer
        drill={drill}
        query={data ? { from: data.from, to: data.to, committeeId: data.committeeId } : query}
        scope={data?.scope ?? ''}
        onClose={() => setDrill(null)}
      />
    </Stack>
  );
}
