// The four targets of the Nanjing plan (domain.md): 达标 in green, 未达标 in red, 无数据 in grey when there was
// nothing to measure; each says its rule, what it measures and the two counts behind the rate, each listing its cases.
import { useId } from 'react';
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { StatisticsReport } from '../../shared/domain/statistics.ts';
import { Figure } from './Figure.tsx';
import { measureLabel, percent } from './figures.ts';

type Target = StatisticsReport['targets'][number];

const STATES = {
  met: { label: '达标', color: 'green' },
  unmet: { label: '未达标', color: 'red' },
  none: { label: '无数据', color: 'gray' },
} as const;

/** The zero target counts cases; the others are rates. */
const isCount = (t: Target) => t.code === 'improper_petition';

function TargetCard({ target }: { target: Target }) {
  const state = STATES[target.value === null ? 'none' : target.met ? 'met' : 'unmet'];
  const counted = measureLabel(target.measure);
  const over = target.denominatorMeasure;
  const denominator = over ? <Figure measure={over} value={target.denominator} title={measureLabel(over)} /> : target.denominator;
  return (
    <Paper
      withBorder
      p="md"
      role="group"
      aria-label={target.label}
      data-print="keep"
      style={{ borderLeft: `4px solid var(--mantine-color-${state.color}-6)` }}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{target.label}</Text>
          <Badge color={state.color} variant="filled" miw="max-content">
            {state.label}
          </Badge>
        </Group>
        <Text fz={24} fw={700} c={`${state.color}.7`}>
          {target.value === null ? '—' : isCount(target) ? `${target.value} 件` : percent(target.value)}
        </Text>
        <Text size="sm">要求：{target.rule}</Text>
        <Text size="sm">
          {isCount(target) ? (
            <>
              {counted} <Figure measure={target.measure} value={target.numerator} title={counted} /> 件
            </>
          ) : (
            <>
              {counted} <Figure measure={target.measure} value={target.numerator} title={counted} /> 件，共 {denominator} 件
            </>
          )}
        </Text>
        <Text size="xs" c="dimmed">
          {target.explanation}
        </Text>
      </Stack>
    </Paper>
  );
}

export function TargetCards({ report }: { report: StatisticsReport }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h4" mb="sm" id={headingId}>
        工作目标
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        {report.targets.map((t) => (
          <TargetCard key={t.code} target={t} />
        ))}
      </SimpleGrid>
    </section>
  );
}
