// 指派调解员: one or more of the committee's mediators, one of them leading, perhaps chosen by the parties.
import { Checkbox, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { MEDIATOR_POSTS } from '../../shared/domain/mediator.ts';
import { labelOf } from '../../shared/domain/reference.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { DateField } from '../common/DateField.tsx';
import { bindCheck, bindChoice, errorAt } from './formBinding.ts';
import type { StepFieldsProps } from './stepFieldsProps.ts';

export function AssignFields({ form, detail }: StepFieldsProps) {
  const roster = useApiQuery('mediators.list', { committeeId: detail.committeeId });
  const chosen = Array.isArray(form.values['mediatorIds']) ? form.values['mediatorIds'] : [];
  const active = new Set(detail.progress.mediators.filter((m) => m.recusedOn === null).map((m) => m.mediatorId));
  const options = (roster.data ?? []).map((m) => ({
    value: m.id,
    label: `${m.name}（${labelOf(MEDIATOR_POSTS, m.post)}）${active.has(m.id) ? '，已在本案' : ''}`,
  }));
  const nameOf = (id: string) => options.find((o) => o.value === id)?.label ?? id;

  function choose(ids: string[]) {
    form.set('mediatorIds', ids);
    const lead = form.values['lead'];
    if (typeof lead !== 'string' || !ids.includes(lead)) form.set('lead', ids[0] ?? null);
  }

  return (
    <Stack gap="sm">
      <DateField label="指派日期" {...bindChoice(form, 'on')} maxDate={todayInChina()} required />
      <MultiSelect
        label="调解员"
        data={options}
        value={chosen}
        onChange={choose}
        error={errorAt(form.errors, 'mediators')}
        placeholder={roster.data?.length === 0 ? '本调委会还没有登记调解员' : '请选择，可选多名'}
        searchable
        required
      />
      {roster.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          请先在“调解员”中登记本调委会的调解员，再指派。
        </Text>
      )}
      <Select
        label="主持调解的调解员"
        data={chosen.map((id) => ({ value: id, label: nameOf(id) }))}
        {...bindChoice(form, 'lead')}
        disabled={chosen.length === 0}
        placeholder="从已选的调解员中选择"
      />
      <Checkbox label="由当事人共同选定" {...bindCheck(form, 'chosenByParties')} />
    </Stack>
  );
}
