// 本所管理的调委会: the office's own committee and the ones whose records it keeps, and a form to add one (for a
// role that may manage the roster).
import { useId } from 'react';
import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import type { Committee } from '../../shared/domain/committee.ts';
import { COMMITTEE_KINDS, labelOf } from '../../shared/domain/reference.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { useMay } from '../auth/SessionContext.tsx';
import { CommitteeForm } from './CommitteeForm.tsx';

export function KeptCommittees({ own }: { own: Committee }) {
  const headingId = useId();
  const may = useMay();
  const committees = useApiQuery('committees.list', {});

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" mb="sm" id={headingId}>
        本所管理的调委会
      </Title>
      {committees.error !== undefined && (
        <Text c="red" size="sm">
          调委会名单读取失败
        </Text>
      )}
      {committees.data && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" aria-label="本所管理的调委会" mb="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>调委会名称</Table.Th>
                <Table.Th>类型</Table.Th>
                <Table.Th>区划代码</Table.Th>
                <Table.Th>案号简称</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {committees.data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    {c.name}{' '}
                    {c.isOwn && (
                      <Badge size="xs" variant="light">
                        本机
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{labelOf(COMMITTEE_KINDS, c.kind)}</Table.Td>
                  <Table.Td ff="monospace">{c.areaCode}</Table.Td>
                  <Table.Td>{c.abbreviation}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {may('committees.add') && <CommitteeForm own={own} onAdded={committees.reload} />}
    </Paper>
  );
}
