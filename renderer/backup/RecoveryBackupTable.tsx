// The backups that can bring a damaged register back, newest first: when, how big, where (this PC or the second
// copy), each with its 从此备份恢复 button.
import { Badge, Button, Table } from '@mantine/core';
import type { RecoveryStatus } from '../../shared/domain/backup.ts';
import { formatInstant } from '../common/dates.ts';
import { formatSize, LOCATION_LABELS } from './backupFiles.ts';

export type RecoveryBackup = RecoveryStatus['backups'][number];

/** Newest first (the register lists them so; sorted again so that the screen never depends on it). */
export function newestFirst(backups: readonly RecoveryBackup[]): RecoveryBackup[] {
  return [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function RecoveryBackupTable({ backups, onChoose }: { backups: RecoveryBackup[]; onChoose: (backup: RecoveryBackup) => void }) {
  const sorted = newestFirst(backups);
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing="xs" striped aria-label="可用的备份">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>备份时间</Table.Th>
            <Table.Th w={110}>大小</Table.Th>
            <Table.Th w={120}>位置</Table.Th>
            <Table.Th w={150}>操作</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((backup, i) => (
            <Table.Tr key={backup.file}>
              <Table.Td>
                {formatInstant(backup.createdAt)}
                {i === 0 && (
                  <Badge ml="xs" variant="light" size="sm">
                    最新
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{formatSize(backup.bytes)}</Table.Td>
              <Table.Td>{LOCATION_LABELS[backup.location]}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="light" onClick={() => onChoose(backup)}>
                  从此备份恢复
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
