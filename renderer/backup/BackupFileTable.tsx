// The automatic backups kept on this PC, newest first: when each was made and how big it is.
import { Table, Text } from '@mantine/core';
import type { BackupFile } from '../../shared/domain/backup.ts';
import { formatInstant } from '../common/dates.ts';
import { formatSize } from './backupFiles.ts';

export function BackupFileTable({ files }: { files: BackupFile[] }) {
  if (files.length === 0)
    return (
      <Text size="sm" c="dimmed">
        本机还没有备份文件。
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" striped aria-label="备份文件">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={190}>备份时间</Table.Th>
            <Table.Th w={110}>大小</Table.Th>
            <Table.Th>文件名</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {files.map((file) => (
            <Table.Tr key={file.name}>
              <Table.Td>{formatInstant(file.createdAt)}</Table.Td>
              <Table.Td>{formatSize(file.bytes)}</Table.Td>
              <Table.Td>
                <Text ff="monospace" size="xs">
                  {file.name}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
