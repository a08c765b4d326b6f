// Who handles the case: the mediators assigned (the one presiding, those chosen by the parties, those who
// stepped aside) and the leader who took the case on (领导包案) with the departments involved.
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { CaseProgress } from '../../shared/domain/progress.ts';
import { formatDate } from '../common/dates.ts';

export function CaseTeamCard({ progress }: { progress: CaseProgress }) {
  const { mediators, leader } = progress;
  return (
    <Card withBorder role="group" aria-label="承办人员">
      <Title order={3} size="h4" mb="sm">
        调解员
      </Title>
      {mediators.length === 0 ? (
        <Text c="dimmed" size="sm">
          尚未指派
        </Text>
      ) : (
        <Stack gap={6}>
          {mediators.map((m) => (
            <div key={`${m.mediatorId}-${m.assignedOn}`}>
              <Group gap={6}>
                <Text fw={600} td={m.recusedOn ? 'line-through' : undefined} c={m.recusedOn ? 'dimmed' : undefined}>
                  {m.name}
                </Text>
                {m.lead && !m.recusedOn && (
                  <Badge size="sm" variant="light">
                    主持
                  </Badge>
                )}
                {m.chosenByParties && (
                  <Badge size="sm" variant="light" color="teal">
                    当事人选定
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {formatDate(m.assignedOn)}指派{m.recusedOn ? `，${formatDate(m.recusedOn)}回避` : ''}
              </Text>
            </div>
          ))}
        </Stack>
      )}
      <Title order={3} size="h4" mt="lg" mb="sm">
        包案领导
      </Title>
      {leader ? (
        <Stack gap={2}>
          <Text fw={600}>
            {leader.name}（{leader.title}）
          </Text>
          <Text size="sm">联合处置部门：{leader.departments.length ? leader.departments.join('、') : '—'}</Text>
          <Text size="xs" c="dimmed">
            {formatDate(leader.on)}包案
          </Text>
        </Stack>
      ) : (
        <Text c="dimmed" size="sm">
          无
        </Text>
      )}
    </Card>
  );
}
