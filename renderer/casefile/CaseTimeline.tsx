// 时间轴: every step of the case, oldest first (the service's order), with who recorded it. A replaced record
// stays, struck through and marked 已更正; its correction says why. Every original record can be corrected
// (again), also on an archived case; a correction itself is not corrected, its original is. Without onCorrect
// (a role that may not correct) there is no 更正 button.
import { Badge, Button, Group, Paper, Text, Timeline, Title } from '@mantine/core';
import type { CaseDetail } from '../../shared/domain/case.ts';
import { STEP_LABELS } from '../../shared/domain/lifecycle.ts';
import type { TimelineEntry } from '../../shared/domain/progress.ts';
import { FieldRows } from '../common/FieldRows.tsx';
import { formatDate, formatInstant } from '../common/dates.ts';
import { stepRows } from './stepRows.tsx';

/** Whether an entry can be corrected: an original step record (not a correction, an attachment or an edit). */
export function correctable(entry: TimelineEntry): boolean {
  return entry.correction === null && entry.step.kind !== 'attachment' && entry.step.kind !== 'edit';
}

function entryTitle(entry: TimelineEntry): string {
  const time = 'time' in entry.step && entry.step.time ? ` ${entry.step.time}` : '';
  return `${STEP_LABELS[entry.step.kind]}${entry.correction ? '（更正）' : ''} ${formatDate(entry.step.on)}${time}`;
}

export function CaseTimeline({ detail, onCorrect }: { detail: CaseDetail; onCorrect?: ((entry: TimelineEntry) => void) | undefined }) {
  const entries = detail.progress.timeline;
  const names = new Map(detail.progress.mediators.map((m) => [m.mediatorId, m.name]));
  const nameOf = (id: string) => names.get(id) ?? '（未知调解员）';

  return (
    <Paper withBorder p="md" component="section" aria-label="时间轴">
      <Title order={3} size="h4" mb="md">
        时间轴
      </Title>
      {entries.length === 0 ? (
        <Text c="dimmed">还没有记录。受理、调解、回访等每一步都会按时间记在这里。</Text>
      ) : (
        <Timeline bulletSize={16} lineWidth={2} active={entries.length - 1}>
          {entries.map((entry) => {
            const corrected = entry.correctedBy !== null;
            const title = entryTitle(entry);
            return (
              <Timeline.Item
                key={entry.id}
                role="group"
                aria-label={title}
                color={corrected ? 'gray' : entry.correction ? 'orange' : undefined}
                title={
                  <Group gap="xs" justify="space-between" wrap="nowrap">
                    <Group gap="xs">
                      <Text fw={700} td={corrected ? 'line-through' : undefined} c={corrected ? 'dimmed' : undefined}>
                        {title}
                      </Text>
                      {corrected && (
                        <Badge color="gray" variant="light">
                          已更正
                        </Badge>
                      )}
                    </Group>
                    {onCorrect && correctable(entry) && (
                      <Button size="compact-xs" variant="subtle" onClick={() => onCorrect(entry)}>
                        更正
                      </Button>
                    )}
                  </Group>
                }
              >
                {entry.correction && (
                  <Text size="sm" c="orange.8" mb={4}>
                    更正：{entry.correction.reason}（{formatDate(entry.correction.on)}更正）
                  </Text>
                )}
                <div style={corrected ? { opacity: 0.55, textDecoration: 'line-through' } : undefined}>
                  <FieldRows rows={stepRows(entry.step, nameOf)} labelWidth={120} size="sm" />
                </div>
                <Text size="xs" c="dimmed" mt={4}>
                  {entry.actor} 记录于 {formatInstant(entry.recordedAt)}
                </Text>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Paper>
  );
}
