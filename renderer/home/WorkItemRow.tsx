// One case in a home-page section: number (a link to the case), parties, risk, and what its date means.
import { Anchor, Group, Text } from '@mantine/core';
import type { Attention } from '../../shared/domain/case.ts';
import type { WorkItem } from '../../shared/domain/worklist.ts';
import { RiskBadge } from '../common/RiskBadge.tsx';
import { routeHref } from '../routing/routes.ts';
import { describeWhen } from './workDates.ts';

export function WorkItemRow({ item, attention, today }: { item: WorkItem; attention: Attention; today: string }) {
  const when = describeWhen(attention, item.date, today);
  return (
    <Group component="li" gap="sm" wrap="wrap" justify="space-between">
      <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: 1 }}>
        <Anchor href={routeHref({ page: 'case', id: item.caseId })} fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
          {item.number}
        </Anchor>
        <Text size="sm" truncate="end" title={item.title}>
          {item.title}
        </Text>
        <RiskBadge level={item.riskLevel} size="sm" />
      </Group>
      {when.text && (
        <Text size="sm" c={when.late ? 'red' : 'dimmed'} fw={when.late ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
          {when.text}
        </Text>
      )}
    </Group>
  );
}
