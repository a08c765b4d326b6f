// 调委会: whose register a new case goes into (the office's own, or a village committee whose records it keeps).
// The case number is issued in that committee's numbering.
import { Select } from '@mantine/core';
import type { Committee } from '../../shared/domain/committee.ts';

interface CommitteeSelectProps {
  committees: Committee[];
  /** null: the office's own committee. */
  value: string | null;
  onChange: (committeeId: string | null) => void;
}

export function CommitteeSelect({ committees, value, onChange }: CommitteeSelectProps) {
  const own = committees.find((c) => c.isOwn);
  const chosen = committees.find((c) => c.id === value) ?? own;
  const ordered = [...committees].sort((a, b) => Number(b.isOwn) - Number(a.isOwn));
  return (
    <Select
      label="调委会"
      description={chosen ? `案号按该调委会编号：〔年份〕${chosen.abbreviation}调字第N号` : undefined}
      data={ordered.map((c) => ({ value: c.id, label: c.isOwn ? `${c.name}（本调委会）` : c.name }))}
      value={chosen?.id ?? null}
      onChange={(id) => onChange(id === null || id === own?.id ? null : id)}
      allowDeselect={false}
      maw={480}
    />
  );
}
