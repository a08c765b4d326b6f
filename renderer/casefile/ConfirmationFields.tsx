// 申请司法确认 and 司法确认结果: the court applied to, and what it decided.
import { Group, Radio, Stack, TextInput } from '@mantine/core';
import { todayInChina } from '../../shared/rules/dates.ts';
import { DateField } from '../common/DateField.tsx';
import { bindChoice, bindText } from './formBinding.ts';
import type { StepFieldsProps } from './stepFieldsProps.ts';

export function ConfirmationFields({ kind, form }: StepFieldsProps) {
  const today = todayInChina();
  if (kind === 'confirmation_applied') {
    return (
      <Stack gap="sm">
        <DateField label="申请日期" {...bindChoice(form, 'on')} maxDate={today} required />
        <TextInput label="受理法院" {...bindText(form, 'court')} placeholder="如 南京市玄武区人民法院" required />
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <DateField label="裁定日期" {...bindChoice(form, 'on')} maxDate={today} required />
      <Radio.Group label="法院的处理结果" {...bindChoice(form, 'result')} required>
        <Group mt={4}>
          <Radio value="confirmed" label="确认协议有效" />
          <Radio value="rejected" label="驳回申请" />
        </Group>
      </Radio.Group>
      <TextInput label="裁定书文号" {...bindText(form, 'ruling')} placeholder="如 （2026）苏0102民特123号" />
      <TextInput label="备注" {...bindText(form, 'note')} />
    </Stack>
  );
}
