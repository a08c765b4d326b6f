// Filters above the register list: search (on Enter, or after a pause in typing), type, status, risk, dates,
// and the work that needs attention (待办筛选, as the home page links to it).
import type { Dispatch, SetStateAction } from 'react';
import { Select, SimpleGrid, Stack } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { ATTENTIONS } from '../../shared/domain/case.ts';
import { CASE_STATUSES, DISPUTE_TYPES, RISK_LEVELS } from '../../shared/domain/reference.ts';
import { DATE_DISPLAY_FORMAT } from '../common/dates.ts';
import { SearchBar } from '../common/SearchBar.tsx';
import { EMPTY_FILTERS, isFiltered, type CaseFilters } from './filters.ts';

export function CaseFilterBar({ filters, onChange }: { filters: CaseFilters; onChange: Dispatch<SetStateAction<CaseFilters>> }) {
  const set = (patch: Partial<CaseFilters>) => onChange((f) => ({ ...f, ...patch, page: 1 }));

  return (
    <Stack gap="sm">
      <SearchBar
        text={filters.searchText}
        placeholder="搜索当事人姓名、拼音首字母（如 zs）、案情关键词或案号"
        onText={(text) => onChange((f) => ({ ...f, searchText: text }))}
        onSearch={(text) => onChange((f) => (f.search === text ? f : { ...f, search: text, page: 1 }))}
        filtered={isFiltered(filters)}
        onClear={() => onChange(EMPTY_FILTERS)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
        <DatePickerInput
          type="range"
          label="登记日期"
          placeholder="选择起止日期"
          valueFormat={DATE_DISPLAY_FORMAT}
          value={[filters.from, filters.to]}
          onChange={([from, to]) => set({ from, to })}
          clearable
          allowSingleDateInRange
        />
        <Select
          label="纠纷类型"
          placeholder="全部"
          data={DISPUTE_TYPES.map((t) => ({ value: t.code, label: t.label }))}
          value={filters.disputeType}
          onChange={(v) => set({ disputeType: DISPUTE_TYPES.find((t) => t.code === v)?.code ?? null })}
          clearable
        />
        <Select
          label="案件状态"
          placeholder="全部"
          data={CASE_STATUSES.map((s) => ({ value: s.code, label: s.label }))}
          value={filters.status}
          onChange={(v) => set({ status: CASE_STATUSES.find((s) => s.code === v)?.code ?? null })}
          clearable
        />
        <Select
          label="风险等级"
          placeholder="全部"
          data={RISK_LEVELS.map((r) => ({ value: r.code, label: r.label }))}
          value={filters.riskLevel}
          onChange={(v) => set({ riskLevel: RISK_LEVELS.find((r) => r.code === v)?.code ?? null })}
          clearable
        />
        <Select
          label="待办筛选"
          placeholder="全部"
          data={ATTENTIONS.map((a) => ({ value: a.code, label: a.label }))}
          value={filters.attention}
          onChange={(v) => set({ attention: ATTENTIONS.find((a) => a.code === v)?.code ?? null })}
          clearable
          comboboxProps={{ width: 'max-content' }}
        />
      </SimpleGrid>
    </Stack>
  );
}
