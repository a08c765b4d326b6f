// 领导包案: the leader who takes the case on, and the departments that handle it jointly.
import { SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { todayInChina } from '../../shared/rules/dates.ts';
import { DateField } from '../common/DateField.tsx';
import { LIST_SPLIT, bindChoice, bindList, bindText } from './formBinding.ts';
import type { StepFieldsProps } from './stepFieldsProps.ts';

export function LeaderFields({ form }: StepFieldsProps) {
  return (
    <Stack gap="sm">
      <DateField label="包案日期" {...bindChoice(form, 'on')} maxDate={todayInChina()} required />
      <SimpleGrid cols={2}>
        <TextInput label="包案领导姓名" {...bindText(form, 'name')} required />
        <TextInput label="职务" {...bindText(form, 'title')} placeholder="如 街道党工委副书记" required />
      </SimpleGrid>
      <TagsInput
        label="联合处置部门"
        description="输入一个部门后按回车，可填多个"
        {...bindList(form, 'departments')}
        splitChars={LIST_SPLIT}
        clearable
      />
    </Stack>
  );
}
