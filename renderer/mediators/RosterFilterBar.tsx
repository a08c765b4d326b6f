// Filters above the roster: search by name or pinyin initials (on Enter, or after a pause in typing), committee,
// post, full-time or part-time, and whether those who left are shown.
import type { Dispatch, SetStateAction } from 'react';
import { Select, SimpleGrid, Stack, Switch } from '@mantine/core';
import type { Committee } from '../../shared/domain/committee.ts';
import { MEDIATOR_POSTS } from '../../shared/domain/mediator.ts';
import { CodeSelect } from '../common/CodeSelect.tsx';
import { SearchBar } from '../common/SearchBar.tsx';
import { NO_FILTERS, isFiltered, type RosterFilters } from './rosterFilters.ts';

const EMPLOYMENTS = [
  { code: 'full', label: '专职' },
  { code: 'part', label: '兼职' },
] as const;

interface RosterFilterBarProps {
  filters: RosterFilters;
  onChange: Dispatch<SetStateAction<RosterFilters>>;
  committees: Committee[];
}

export function RosterFilterBar({ filters, onChange, committees }: RosterFilterBarProps) {
  const set = (patch: Partial<RosterFilters>) => onChange((f) => ({ ...f, ...patch }));

  return (
    <Stack gap="sm">
      <SearchBar
        text={filters.searchText}
        placeholder="输入姓名，或姓名的拼音首字母（如 zs）"
        maxLength={30}
        onText={(text) => set({ searchText: text })}
        onSearch={(text) => onChange((f) => (f.search === text ? f : { ...f, search: text }))}
        filtered={isFiltered(filters)}
        onClear={() => onChange((f) => ({ ...NO_FILTERS, includeLeft: f.includeLeft }))}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        {committees.length > 1 && (
          <Select
            label="调委会"
            placeholder="全部"
            data={committees.map((c) => ({ value: c.id, label: c.name }))}
            value={filters.committeeId}
            onChange={(committeeId) => set({ committeeId })}
            searchable
            clearable
          />
        )}
        <CodeSelect
          label="职务"
          placeholder="全部"
          list={MEDIATOR_POSTS}
          value={filters.post}
          onChange={(post) => set({ post })}
          clearable
        />
        <CodeSelect
          label="专职/兼职"
          placeholder="全部"
          list={EMPLOYMENTS}
          value={filters.employment}
          onChange={(employment) => set({ employment })}
          clearable
        />
        <Switch
          label="显示已退出的调解员"
          checked={filters.includeLeft}
          onChange={(e) => set({ includeLeft: e.currentTarget.checked })}
          style={{ alignSelf: 'flex-end' }}
          mb={8}
        />
      </SimpleGrid>
    </Stack>
  );
}
