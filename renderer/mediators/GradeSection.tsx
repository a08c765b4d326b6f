// 等级变动: the grades a mediator has held, newest first, and 评定新等级 (the old grade stays in the history).
import { useState } from 'react';
import { Badge, SimpleGrid, Table, TextInput } from '@mantine/core';
import { contract } from '../../shared/api/contract.ts';
import { MEDIATOR_GRADES, type MediatorGrade } from '../../shared/domain/mediator.ts';
import { labelOf } from '../../shared/domain/reference.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { useApi } from '../api/ApiContext.tsx';
import { CodeSelect } from '../common/CodeSelect.tsx';
import { DateField } from '../common/DateField.tsx';
import { formatDate } from '../common/dates.ts';
import { issuesToErrors } from '../common/fieldErrors.ts';
import { useFormCall } from '../common/useFormCall.ts';
import { RecordEntryForm } from './RecordEntryForm.tsx';
import { RecordSection, type EntryFormProps, type RecordPartProps } from './RecordSection.tsx';

export function GradeSection({ mediator, editable, onSaved }: RecordPartProps) {
  const grades = [...mediator.grades].sort((a, b) => b.since.localeCompare(a.since));
  return (
    <RecordSection
      addLabel={editable && mediator.leftOn === null ? '评定新等级' : null}
      form={(entry) => <GradeForm mediatorId={mediator.id} {...entry} />}
      onSaved={onSaved}
      emptyText="还没有评定等级"
      isEmpty={grades.length === 0}
    >
      <Table verticalSpacing="xs" aria-label="等级变动">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>等级</Table.Th>
            <Table.Th>评定日期</Table.Th>
            <Table.Th>备注</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grades.map((g, i) => (
            <Table.Tr key={g.id}>
              <Table.Td>
                {labelOf(MEDIATOR_GRADES, g.grade)}
                {i === 0 && (
                  <Badge size="xs" variant="light" ml={6}>
                    现等级
                  </Badge>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(g.since)}</Table.Td>
              <Table.Td>{g.note ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </RecordSection>
  );
}

function GradeForm({ mediatorId, onCancel, onSaved }: EntryFormProps & { mediatorId: string }) {
  const api = useApi();
  const form = useFormCall();
  const [grade, setGrade] = useState<MediatorGrade | null>(null);
  const [since, setSince] = useState<string | null>(() => todayInChina());
  const [note, setNote] = useState('');

  async function submit() {
    const parsed = contract['mediators.grade'].input.safeParse({ mediatorId, grade: grade ?? undefined, since: since ?? '', note });
    if (!parsed.success) return form.setErrors(issuesToErrors(parsed.error.issues));
    await form.send(() => api.call('mediators.grade', parsed.data), onSaved);
  }

  return (
    <RecordEntryForm label="评定新等级" form={form} shown={['grade', 'since', 'note']} onSubmit={() => void submit()} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <CodeSelect label="新等级" list={MEDIATOR_GRADES} {...form.bindValue('grade', grade, setGrade)} allowDeselect={false} required />
        <DateField label="评定日期" {...form.bindValue('since', since, setSince)} maxDate={todayInChina()} required />
        <TextInput label="备注" placeholder="如评定文件的文号" {...form.bind('note', note, setNote)} />
      </SimpleGrid>
    </RecordEntryForm>
  );
}
