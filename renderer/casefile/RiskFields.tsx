// 调整风险等级: the new colour of the four-colour warning and why.
import { Stack, Textarea } from '@mantine/core';
import { RISK_LEVELS } from '../../shared/domain/reference.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { DateField } from '../common/DateField.tsx';
import { RiskLevelField } from '../registration/RiskLevelField.tsx';
import { bindChoice, bindText, errorAt } from './formBinding.ts';
import type { StepFieldsProps } from './stepFieldsProps.ts';

export function RiskFields({ form }: StepFieldsProps) {
  const level = RISK_LEVELS.find((r) => r.code === form.values['level'])?.code ?? 'blue';
  return (
    <Stack gap="sm">
      <DateField label="调整日期" {...bindChoice(form, 'on')} maxDate={todayInChina()} required />
      <RiskLevelField value={level} onChange={(next) => form.set('level', next)} error={errorAt(form.errors, 'level')} />
      <Textarea label="调整理由" {...bindText(form, 'reason')} autosize minRows={2} required />
    </Stack>
  );
}
