// 调解不成 and 终止调解: why, which legal routes the parties were told of, where the case was diverted
// (导入法治轨道); or who ended the mediation.
import { Checkbox, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DIVERSIONS, FAILURE_ROUTES } from '../../shared/domain/lifecycle.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { DateField } from '../common/DateField.tsx';
import { bindChoice, bindList, bindText } from './formBinding.ts';
import { NOT_DIVERTED } from './stepValues.ts';
import type { StepFieldsProps } from './stepFieldsProps.ts';

const DIVERSION_OPTIONS = [{ value: NOT_DIVERTED, label: '未导入' }, ...DIVERSIONS.map((d) => ({ value: d.code, label: d.label }))];

export function OutcomeEndFields({ kind, form }: StepFieldsProps) {
  if (kind === 'termination') {
    return (
      <Stack gap="sm">
        <DateField label="终止日期" {...bindChoice(form, 'on')} maxDate={todayInChina()} required />
        <Textarea label="终止调解的原因" {...bindText(form, 'reason')} autosize minRows={3} required />
        <TextInput label="提出终止的当事人" {...bindText(form, 'byParty')} placeholder="由调委会终止的可不填" />
      </Stack>
    );
  }
  const diverted = form.values['divertedTo'] !== NOT_DIVERTED && form.values['divertedTo'] != null;
  return (
    <Stack gap="sm">
      <DateField label="调解结束日期" {...bindChoice(form, 'on')} maxDate={todayInChina()} required />
      <Textarea label="调解不成的原因" {...bindText(form, 'reason')} autosize minRows={3} required />
      <Checkbox.Group label="已告知当事人的法律途径" {...bindList(form, 'routesExplained')} required>
        <Stack gap={6} mt={6}>
          {FAILURE_ROUTES.map((r) => (
            <Checkbox key={r.code} value={r.code} label={r.label} />
          ))}
        </Stack>
      </Checkbox.Group>
      <SimpleGrid cols={2}>
        <Select label="导入机构" data={DIVERSION_OPTIONS} {...bindChoice(form, 'divertedTo')} allowDeselect={false} />
        <TextInput
          label="导入机构名称"
          {...bindText(form, 'divertedBody')}
          placeholder={diverted ? '如 玄武区人民法院' : '未导入的不填'}
          disabled={!diverted}
          required={diverted}
        />
      </SimpleGrid>
      <DateField label="计划回访日期" {...bindChoice(form, 'followUpDue')} clearable />
    </Stack>
  );
}
