// 数据备份 section of 设置 (administrators: the roles that may call backup.status): the automatic backup at a
// glance, its files, 立即备份, and the form that sets the passphrase, how many to keep and a second folder.
import { useId, useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { isAppError } from '../../shared/errors.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifyError, notifySuccess } from '../api/errors.ts';
import { useMay } from '../auth/SessionContext.tsx';
import { LoadError } from '../common/LoadError.tsx';
import { BackupConfigForm } from './BackupConfigForm.tsx';
import { BackupFileTable } from './BackupFileTable.tsx';
import { BackupOverview } from './BackupOverview.tsx';
import { useBackupStatus } from './useBackupStatus.ts';

/** Shown only to a role that may manage backups (the register refuses the others anyway). */
export function BackupSettings() {
  const may = useMay();
  return may('backup.status') ? <BackupSection /> : null;
}

function BackupSection() {
  const headingId = useId();
  const api = useApi();
  const query = useBackupStatus();
  const [starting, setStarting] = useState(false);
  const { status } = query;

  async function runNow() {
    setStarting(true);
    try {
      const answer = await api.call('backup.run', {});
      query.update(answer);
      if (!answer.lastError && !answer.running)
        notifySuccess('备份完成', answer.extraError ? '本机的备份已完成，第二份没有复制成功' : '数据已备份');
    } catch (error) {
      notifyError(error, '没有备份');
    } finally {
      setStarting(false);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={3} size="h4" id={headingId}>
            数据备份
          </Title>
          <Text size="sm" c="dimmed">
            备份文件包含登记簿和全部附件，经过加密，只能用备份口令打开。
          </Text>
        </div>
        {status && (
          <Button
            leftSection={<IconDatabaseExport size={16} />}
            variant="light"
            loading={starting || status.running}
            disabled={!status.configured}
            onClick={() => void runNow()}
          >
            立即备份
          </Button>
        )}
      </Group>
      {status ? (
        <Stack gap="md">
          <BackupOverview status={status} />
          <div>
            <Title order={4} size="h5" mb="xs">
              本机的备份文件
            </Title>
            <BackupFileTable files={status.files} />
          </div>
          <BackupConfigForm status={status} onSaved={query.update} />
        </Stack>
      ) : isAppError(query.error) && query.error.code === 'FORBIDDEN' ? (
        <Text size="sm" c="dimmed">
          只有系统管理员可以查看和设置备份。
        </Text>
      ) : query.error !== undefined ? (
        <LoadError title="备份情况没有读出来" query={{ error: query.error, reload: query.reload }} />
      ) : (
        <Text c="dimmed">正在读取…</Text>
      )}
    </Paper>
  );
}
