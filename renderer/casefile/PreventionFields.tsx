// 防止纠纷激化: which escalation the mediation prevented (防止民转刑 …) and how many people were involved; the
// statistics count the case and its people under that heading.
import { NumberInput, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { PREVENTED_ESCALATIONS } from '../../shared/domain/lifecycle.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { DateField } from '../common/DateField.tsx';
import { bindChoice, bindText, errorAt } from './formBinding.ts';
import type { StepFieldsProps } from './stepFieldsProps.ts';

export function PreventionFields({ form }: StepFieldsProps) {
  const people = form.values['people'];
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        调解中成功防止纠纷激化的，在此记录。本案和涉及人数计入统计报表的“防止民转刑”等对应项目。
      </Text>
      <DateField label="处置日期" {...bindChoice(form, 'on')} maxDate={todayInChina()} required />
      <Radio.Group label="防止了哪种激化" {...bindChoice(form, 'prevented')} required>
        <SimpleGrid cols={2} spacing="xs" mt={6}>
          {PREVENTED_ESCALATIONS.map((p) => (
            <Radio key={p.code} value={p.code} label={p.label} />
          ))}
        </SimpleGrid>
      </Radio.Group>
      <NumberInput
        label="涉及人数"
        description="可能卷入激化的当事人及其他人员，计入统计"
        value={typeof people === 'string' ? people : ''}
        onChange={(v) => form.set('people', v === '' ? null : String(v))}
        error={errorAt(form.errors, 'people')}
        min={1}
        allowDecimal={false}
        allowNegative={false}
        suffix="人"
        required
      />
      <Textarea
        label="情况说明"
        {...bindText(form, 'note')}
        autosize
        minRows={3}
        placeholder="如 一方扬言报复，调解员当晚上门疏导，双方当面和解"
        required
      />
    </Stack>
  );
}
