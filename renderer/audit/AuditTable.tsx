// The audit log's entries, newest first: when, who, what (the register's summary, without personal data), and
// the record concerned (a case links to its page).
import { Anchor, Table, Text } from '@mantine/core';
import type { AuditEntry } from '../../shared/domain/account.ts';
import { formatInstantWithSeconds } from '../common/dates.ts';
import { routeHref } from '../routing/routes.ts';

export function AuditTable({ entries, actorOf }: { entries: AuditEntry[]; actorOf: (entry: AuditEntry) => string }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="xs" striped aria-label="审计日志">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>序号</Table.Th>
            <Table.Th w={190}>时间</Table.Th>
            <Table.Th>操作人</Table.Th>
            <Table.Th>内容</Table.Th>
            <Table.Th>对象编号</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.seq}>
              <Table.Td c="dimmed">{entry.seq}</Table.Td>
              <Table.Td>{formatInstantWithSeconds(entry.at)}</Table.Td>
              <Table.Td>{actorOf(entry)}</Table.Td>
              <Table.Td c={entry.action === 'denied' || entry.action === 'login.failed' ? 'red.8' : undefined}>{entry.summary}</Table.Td>
              <Table.Td>
                {entry.entity === 'case' ? (
                  <Anchor href={routeHref({ page: 'case', id: entry.entityId })} ff="monospace" size="xs">
                    {entry.entityId}
                  </Anchor>
                ) : (
                  <Text ff="monospace" size="xs">
                    {entry.entityId}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
