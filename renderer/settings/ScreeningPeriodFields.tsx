// How often each kind of committee screens (township at least weekly…), and from when reports are due.
import { Fieldset, Select, SimpleGrid } from '@mantine/core';
import { PERIOD_KINDS } from '../../shared/domain/screening.ts';
import { COMMITTEE_KINDS, type CommitteeKind } from '../../shared/domain/reference.ts';
import { DateField } from '../common/DateField.tsx';
import type { FieldErrors } from '../common/fieldErrors.ts';
import type { ConfigDraft } from './configDraft.ts';

type Screening = ConfigDraft['screening'];

interface ScreeningPeriodFieldsProps {
  screening: Screening;
  errors: FieldErrors;
  onChange: (screening: Screening) => void;
}

export function ScreeningPeriodFields({ screening, errors, onChange }: ScreeningPeriodFieldsProps) {
  const setPeriod = (kind: CommitteeKind, value: string | null) => {
    const period = PERIOD_KINDS.find((p) => p.code === value)?.code;
    if (period) onChange({ ...screening, periods: { ...screening.periods, [kind]: period } });
  };
  return (
    <Fieldset legend="排查周期">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {COMMITTEE_KINDS.map((kind) => (
          <Select
            key={kind.code}
            label={kind.label}
            data={PERIOD_KINDS.map((p) => ({ value: p.code, label: p.label }))}
            value={screening.periods[kind.code]}
            onChange={(v) => setPeriod(kind.code, v)}
            error={errors[`screening.periods.${kind.code}`]}
            allowDeselect={false}
          />
        ))}
        <DateField
          label="排查起始日期"
          description="此日期以前的各期不计为未报告"
          value={screening.since}
          onChange={(since) => onChange({ ...screening, since })}
          error={errors['screening.since']}
          clearable
        />
      </SimpleGrid>
    </Fieldset>
  );
}
