// 归档: the file's number, how long it is kept, who compiled it, and the note on the file (卷宗情况说明).
import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { RETENTION_PERIODS } from '../../shared/domain/lifecycle.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { DateField } from '../common/DateField.tsx';
import { bindChoice, bindText } from './formBinding.ts';
import type { StepFieldsProps } from './stepFieldsProps.ts';

export function ArchiveFields({ form }: StepFieldsProps) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2}>
        <DateField label="归档日期" {...bindChoice(form, 'on')} maxDate={todayInChina()} required />
        <TextInput label="卷宗号" {...bindText(form, 'archiveNumber')} required />
        <Select
          label="保管期限"
          data={RETENTION_PERIODS.map((r) => ({ value: r.code, label: r.label }))}
          {...bindChoice(form, 'retention')}
          placeholder="请选择"
          required
        />
        <TextInput label="立卷人" {...bindText(form, 'compiledBy')} required />
      </SimpleGrid>
      <Textarea label="卷宗情况说明" {...bindText(form, 'remarks')} autosize minRows={2} />
    </Stack>
  );
}
