// 案件台账: the register list with filters, search and pages of 20; the attention filter is also in the address
// ('#/cases?attention=follow_up_overdue'), so that the home page can link to it and a reload keeps it.
import { useEffect, type Dispatch, type SetStateAction } from 'react';
import { Button, Group, Loader, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { useApiQuery } from '../api/useApiQuery.ts';
import { navigate, replaceRoute } from '../routing/useRoute.ts';
import { CaseFilterBar } from './CaseFilterBar.tsx';
import { CaseTable } from './CaseTable.tsx';
import { EMPTY_FILTERS, PAGE_SIZE, isFiltered, toListQuery, type CaseFilters } from './filters.ts';
import { LoadError } from '../common/LoadError.tsx';
import { useMay } from '../auth/SessionContext.tsx';

interface CaseListPageProps {
  filters: CaseFilters;
  onFiltersChange: Dispatch<SetStateAction<CaseFilters>>;
}

export function CaseListPage({ filters, onFiltersChange }: CaseListPageProps) {
  const list = useApiQuery('cases.list', toListQuery(filters));
  const page = list.data;
  const pages = page ? Math.max(1, Math.ceil(page.total / PAGE_SIZE)) : 1;
  const attention = filters.attention;
  useEffect(() => replaceRoute(attention ? { page: 'cases', attention } : { page: 'cases' }), [attention]);

  return (
    <Stack gap="md">
      <Title order={2}>案件台账</Title>
      <CaseFilterBar filters={filters} onChange={onFiltersChange} />
      <Group justify="space-between" mih={28}>
        <Text fw={500} aria-live="polite">
          {page ? `共 ${page.total} 件` : ''}
        </Text>
        {list.loading && <Loader size="sm" aria-label="正在读取" />}
      </Group>
      <LoadError title="这一页没有读出来" query={list} />
      {page && page.total === 0 ? (
        <EmptyList filtered={isFiltered(filters)} onClear={() => onFiltersChange(EMPTY_FILTERS)} />
      ) : (
        page && <CaseTable items={page.items} />
      )}
      {page && pages > 1 && (
        <Group justify="center">
          <Pagination
            total={pages}
            value={filters.page}
            onChange={(p) => onFiltersChange((f) => ({ ...f, page: p }))}
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

function EmptyList({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const may = useMay();
  return (
    <Paper withBorder p="xl">
      <Stack align="center" gap="sm">
        {filtered ? (
          <>
            <Text fw={600}>没有符合条件的案件</Text>
            <Text size="sm" c="dimmed">
              请换个关键词，或减少筛选条件。
            </Text>
            <Button variant="light" onClick={onClear}>
              清除筛选条件
            </Button>
          </>
        ) : (
          <>
            <Text fw={600}>还没有登记的纠纷</Text>
            <Text size="sm" c="dimmed">
              登记的纠纷会按案号列在这里。
            </Text>
            {may('cases.register') && <Button onClick={() => navigate({ page: 'register' })}>纠纷登记</Button>}
          </>
        )}
      </Stack>
    </Paper>
  );
}
