// The top of the case page: the number, where the case stands, its colour, and the dates not to miss.
import { Group, Text, Title } from '@mantine/core';
import { IconAlarm } from '@tabler/icons-react';
import type { CaseDetail } from '../../shared/domain/case.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { RiskBadge } from '../common/RiskBadge.tsx';
import { StatusBadge } from '../common/StatusBadge.tsx';
import { formatDate } from '../common/dates.ts';
import { caseDeadlines } from './deadlines.ts';

export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const deadlines = caseDeadlines(detail.progress, todayInChina());
  return (
    <div>
      <Title order={2} size="2rem">
        {detail.number}
      </Title>
      <Group gap="sm" mt={4}>
        <Text c="dimmed">{detail.committeeName}</Text>
        <RiskBadge level={detail.riskLevel} />
        <StatusBadge status={detail.status} />
      </Group>
      {deadlines.length > 0 && (
        <Group gap="lg" mt="xs" data-testid="case-deadlines">
          {deadlines.map((d) => (
            <Group key={d.label} gap={4} wrap="nowrap">
              <IconAlarm size={16} color={d.overdue ? 'var(--mantine-color-red-7)' : 'var(--mantine-color-gray-6)'} />
              <Text size="sm">
                {d.label}：{formatDate(d.date)}
              </Text>
              <Text size="sm" fw={700} c={d.overdue ? 'red.7' : 'dimmed'}>
                {d.note}
              </Text>
            </Group>
          ))}
        </Group>
      )}
    </div>
  );
}
