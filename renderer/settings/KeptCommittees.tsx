// 本所管理的调委会: the office's own committee and the ones whose records it keeps. They are added and edited on the
// 调委会 page (with their members and staffing), which this section links to.
import { useId } from 'react';
import { Anchor, Badge, Paper, Table, Text, Title } from '@mantine/core';
import { COMMITTEE_KINDS, labelOf } from '../../shared/domain/reference.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { useMay } from '../auth/SessionContext.tsx';
import { routeHref } from '../routing/routes.ts';

export function KeptCommittees() {
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
      {may('committees.overview') && (
        <Text size="sm">
          <Anchor href={routeHref({ page: 'committees' })} size="sm">
            {may('committees.add') ? '到“调委会”页面添加或编辑调委会，查看人员配备' : '到“调委会”页面查看调委会和人员配备'}
          </Anchor>
        </Text>
      )}
    </Paper>
  );
}
