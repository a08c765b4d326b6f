// 调解员回避: which of the case's mediators steps aside, at whose request, and why.
import { Group, Radio, Select, Stack, Textarea } from '@mantine/core';
import { todayInChina } from '../../shared/rules/dates.ts';
import { DateField } from '../common/DateField.tsx';
import { bindChoice, bindText } from './formBinding.ts';
import type { StepFieldsProps } from './stepFieldsProps.ts';

export function RecuseFields({ form, detail }: StepFieldsProps) {
  const current = form.values['mediatorId'];
  // A correction shows the mediator recorded, even if he has stepped aside since.
  const mediators = detail.progress.mediators.filter((m) => m.recusedOn === null || m.mediatorId === current);
  return (
    <Stack gap="sm">
      <DateField label="回避日期" {...bindChoice(form, 'on')} maxDate={todayInChina()} required />
      <Select
        label="回避的调解员"
        data={[...new Map(mediators.map((m) => [m.mediatorId, { value: m.mediatorId, label: m.name }])).values()]}
        {...bindChoice(form, 'mediatorId')}
        placeholder="请选择"
        required
      />
      <Radio.Group label="由谁提出" {...bindChoice(form, 'requestedBy')} required>
        <Group mt={4}>
          <Radio value="party" label="当事人申请回避" />
          <Radio value="mediator" label="调解员自行回避" />
        </Group>
      </Radio.Group>
      <Textarea label="回避理由" {...bindText(form, 'reason')} autosize minRows={2} required />
    </Stack>
  );
}
