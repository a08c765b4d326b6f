// 调解员: the mediator roster (人民调解员名册) — searched by name or pinyin initials, filtered by committee, post
// and full-time or part-time, with those who left shown on request; a row opens the mediator's record. Adding and
// exporting are for the roles that may do them.
import { useState } from 'react';
import { Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { notifySuccess } from '../api/errors.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { useMay } from '../auth/SessionContext.tsx';
import { LoadError } from '../common/LoadError.tsx';
import { ExportButton } from '../common/ReportButtons.tsx';
import { AddMediatorDialog } from './AddMediatorDialog.tsx';
import { MediatorRecord } from './MediatorRecord.tsx';
import { RosterFilterBar } from './RosterFilterBar.tsx';
import { RosterTable } from './RosterTable.tsx';
import { NO_FILTERS, isFiltered, toRosterQuery, type RosterFilters } from './rosterFilters.ts';

export function MediatorsPage() {
  const api = useApi();
  const may = useMay();
  const [filters, setFilters] = useState<RosterFilters>(NO_FILTERS);
  const [openId, setOpenId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const mediators = useApiQuery('mediators.list', toRosterQuery(filters));
  const committees = useApiQuery('committees.list', {});
  const list = mediators.data ?? [];
  const canAdd = may('mediators.add') && committees.data !== undefined;

  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between">
        <Title order={2}>调解员</Title>
        <Group gap="sm">
          {mediators.loading && <Loader size="sm" aria-label="正在读取" />}
          {may('roster.exportXlsx') && (
            // With those who left when the roster shows them.
            <ExportButton label="导出名册" load={() => api.call('roster.exportXlsx', { includeLeft: filters.includeLeft })} />
          )}
          {canAdd && (
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
              添加调解员
            </Button>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        人民调解员名册。点击姓名查看其等级、培训、考核奖励和办理案件的情况。退出的调解员仍保留在名册中，打开“显示已退出的调解员”即可查看。
      </Text>
      <RosterFilterBar filters={filters} onChange={setFilters} committees={committees.data ?? []} />
      <LoadError title="调解员名册没有读出来" query={mediators} />
      {mediators.data &&
        (list.length === 0 ? (
          <Paper withBorder p="lg">
            <Text ta="center" c="dimmed">
              {isFiltered(filters)
                ? '没有符合条件的调解员'
                : may('mediators.add')
                  ? '还没有登记调解员，请点击“添加调解员”。'
                  : '还没有登记调解员。'}
            </Text>
          </Paper>
        ) : (
          <>
            <RosterTable mediators={list} onOpen={(m) => setOpenId(m.id)} showCommittee={(committees.data?.length ?? 0) !== 1} />
            <Text size="sm" c="dimmed" role="status">
              共 {list.length} 名{filters.includeLeft ? `，其中已退出 ${list.filter((m) => m.leftOn).length} 名` : ''}
            </Text>
          </>
        ))}

      {openId && (
        <MediatorRecord
          key={openId}
          id={openId}
          committees={committees.data ?? []}
          onClose={() => setOpenId(null)}
          onChanged={mediators.reload}
        />
      )}
      {adding && committees.data && (
        <AddMediatorDialog
          committees={committees.data}
          onClose={() => setAdding(false)}
          onAdded={(added) => {
            setAdding(false);
            notifySuccess('已添加', `${added.name}已加入${added.committeeName}的调解员名册`);
            mediators.reload();
            setOpenId(added.id);
          }}
        />
      )}
    </Stack>
  );
}
