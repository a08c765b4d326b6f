// The automatic backup at a glance: set or not, the last success and the next one due, where the files are, and
// what went wrong last (the backup itself in red; only the second copy, e.g. the USB stick not plugged in, in orange).
import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconUsb } from '@tabler/icons-react';
import type { BackupStatus } from '../../shared/domain/backup.ts';
import { FieldRows } from '../common/FieldRows.tsx';
import { formatInstant } from '../common/dates.ts';

function Path({ path }: { path: string }) {
  return (
    <Text span ff="monospace" size="sm">
      {path}
    </Text>
  );
}

export function BackupOverview({ status }: { status: BackupStatus }) {
  return (
    <Stack gap="sm">
      <FieldRows
        labelWidth={120}
        rows={[
          [
            '自动备份',
            status.configured ? (
              <Text span c="green.8" size="sm">
                已设置（程序打开时每天一次，保留最近 {status.keep} 份）
              </Text>
            ) : (
              <Text span c="orange.8" size="sm">
                未设置：请在下面设置备份口令
              </Text>
            ),
          ],
          ['上次成功备份', status.lastSuccessAt ? formatInstant(status.lastSuccessAt) : '还没有备份过'],
          ['下次备份', status.running ? '正在备份…' : formatInstant(status.nextDueAt)],
          ['备份文件夹', <Path key="folder" path={status.folder} />],
          ['第二份备份', status.extraFolder ? <Path key="extra" path={status.extraFolder} /> : '未设置'],
        ]}
      />
      {status.lastError && (
        <Alert color="red" icon={<IconAlertTriangle />} title="上次备份没有成功">
          {status.lastErrorAt && `${formatInstant(status.lastErrorAt)}：`}
          {status.lastError}
        </Alert>
      )}
      {status.extraError && (
        <Alert color="orange" icon={<IconUsb />} title="第二份备份没有复制成功">
          {status.extraError}。本机的备份已经完成；请插好U盘或检查共享文件夹，再点“立即备份”。
        </Alert>
      )}
    </Stack>
  );
}
