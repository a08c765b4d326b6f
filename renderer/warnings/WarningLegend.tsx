// The area's own wording of the red and orange levels (设置 → 办案设置), shown above the board as its legend.
import { useId } from 'react';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { LifecycleConfig } from '../../shared/domain/config.ts';
import { RISK_LEVELS } from '../../shared/domain/reference.ts';

const SHOWN = ['red', 'orange'] as const;

export function WarningLegend({ config }: { config: LifecycleConfig }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} mb="xs">
        预警标准和处置要求
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {SHOWN.map((code) => {
          const level = config.warnings[code];
          const color = RISK_LEVELS.find((r) => r.code === code)?.color ?? 'gray';
          return (
            <Paper key={code} withBorder p="sm" style={{ borderLeft: `4px solid var(--mantine-color-${color}-6)` }}>
              <Stack gap={4}>
                <Text fw={700} c={`${color}.8`}>
                  {level.label}
                </Text>
                <Text size="sm">
                  <Text span c="dimmed" size="sm">
                    标准：
                  </Text>
                  {level.criteria}
                </Text>
                <Text size="sm">
                  <Text span c="dimmed" size="sm">
                    处置：
                  </Text>
                  {level.handling}
                </Text>
                {level.reviewDays > 0 && (
                  <Text size="sm" c="dimmed">
                    每 {level.reviewDays} 天复核一次风险
                  </Text>
                )}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </section>
  );
}
