// 排查未报: each committee with the screening periods that ended without a report (not even a zero report).
import { useId } from 'react';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Worklist } from '../../shared/domain/worklist.ts';
import { routeHref } from '../routing/routes.ts';

export function ScreeningDueCard({ committees }: { committees: Worklist['screening'] }) {
  const headingId = useId();
  const due = committees.filter((c) => c.missing.length > 0);
  if (due.length === 0) return null;

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id={headingId}>
          排查未报
        </Title>
        <Anchor href={routeHref({ page: 'screening' })} size="sm">
          去填报
        </Anchor>
      </Group>
      <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {due.map((c) => (
          <Group component="li" key={c.committeeId} gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>
              {c.committeeName}
            </Text>
            <Text size="sm" c="dimmed">
              {c.missing.length} 期未报告：
            </Text>
            {c.missing.map((p) => (
              <Badge key={p.start} color="red" variant="light" size="sm">
                {p.label}
              </Badge>
            ))}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
