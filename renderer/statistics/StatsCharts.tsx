// Three pictures of the period: month by month (受理, 调结, 调解成功), the mix of dispute types among accepted
// cases, and the accepted cases by warning colour. The tables carry the same numbers (and list the cases), so the
// charts stay off paper.
import type { ReactNode } from 'react';
import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { BarChart, DonutChart, LineChart } from '@mantine/charts';
import { RISK_LEVELS } from '../../shared/domain/reference.ts';
import type { StatisticsReport } from '../../shared/domain/statistics.ts';

function ChartCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Empty({ text }: { text: string }) {
  return (
    <Text c="dimmed" size="sm" py="xl" ta="center">
      {text}
    </Text>
  );
}

/** '2026-07' → '7月', or '2025年12月' when the period spans years. */
function monthLabel(month: string, spansYears: boolean): string {
  const m = Number(month.slice(5, 7));
  return spansYears ? `${month.slice(0, 4)}年${m}月` : `${m}月`;
}

function TrendChart({ months }: { months: StatisticsReport['months'] }) {
  if (months.length === 0) return <Empty text="本期没有按月的数据" />;
  const spansYears = new Set(months.map((m) => m.month.slice(0, 4))).size > 1;
  const data = months.map((m) => ({ ...m, label: monthLabel(m.month, spansYears) }));
  return (
    <LineChart
      h={240}
      data={data}
      dataKey="label"
      withLegend
      curveType="linear"
      series={[
        { name: 'accepted', label: '受理', color: 'indigo.6' },
        { name: 'concluded', label: '调结', color: 'orange.6' },
        { name: 'succeeded', label: '调解成功', color: 'green.6' },
      ]}
    />
  );
}

function TypeMixChart({ byType }: { byType: StatisticsReport['byType'] }) {
  const data = byType.filter((t) => t.figures.accepted > 0).map((t) => ({ type: t.label, accepted: t.figures.accepted }));
  if (data.length === 0) return <Empty text="本期没有受理的案件" />;
  return (
    <BarChart
      h={Math.max(160, data.length * 28 + 40)}
      data={data}
      dataKey="type"
      orientation="vertical"
      yAxisProps={{ width: 90 }}
      series={[{ name: 'accepted', label: '受理', color: 'indigo.6' }]}
    />
  );
}

const RISK_SHADE: Record<string, string> = { red: 'red.7', orange: 'orange.6', yellow: 'yellow.5', blue: 'blue.6' };

function RiskChart({ risk }: { risk: StatisticsReport['risk'] }) {
  const total = risk.reduce((n, r) => n + r.count, 0);
  const colourOf = (level: string) => RISK_SHADE[level] ?? RISK_LEVELS.find((l) => l.code === level)?.color ?? 'gray.6';
  return (
    <Group align="center" gap="lg" wrap="nowrap">
      {total > 0 ? (
        <DonutChart
          size={150}
          thickness={26}
          chartLabel={`${total} 件`}
          data={risk.filter((r) => r.count > 0).map((r) => ({ name: r.label, value: r.count, color: colourOf(r.level) }))}
        />
      ) : (
        <Empty text="本期没有受理的案件" />
      )}
      <Stack gap={6}>
        {risk.map((r) => (
          <Group key={r.level} gap="xs" wrap="nowrap">
            <span
              aria-hidden
              style={{ width: 12, height: 12, borderRadius: 2, background: `var(--mantine-color-${colourOf(r.level).replace('.', '-')})` }}
            />
            <Text size="sm">
              {r.label} {r.count} 件
            </Text>
          </Group>
        ))}
      </Stack>
    </Group>
  );
}

export function StatsCharts({ report }: { report: StatisticsReport }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md" data-print="hide">
      <ChartCard title="逐月趋势">
        <TrendChart months={report.months} />
      </ChartCard>
      <ChartCard title="纠纷类型构成（受理）">
        <TypeMixChart byType={report.byType} />
      </ChartCard>
      <ChartCard title="风险等级（受理）">
        <RiskChart risk={report.risk} />
      </ChartCard>
    </SimpleGrid>
  );
}
