// Whether a mediator is on the roster (在册) or has left (已退出, with the date): in the roster and the record.
import { Badge, Group, Text } from '@mantine/core';
import { formatDate } from '../common/dates.ts';

export function MediatorStatusBadge({ leftOn }: { leftOn: string | null }) {
  if (leftOn === null)
    return (
      <Badge color="green" variant="light" miw="max-content">
        在册
      </Badge>
    );
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color="gray" variant="light" miw="max-content">
        已退出
      </Badge>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {formatDate(leftOn)}
      </Text>
    </Group>
  );
}

/** `hoursText(12.5)` → `'12.5学时'`; no training → `'—'`. */
export function hoursText(hours: number): string {
  return hours > 0 ? `${hours}学时` : '—';
}
