// 培训记录: the trainings a mediator attended (date, subject, hours, organiser), their total, and 添加培训.
import { useState } from 'react';
import { NumberInput, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { contract } from '../../shared/api/contract.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { useApi } from '../api/ApiContext.tsx';
import { DateField } from '../common/DateField.tsx';
import { formatDate } from '../common/dates.ts';
import { issuesToErrors } from '../common/fieldErrors.ts';
import { useFormCall } from '../common/useFormCall.ts';
import { RecordEntryForm } from './RecordEntryForm.tsx';
import { RecordSection, type EntryFormProps, type RecordPartProps } from './RecordSection.tsx';

export function TrainingSection({ mediator, editable, onSaved }: RecordPartProps) {
  const trainings = [...mediator.trainings].sort((a, b) => b.on.localeCompare(a.on));
  const total = trainings.reduce((sum, t) => sum + t.hours, 0);
  return (
    <RecordSection
      addLabel={editable ? '添加培训' : null}
      form={(entry) => <TrainingForm mediatorId={mediator.id} {...entry} />}
      onSaved={onSaved}
      emptyText="还没有培训记录"
      isEmpty={trainings.length === 0}
    >
      <Table verticalSpacing="xs" aria-label="培训记录">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>培训日期</Table.Th>
            <Table.Th>培训内容</Table.Th>
            <Table.Th>学时</Table.Th>
            <Table.Th>培训单位</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trainings.map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(t.on)}</Table.Td>
              <Table.Td>{t.subject}</Table.Td>
              <Table.Td>{t.hours}</Table.Td>
              <Table.Td>{t.organiser ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" ta="right">
        共 {trainings.length} 次，合计 {total} 学时
      </Text>
    </RecordSection>
  );
}

function TrainingForm({ mediatorId, onCancel, onSaved }: EntryFormProps & { mediatorId: string }) {
  const api = useApi();
  const form = useFormCall();
  const [on, setOn] = useState<string | null>(() => todayInChina());
  const [hours, setHours] = useState<number | string>('');
  const [subject, setSubject] = useState('');
  const [organiser, setOrganiser] = useState('');

  async function submit() {
    const parsed = contract['mediators.training'].input.safeParse({
      mediatorId,
      on: on ?? '',
      hours: typeof hours === 'number' ? hours : undefined,
      subject,
      organiser,
    });
    if (!parsed.success) return form.setErrors(issuesToErrors(parsed.error.issues));
    await form.send(() => api.call('mediators.training', parsed.data), onSaved);
  }

  return (
    <RecordEntryForm
      label="添加培训"
      form={form}
      shown={['on', 'hours', 'subject', 'organiser']}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="培训内容" placeholder="如：人民调解法及调解技巧" {...form.bind('subject', subject, setSubject)} required />
        <TextInput label="培训单位" placeholder="如：区司法局" {...form.bind('organiser', organiser, setOrganiser)} />
        <DateField label="培训日期" {...form.bindValue('on', on, setOn)} maxDate={todayInChina()} required />
        <NumberInput
          label="学时"
          description="以0.5学时为单位"
          {...form.bindValue('hours', hours, setHours)}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          min={0.5}
          max={500}
          step={0.5}
          decimalScale={1}
          allowNegative={false}
          required
        />
      </SimpleGrid>
    </RecordEntryForm>
  );
}
