// 同步状态: the state in one word, what is waiting, the hub's address, the last success and the next automatic
// attempt; the last failure in red in the clerk's words; a device the hub stopped, why nothing goes up any more.
import { useId, type ReactNode } from 'react';
import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconBan, IconInfoCircle } from '@tabler/icons-react';
import type { SyncOverview } from '../../shared/sync/overview.ts';
import { FieldRows } from '../common/FieldRows.tsx';
import { formatInstant } from '../common/dates.ts';
import { clerkWords, STATE_LABELS, syncState, whenText } from './syncText.ts';

interface SyncStatusCardProps {
  overview: SyncOverview;
  /** When the overview was read: "3分钟前" counts from it. */
  readAt: number;
  /** Whether the signed-in role may enrol this register (else it is told whom to ask). */
  mayEnrol: boolean;
  /** 立即同步, when the role may send. */
  action?: ReactNode;
}

export function SyncStatusCard({ overview, readAt, mayEnrol, action }: SyncStatusCardProps) {
  const headingId = useId();
  const state = syncState(overview);
  const { label, color } = STATE_LABELS[state];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={3} size="h4" id={headingId}>
              同步状态
            </Title>
            <Badge color={color} variant="light" size="lg">
              {label}
            </Badge>
          </Group>
          <Text size="lg" fw={600} c={overview.pending > 0 ? 'orange.8' : undefined}>
            待发送 {overview.pending} 条
          </Text>
        </Stack>
        {action}
      </Group>
      <Stack gap="sm">
        <FieldRows labelWidth={130} rows={factRows(overview, readAt)} />
        <StateAlert overview={overview} mayEnrol={mayEnrol} />
      </Stack>
    </Paper>
  );
}

function factRows(overview: SyncOverview, readAt: number): [string, ReactNode][] {
  const rows: [string, ReactNode][] = [];
  if (overview.hubUrl)
    rows.push([
      '区级平台地址',
      <Text key="hub" span ff="monospace" size="sm">
        {overview.hubUrl}
      </Text>,
    ]);
  rows.push(['上次成功发送', overview.lastSuccessAt ? whenText(overview.lastSuccessAt, readAt, 'past') : '还没有成功发送过']);
  if (overview.enrolled && !overview.revokedAt)
    rows.push([
      '下次自动发送',
      overview.sending ? '正在发送…' : overview.nextAttemptAt ? whenText(overview.nextAttemptAt, readAt, 'future') : '联网时自动发送',
    ]);
  if (overview.enrolledAt) rows.push(['本机登记时间', formatInstant(overview.enrolledAt)]);
  return rows;
}

function StateAlert({ overview, mayEnrol }: { overview: SyncOverview; mayEnrol: boolean }) {
  const whoEnrols = mayEnrol ? '请在下方填写区司法局给的登记码，重新登记本机' : '请调委会主任或系统管理员用新的登记码重新登记本机';
  if (!overview.enrolled)
    return (
      <Alert color="blue" icon={<IconInfoCircle />} title="本机尚未登记到区级平台">
        案件只保存在本机，还没有报送区司法局。
        {mayEnrol ? '请在下方填写区司法局给的平台地址和登记码，登记本机。' : '请调委会主任或系统管理员用区司法局给的登记码登记本机。'}
      </Alert>
    );
  if (overview.revokedAt)
    return (
      <Alert color="red" icon={<IconBan />} title="本机已被区级平台停用">
        区级平台于 {formatInstant(overview.revokedAt)}{' '}
        停用了本机，本机不再向区级平台发送数据。本机登记的案件不受影响，可以照常办理，待发送的记录保留在本机。要恢复报送，请向区司法局申请新的登记码，
        {whoEnrols}。
      </Alert>
    );
  if (!overview.lastError) return null;
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title="上次发送没有成功">
      <Text size="sm">
        {overview.lastAttemptAt && `${formatInstant(overview.lastAttemptAt)}：`}
        {clerkWords(overview.lastError.message)}
      </Text>
      <Text size="sm" mt={4}>
        待发送的记录都保存在本机，不会丢失；恢复联网后会自动发送，也可以点“立即同步”。
      </Text>
    </Alert>
  );
}
