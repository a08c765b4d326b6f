// 区司法局意见 on the home page: how many of the district's questions and corrections wait for the clerk, with the
// way to the 同步 page where each is listed and linked to its record.
import { useId } from 'react';
import { Anchor, Badge, Group, Paper, Text, Title } from '@mantine/core';
import { routeHref } from '../routing/routes.ts';

export function DistrictNotesReminder({ open }: { open: number }) {
  const headingId = useId();
  if (open === 0) return null;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" style={{ borderColor: 'var(--mantine-color-orange-5)' }}>
      <Group justify="space-between" mb="xs">
        <Group gap="sm">
          <Title order={3} size="h4" id={headingId}>
            区司法局意见
          </Title>
          <Badge color="orange" variant="light">
            {open} 条待处理
          </Badge>
        </Group>
        <Anchor href={routeHref({ page: 'sync' })} size="sm">
          去同步页面查看
        </Anchor>
      </Group>
      <Text size="sm">区司法局对本调委会的记录提出了 {open} 条提问或更正意见，请按意见更正记录，改好后标记为已处理。</Text>
    </Paper>
  );
}
