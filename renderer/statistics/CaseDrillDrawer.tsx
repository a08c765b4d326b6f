// The cases behind a figure (stats.cases with the figure's measure, and its type, source or committee), in pages of 20,
// each linking to its case; the title says what is listed and for which days.
import { useState } from 'react';
import { Drawer, Group, Loader, Pagination, Stack, Text } from '@mantine/core';
import { useApiQuery } from '../api/useApiQuery.ts';
import { CaseTable } from '../cases/CaseTable.tsx';
import { LoadError } from '../common/LoadError.tsx';
import { periodText } from '../common/period.ts';
import { measureDated, type Drill } from './figures.ts';

const PAGE_SIZE = 20;

interface CaseDrillDrawerProps {
  drill: Drill | null;
  query: { from: string; to: string; committeeId: string | null };
  /** The page's scope: 全部调委会 or the committee's name. */
  scope: string;
  onClose: () => void;
}

export function CaseDrillDrawer({ drill, query, scope, onClose }: CaseDrillDrawerProps) {
  return (
    <Drawer
      opened={drill !== null}
      onClose={onClose}
      position="right"
      size={1040}
      title={drill ? `${drill.title}的案件，${periodText(query)}` : ''}
    >
      {drill && <DrillList key={JSON.stringify(drill)} drill={drill} query={query} scope={scope} />}
    </Drawer>
  );
}

function DrillList({ drill, query, scope }: { drill: Drill; query: CaseDrillDrawerProps['query']; scope: string }) {
  const [page, setPage] = useState(1);
  const list = useApiQuery('stats.cases', {
    from: query.from,
    to: query.to,
    committeeId: drill.committeeId ?? query.committeeId,
    measure: drill.measure,
    disputeType: drill.disputeType ?? null,
    source: drill.source ?? null,
    page,
    pageSize: PAGE_SIZE,
  });
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const dated = measureDated(drill.measure);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {drill.committeeId ? '' : `${scope}；`}
        {dated && `案件按${dated}计入统计期间`}
      </Text>
      <Group justify="space-between" mih={28}>
        <Text fw={500} aria-live="polite">
          {data ? `共 ${data.total} 件` : ''}
        </Text>
        {list.loading && <Loader size="sm" aria-label="正在读取" />}
      </Group>
      <LoadError title="案件清单没有读出来" query={list} />
      {data && data.total === 0 && <Text c="dimmed">没有案件</Text>}
      {data && data.items.length > 0 && <CaseTable items={data.items} />}
      {data && pages > 1 && (
        <Group justify="center">
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            getControlProps={(control) => ({
              'aria-label': control === 'previous' ? '上一页' : control === 'next' ? '下一页' : control === 'first' ? '第一页' : '最后一页',
            })}
            getItemProps={(p) => ({ 'aria-label': `第 ${p} 页` })}
          />
        </Group>
      )}
    </Stack>
  );
}
