// 履行情况, 计划回访 and 回访: whether the agreement was carried out, when to visit, and what the visit found.
import { Group, Radio, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { FULFILMENT_STATES } from '../../shared/domain/lifecycle.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { DateField } from '../common/DateField.tsx';
import { bindChoice, bindText, type StepFormState } from './formBinding.ts';
import type { StepFieldsProps } from './stepFieldsProps.ts';

function YesNo({ form, name, label, yes, no }: { form: StepFormState; name: string; label: string; yes: string; no: string }) {
  return (
    <Radio.Group label={label} {...bindChoice(form, name)} required>
      <Group mt={4}>
        <Radio value="yes" label={yes} />
        <Radio value="no" label={no} />
      </Group>
    </Radio.Group>
  );
}

export function FollowUpFields({ kind, form }: StepFieldsProps) {
  const today = todayInChina();
  if (kind === 'fulfilment') {
    return (
      <Stack gap="sm">
        <DateField label="记录日期" {...bindChoice(form, 'on')} maxDate={today} required />
        <Radio.Group label="履行情况" {...bindChoice(form, 'state')} required>
          <Group mt={4}>
            {FULFILMENT_STATES.map((s) => (
              <Radio key={s.code} value={s.code} label={s.label} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea label="履行说明" {...bindText(form, 'note')} autosize minRows={2} placeholder="如 已当面支付3000元，出具收条" />
      </Stack>
    );
  }
  if (kind === 'follow_up_scheduled') {
    return (
      <Stack gap="sm">
        <DateField label="安排日期" {...bindChoice(form, 'on')} maxDate={today} required />
        <DateField label="计划回访日期" {...bindChoice(form, 'due')} required />
        <TextInput label="备注" {...bindText(form, 'note')} />
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2}>
        <DateField label="回访日期" {...bindChoice(form, 'on')} maxDate={today} required />
        <TextInput label="回访人" {...bindText(form, 'mediator')} required />
      </SimpleGrid>
      <TextInput label="回访对象" {...bindText(form, 'visited')} placeholder="如 申请人张三" required />
      <Select
        label="履行情况"
        data={FULFILMENT_STATES.map((s) => ({ value: s.code, label: s.label }))}
        {...bindChoice(form, 'performed')}
        placeholder="未了解的可不选"
        clearable
      />
      <SimpleGrid cols={2}>
        <YesNo form={form} name="satisfied" label="当事人是否满意" yes="满意" no="不满意" />
        <YesNo form={form} name="lawsuit" label="是否已起诉" yes="已起诉" no="未起诉" />
      </SimpleGrid>
      <Textarea label="回访情况" {...bindText(form, 'findings')} autosize minRows={3} required />
      <TextInput label="遗留风险" {...bindText(form, 'risk')} placeholder="没有的可不填" />
      <TextInput label="采取的措施" {...bindText(form, 'action')} />
      <DateField label="下次回访日期" {...bindChoice(form, 'nextDue')} clearable />
    </Stack>
  );
}
