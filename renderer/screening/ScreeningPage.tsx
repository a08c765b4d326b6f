// 排查: which committee reported which screening period (a zero report is a report; a missing one is not),
// the form to report, and one committee's recent reports.
import { useState } from 'react';
import { Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useApiQuery } from '../api/useApiQuery.ts';
import { RecentReports } from './RecentReports.tsx';
import { ScreeningGrid } from './ScreeningGrid.tsx';
import { ScreeningReportForm } from './ScreeningReportForm.tsx';
import type { ReportTarget } from './reportDraft.ts';
import { LoadError } from '../common/LoadError.tsx';

const PERIOD_COUNTS = ['8', '13', '26'];

export function ScreeningPage() {
  const [periods, setPeriods] = useState(8);
  const [target, setTarget] = useState<ReportTarget | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const overview = useApiQuery('screening.overview', { periods });
  const rows = overview.data ?? [];
  const committeeId = chosen ?? rows[0]?.committeeId ?? null;
  const reports = useApiQuery('screening.list', committeeId ? { committeeId, limit: 20 } : null);

  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between">
        <Title order={2}>排查</Title>
        {overview.loading && <Loader size="sm" aria-label="正在读取" />}
      </Group>
      <Text size="sm" c="dimmed">
        各调委会按期报告矛盾纠纷排查情况；本期没有发现纠纷的，也要报告“零报告”。点击红色的“未报告”即可补报。
      </Text>
      <Select
        label="显示期数"
        data={PERIOD_COUNTS.map((n) => ({ value: n, label: `最近 ${n} 期` }))}
        value={String(periods)}
        onChange={(v) => v && setPeriods(Number(v))}
        allowDeselect={false}
        maw={200}
      />
      <LoadError title="排查情况没有读出来" query={overview} />
      {overview.data && <ScreeningGrid overview={overview.data} onReport={setTarget} />}

      <Title order={3} size="h4" mt="md">
        最近的排查报告
      </Title>
      <Select
        label="调委会"
        data={rows.map((r) => ({ value: r.committeeId, label: r.committeeName }))}
        value={committeeId}
        onChange={setChosen}
        allowDeselect={false}
        maw={420}
      />
      {reports.data && <RecentReports reports={reports.data} />}

      {target && (
        <ScreeningReportForm
          key={`${target.committeeId}|${target.periodStart}`}
          target={target}
          onClose={() => setTarget(null)}
          onReported={() => {
            setTarget(null);
            setChosen(target.committeeId);
            overview.reload();
            reports.reload();
          }}
        />
      )}
    </Stack>
  );
}
