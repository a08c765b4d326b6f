// 离线报送: without a network, the waiting records go to the district on a USB stick and the district's receipts
// file comes back the same way. Each button only for a role that may use it.
import { useId } from 'react';
import { Group, List, Paper, Text, Title } from '@mantine/core';
import { OfflineExportButton } from './OfflineExportButton.tsx';
import { ReceiptsImportButton } from './ReceiptsImportButton.tsx';

interface OfflineExchangeProps {
  pending: number;
  /** 导出离线文件 (sync.exportFile), not for a device the hub stopped. */
  mayExport: boolean;
  /** 导入回执文件 (sync.importReceipts). */
  mayImport: boolean;
  /** The state changed: read it again. */
  onChanged: () => void;
}

export function OfflineExchange({ pending, mayExport, mayImport, onChanged }: OfflineExchangeProps) {
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="xs">
        离线报送（没有网络时）
      </Title>
      <List type="ordered" size="sm" spacing={4} mb="sm">
        <List.Item>点“导出离线文件”，把待发送的记录保存为一个文件（.fqsync）。</List.Item>
        <List.Item>把文件拷贝到U盘，交区司法局导入区级平台。</List.Item>
        <List.Item>区司法局导入后会给一个回执文件：拷回本机，点“导入回执文件”。导入回执后，记录才算报送完成。</List.Item>
      </List>
      {mayExport || mayImport ? (
        <Group gap="sm">
          {mayExport && <OfflineExportButton pending={pending} onExported={onChanged} />}
          {mayImport && <ReceiptsImportButton onImported={onChanged} />}
          {mayExport && pending === 0 && (
            <Text size="sm" c="dimmed">
              目前没有待发送的记录。
            </Text>
          )}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          导出离线文件和导入回执文件由调委会主任或系统管理员操作。
        </Text>
      )}
    </Paper>
  );
}
