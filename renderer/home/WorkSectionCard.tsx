// A home-page section (回访逾期, 待受理, …): a region named by its heading, the cases it lists and a link to
// the register list filtered the same way.
import { useId } from 'react';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ATTENTIONS } from '../../shared/domain/case.ts';
import type { WorkSection } from '../../shared/domain/worklist.ts';
import { routeHref } from '../routing/routes.ts';
import { WorkItemRow } from './WorkItemRow.tsx';

export function WorkSectionCard({ section, today }: { section: WorkSection; today: string }) {
  const headingId = useId();
  const label = ATTENTIONS.find((a) => a.code === section.attention)?.label ?? section.attention;
  const urgent = section.attention === 'warnings';
  const unlisted = section.total - section.items.length;

  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      p="md"
      style={urgent ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}
    >
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={3} size="h4" id={headingId} c={urgent ? 'red.8' : undefined}>
            {label}
          </Title>
          <Badge color={urgent ? 'red' : 'gray'} variant="light">
            共 {section.total} 件
          </Badge>
        </Group>
        <Anchor href={routeHref({ page: 'cases', attention: section.attention })} size="sm">
          查看全部
        </Anchor>
      </Group>
      <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {section.items.map((item) => (
          <WorkItemRow key={item.caseId} item={item} attention={section.attention} today={today} />
        ))}
      </Stack>
      {unlisted > 0 && (
        <Text size="sm" c="dimmed" mt="xs">
          另有 {unlisted} 件未列出，请点“查看全部”。
        </Text>
      )}
    </Paper>
  );
}
