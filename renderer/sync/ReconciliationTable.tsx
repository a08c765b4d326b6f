// 对账: per committee, how many records the hub has confirmed and the start of their check code — the district
// prints the same figures (`hub status`), so both sides can be compared line by line, e.g. over the phone.
import { useId } from 'react';
import { Paper, Table, Text, Title } from '@mantine/core';
import type { CommitteeSyncFigures } from '../../shared/sync/overview.ts';
import { shortHash } from './syncText.ts';

export function ReconciliationTable({ committees }: { committees: CommitteeSyncFigures[] }) {
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="xs">
        对账
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        下表是区级平台已确认接收的记录条数和校验码。区司法局可以在区级平台打印同样的数字：两边的条数和校验码都相同，说明报送的数据完全一致。
      </Text>
      <Table verticalSpacing="xs" striped aria-label="对账">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>调委会</Table.Th>
            <Table.Th w={160}>区级平台已接收</Table.Th>
            <Table.Th w={180}>校验码（前12位）</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {committees.map((c) => (
            <Table.Tr key={c.committeeId}>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td>{c.records} 条</Table.Td>
              <Table.Td ff="monospace">{shortHash(c.hash)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
