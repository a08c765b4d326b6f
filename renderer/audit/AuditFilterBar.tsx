// Filters above the audit log: whose entries, which action, which days.
import { Button, Group, Select, SimpleGrid } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { DATE_DISPLAY_FORMAT } from '../common/dates.ts';
import { ACTION_GROUPS, NO_FILTERS, type AuditFilters } from './auditQuery.ts';

interface AuditFilterBarProps {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
  users: { value: string; label: string }[];
}

export function AuditFilterBar({ filters, onChange, users }: AuditFilterBarProps) {
  const set = (patch: Partial<AuditFilters>) => onChange({ ...filters, ...patch });
  const filtered = Object.values(filters).some((v) => v !== null);
  return (
    <Group align="flex-end" wrap="nowrap">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" style={{ flex: 1 }}>
        <Select
          label="操作人"
          placeholder="全部"
          data={users}
          value={filters.userId}
          onChange={(userId) => set({ userId })}
          searchable
          clearable
        />
        <Select
          label="操作"
          placeholder="全部"
          data={ACTION_GROUPS}
          value={filters.action}
          onChange={(action) => set({ action })}
          searchable
          clearable
        />
        <DatePickerInput
          type="range"
          label="日期"
          placeholder="选择起止日期"
          valueFormat={DATE_DISPLAY_FORMAT}
          value={[filters.from, filters.to]}
          onChange={([from, to]) => set({ from, to })}
          clearable
          allowSingleDateInRange
        />
      </SimpleGrid>
      <Button variant="default" disabled={!filtered} onClick={() => onChange(NO_FILTERS)}>
        清除筛选条件
      </Button>
    </Group>
  );
}
