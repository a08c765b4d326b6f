// 被退回的记录: what the hub checked and sent back, with its reason, each linked to the page where it is corrected
// (a case to its own page). A corrected record goes up again by itself.
import { useId } from 'react';
import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import type { RejectedRecord } from '../../shared/sync/overview.ts';
import { formatInstant } from '../common/dates.ts';
import { recordHref, recordText } from './recordPlace.ts';
import { kindLabel } from './syncText.ts';

function RecordLink({ record }: { record: RejectedRecord }) {
  const href = recordHref(record.kind, record.id);
  const text = recordText(record.kind, record.label);
  return href ? (
    <Anchor href={href} fw={600} size="sm">
      {text}
    </Anchor>
  ) : (
    <Text size="sm">{text}</Text>
  );
}

export function RejectedRecords({ records }: { records: RejectedRecord[] }) {
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="xs">
        被退回的记录
      </Title>
      {records.length === 0 ? (
        <Text size="sm" c="dimmed">
          区级平台没有退回任何记录。
        </Text>
      ) : (
        <>
          <Text size="sm" mb="sm">
            区级平台检查后退回了下列 {records.length}{' '}
            条记录。请按退回原因更正（点案号打开案件）；更正保存后，记录会自动重新发送，不需要其他操作。
          </Text>
          <Table.ScrollContainer minWidth={700}>
            <Table verticalSpacing="xs" striped aria-label="被退回的记录">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={100}>类型</Table.Th>
                  <Table.Th w={220}>案号/名称</Table.Th>
                  <Table.Th>退回原因</Table.Th>
                  <Table.Th w={170}>退回时间</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {records.map((record) => (
                  <Table.Tr key={`${record.kind}:${record.id}`}>
                    <Table.Td>{kindLabel(record.kind)}</Table.Td>
                    <Table.Td>
                      <RecordLink record={record} />
                    </Table.Td>
                    <Table.Td c="red.8">{record.reason}</Table.Td>
                    <Table.Td>{formatInstant(record.receivedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Paper>
  );
}
