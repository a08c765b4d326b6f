// 调查记录 and 调解记录: when and where, who was present, what was said, and who wrote it down.
import { SimpleGrid, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import { todayInChina } from '../../shared/rules/dates.ts';
import { DateField } from '../common/DateField.tsx';
import { LIST_SPLIT, bindChoice, bindList, bindText } from './formBinding.ts';
import type { StepFieldsProps } from './stepFieldsProps.ts';

export function RecordFields({ kind, form }: StepFieldsProps) {
  const investigation = kind === 'investigation';
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2}>
        <DateField label={investigation ? '调查日期' : '调解日期'} {...bindChoice(form, 'on')} maxDate={todayInChina()} required />
        <TextInput label="时间" {...bindText(form, 'time')} placeholder="如 14:30" maxLength={5} />
      </SimpleGrid>
      <TextInput label="地点" {...bindText(form, 'place')} placeholder="如 街道调解室" required />
      {investigation && (
        <SimpleGrid cols={2}>
          <TextInput label="被调查人" {...bindText(form, 'questioned')} required />
          <TextInput label="调查人" {...bindText(form, 'investigator')} required />
        </SimpleGrid>
      )}
      <TagsInput
        label="在场人员"
        description="输入姓名后按回车，可填多人"
        {...bindList(form, 'present')}
        splitChars={LIST_SPLIT}
        required
      />
      <Textarea label={investigation ? '调查内容' : '调解情况'} {...bindText(form, 'content')} autosize minRows={5} maxRows={16} required />
      <TextInput label="记录人" {...bindText(form, 'noteTaker')} required />
    </Stack>
  );
}
