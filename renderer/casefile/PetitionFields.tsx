// 信访情况: a party petitioned over the case: to which body, and whether it was caused by improper mediation
// (因调解不当引发), which the statistics count against a target of zero; so the answer is asked, never preset.
import { Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { todayInChina } from '../../shared/rules/dates.ts';
import { DateField } from '../common/DateField.tsx';
import { bindChoice, bindText } from './formBinding.ts';
import type { StepFieldsProps } from './stepFieldsProps.ts';

export function PetitionFields({ form }: StepFieldsProps) {
  return (
    <Stack gap="sm">
      <DateField label="信访日期" {...bindChoice(form, 'on')} maxDate={todayInChina()} required />
      <TextInput label="信访受理机关" {...bindText(form, 'body')} placeholder="如 玄武区信访局" required />
      <Radio.Group
        label="是否因调解不当引发"
        description="按核实的情况选择；因调解不当引发的信访计入统计，目标为零"
        {...bindChoice(form, 'improperMediation')}
        required
      >
        <Stack gap={6} mt={6}>
          <Radio value="yes" label="是，因调解不当引发" />
          <Radio value="no" label="否，不是因调解不当引发" />
        </Stack>
      </Radio.Group>
      <Textarea
        label="情况说明"
        {...bindText(form, 'note')}
        autosize
        minRows={3}
        placeholder="如 信访人、信访事项、核实及处理情况"
        required
      />
    </Stack>
  );
}
