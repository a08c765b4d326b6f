// A replacement PC: the hub holds the records of the PC this one replaced. Until they are restored here (从区级平台
// 恢复) or the administrator declines (不恢复), nothing is sent, so the new PC's empty register never goes up beside
// the old one. Both choices are confirmed first, and only for the roles that may (sync.manage).
import { useId, useState } from 'react';
import { Alert, Button, Group, List, Paper, Text, Title } from '@mantine/core';
import { IconCloudDownload } from '@tabler/icons-react';
import type { MethodOutput } from '../../shared/api/contract.ts';
import type { SyncOverview } from '../../shared/sync/overview.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useMay } from '../auth/SessionContext.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { notifySyncDone } from './syncNotify.ts';

type Restored = MethodOutput<'sync.restore'>;

/** `'共 12 条记录：调委会 1 个、调解员 3 名、案件 7 件、排查报告 1 份、附件 2 个（取回附件文件 1 个）'` */
export function restoredText(r: Restored): string {
  const files = r.attachments > 0 ? `（取回附件文件 ${r.files} 个）` : '';
  return `共 ${r.records} 条记录：调委会 ${r.committees} 个、调解员 ${r.mediators} 名、案件 ${r.cases} 件、排查报告 ${r.screeningReports} 份、附件 ${r.attachments} 个${files}`;
}

interface RestoreCardProps {
  restorable: number;
  /** Restored: the state (and the office's own committee) should be read again. */
  onRestored: () => void;
  /** Declined: the register's state after it. */
  onDeclined: (overview: SyncOverview) => void;
}

export function RestoreCard({ restorable, onRestored, onDeclined }: RestoreCardProps) {
  const headingId = useId();
  const api = useApi();
  const may = useMay();
  const [asking, setAsking] = useState<'restore' | 'decline' | null>(null);
  const mayRestore = may('sync.restore');
  const mayDecline = may('sync.declineRestore');

  async function restore() {
    const restored = await api.call('sync.restore', {});
    setAsking(null);
    notifySyncDone('已从区级平台恢复', restoredText(restored));
    onRestored();
  }

  async function decline() {
    const overview = await api.call('sync.declineRestore', {});
    setAsking(null);
    notifySyncDone('已选择不恢复', '本机登记簿将按现状报送区级平台；原来电脑上的记录只保留在区级平台');
    onDeclined(overview);
  }

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      style={{ borderColor: 'var(--mantine-color-orange-6)', borderWidth: 2 }}
    >
      <Title order={3} size="h4" id={headingId} c="orange.9" mb="xs">
        区级平台存有本调委会原来电脑上的 {restorable} 条记录
      </Title>
      <Text size="sm" mb="xs">
        本机是替换原来电脑的新电脑。原来电脑报送过的调委会、调解员、案件和排查报告都保存在区级平台，可以恢复到本机，恢复后案号接着原来的编号。
      </Text>
      <Alert color="orange" variant="light" role="note" mb="sm">
        恢复（或选择不恢复）之前，本机不向区级平台发送任何记录，待发送的记录保存在本机，不会丢失。
      </Alert>
      {mayRestore || mayDecline ? (
        <Group gap="sm">
          {mayRestore && (
            <Button leftSection={<IconCloudDownload size={16} />} onClick={() => setAsking('restore')}>
              从区级平台恢复
            </Button>
          )}
          {mayDecline && (
            <Button variant="default" onClick={() => setAsking('decline')}>
              不恢复
            </Button>
          )}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          请调委会主任或系统管理员在本页面选择“从区级平台恢复”或“不恢复”。
        </Text>
      )}
      {asking === 'restore' && (
        <ConfirmDialog
          title="从区级平台恢复"
          confirmLabel="确认恢复"
          busyText="正在从区级平台取回记录并写入本机，记录多时需要几分钟，请不要关闭程序。"
          failedTitle="没有恢复"
          onConfirm={restore}
          onClose={() => setAsking(null)}
        >
          <Text>将从区级平台取回本调委会原来电脑上的 {restorable} 条记录，写入本机登记簿。</Text>
          <List size="sm" spacing={4}>
            <List.Item>只能恢复到还没有登记案件的新登记簿，恢复不会覆盖或合并本机已有的记录。</List.Item>
            <List.Item>恢复后，本机接着原来的案号编号，并恢复向区级平台报送。</List.Item>
          </List>
        </ConfirmDialog>
      )}
      {asking === 'decline' && (
        <ConfirmDialog
          title="不恢复原来电脑上的记录"
          confirmLabel="确认不恢复"
          color="red"
          busyText="正在保存选择…"
          failedTitle="没有保存"
          onConfirm={decline}
          onClose={() => setAsking(null)}
        >
          <Text>选择不恢复后，本机的新登记簿将按现状报送区级平台。</Text>
          <Text size="sm">原来电脑上的 {restorable} 条记录只保留在区级平台，不会恢复到本机。</Text>
        </ConfirmDialog>
      )}
    </Paper>
  );
}
