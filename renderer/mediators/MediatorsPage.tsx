// 调解员 (minimal): the mediators of the committees the office keeps, and a form to add one. The full roster
// (grades, trainings, evaluations, leaving) comes later. Adding is for a role that may manage the roster.
import { Alert, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { MEDIATOR_POSTS } from '../../shared/domain/mediator.ts';
import { labelOf } from '../../shared/domain/reference.ts';
import { describeForClerk } from '../api/errors.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { useMay } from '../auth/SessionContext.tsx';
import { formatDate } from '../common/dates.ts';
import { MediatorForm } from './MediatorForm.tsx';

export function MediatorsPage() {
  const may = useMay();
  const mediators = useApiQuery('mediators.list', {});
  const committees = useApiQuery('committees.list', may('mediators.add') ? {} : null);
  const list = mediators.data ?? [];

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between">
        <Title order={2}>调解员</Title>
        {mediators.loading && <Loader size="sm" aria-label="正在读取" />}
      </Group>
      {mediators.error !== undefined && (
        <Alert color="red" title="调解员名单没有读出来">
          {describeForClerk(mediators.error)}
        </Alert>
      )}
      {mediators.data && list.length === 0 ? (
        <Paper withBorder p="lg">
          <Text ta="center" c="dimmed">
            {may('mediators.add') ? '还没有登记调解员，请在下面添加。' : '还没有登记调解员。'}
          </Text>
        </Paper>
      ) : (
        mediators.data && (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" aria-label="调解员名册">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>姓名</Table.Th>
                  <Table.Th>调委会</Table.Th>
                  <Table.Th>职务</Table.Th>
                  <Table.Th>专职/兼职</Table.Th>
                  <Table.Th>电话</Table.Th>
                  <Table.Th>加入日期</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td fw={600}>{m.name}</Table.Td>
                    <Table.Td>{m.committeeName}</Table.Td>
                    <Table.Td>{labelOf(MEDIATOR_POSTS, m.post)}</Table.Td>
                    <Table.Td>{m.fullTime ? '专职' : '兼职'}</Table.Td>
                    <Table.Td>{m.phone ?? '—'}</Table.Td>
                    <Table.Td>{formatDate(m.joinedOn)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      )}
      {committees.data && <MediatorForm committees={committees.data} onAdded={mediators.reload} />}
    </Stack>
  );
}
