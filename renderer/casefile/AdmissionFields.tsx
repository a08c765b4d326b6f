// 受理 and 不予受理: the parties' consent and the notice of rights for an acceptance, the reason for a refusal.
import { Checkbox, Stack, Textarea } from '@mantine/core';
import { todayInChina } from '../../shared/rules/dates.ts';
import { DateField } from '../common/DateField.tsx';
import { bindCheck, bindChoice, bindText } from './formBinding.ts';
import type { StepFieldsProps } from './stepFieldsProps.ts';

export function AdmissionFields({ kind, form }: StepFieldsProps) {
  const accepting = kind === 'accept';
  return (
    <Stack gap="sm">
      <DateField label={accepting ? '受理日期' : '决定日期'} {...bindChoice(form, 'on')} maxDate={todayInChina()} required />
      {accepting ? (
        <>
          <Checkbox
            label="当事人均同意调解"
            description="一方当事人明确拒绝调解的，不得受理，请改用“不予受理”"
            {...bindCheck(form, 'consent')}
          />
          <Checkbox label="已送达权利义务告知书" {...bindCheck(form, 'noticeGiven')} />
          <Textarea label="备注" {...bindText(form, 'note')} autosize minRows={2} />
        </>
      ) : (
        <Textarea label="不予受理的理由" {...bindText(form, 'reason')} autosize minRows={3} required />
      )}
    </Stack>
  );
}
