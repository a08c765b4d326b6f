// The four figures a director reads first: 受理, 调解成功, 调解成功率 (as the register computes it for its
// target) and 协议涉及金额.
import type { ReactNode } from 'react';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { StatisticsReport } from '../../shared/domain/statistics.ts';
import { Figure } from './Figure.tsx';
import { measureLabel, percent } from './figures.ts';

function Card({ label, value, note }: { label: string; value: ReactNode; note?: ReactNode }) {
  return (
    <Paper withBorder p="md" data-print="keep">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.3}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Paper>
  );
}

export function HeadlineCards({ report }: { report: StatisticsReport }) {
  const { total } = report;
  const rate = report.targets.find((t) => t.code === 'success_rate');
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" role="group" aria-label="主要指标">
      <Card label="受理（件）" value={<Figure measure="accepted" value={total.accepted} title={measureLabel('accepted')} />} />
      <Card label="调解成功（件）" value={<Figure measure="succeeded" value={total.succeeded} title={measureLabel('succeeded')} />} />
      <Card
        label="调解成功率"
        value={percent(rate?.value ?? null)}
        note={
          rate && rate.value !== null
            ? `${measureLabel(rate.measure)} ${rate.numerator} 件，共 ${rate.denominator} 件`
            : '本期没有可计算的案件'
        }
      />
      <Card label="协议涉及金额（元）" value={<Figure measure="amount" value={total.amount} title={measureLabel('amount')} />} />
    </SimpleGrid>
  );
}
