// Whose figures: 全部调委会 (every committee whose records the office keeps) or one of them. Shown only when the
// office keeps more than its own committee.
import { Select } from '@mantine/core';
import { useApiQuery } from '../api/useApiQuery.ts';

const ALL = 'all';

interface CommitteeScopeSelectProps {
  /** null: all committees. */
  value: string | null;
  onChange: (committeeId: string | null) => void;
}

export function CommitteeScopeSelect({ value, onChange }: CommitteeScopeSelectProps) {
  const committees = useApiQuery('committees.list', {}, { notify: false }).data ?? [];
  if (committees.length < 2) return null;
  const ordered = [...committees].sort((a, b) => Number(b.isOwn) - Number(a.isOwn));
  return (
    <Select
      label="调委会"
      data={[{ value: ALL, label: '全部调委会' }, ...ordered.map((c) => ({ value: c.id, label: c.name }))]}
      value={value ?? ALL}
      onChange={(id) => onChange(id === null || id === ALL ? null : id)}
      allowDeselect={false}
      searchable
      w={320}
    />
  );
}
