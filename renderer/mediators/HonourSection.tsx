// 考核与奖励: a mediator's evaluations (考核评议, with the result) and awards (表彰奖励), newest first, and a form
// to add either.
import { useState } from 'react';
import { Radio, Group, SimpleGrid, Table, TextInput } from '@mantine/core';
import { contract } from '../../shared/api/contract.ts';
import { EVALUATION_RESULTS, HONOUR_KINDS } from '../../shared/domain/mediator.ts';
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

type HonourKind = (typeof HONOUR_KINDS)[number]['code'];
type EvaluationResult = (typeof EVALUATION_RESULTS)[number]['code'];

export function HonourSection({ mediator, editable, onSaved }: RecordPartProps) {
  const honours = [...mediator.honours].sort((a, b) => b.on.localeCompare(a.on));
  return (
    <RecordSection
      addLabel={editable ? '添加考核或奖励' : null}
      form={(entry) => <HonourForm mediatorId={mediator.id} {...entry} />}
      onSaved={onSaved}
      emptyText="还没有考核或奖励记录"
      isEmpty={honours.length === 0}
    >
      <Table verticalSpacing="xs" aria-label="考核与奖励">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>日期</Table.Th>
            <Table.Th>类别</Table.Th>
            <Table.Th>名称</Table.Th>
            <Table.Th>考核结果</Table.Th>
            <Table.Th>授予或考核单位</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {honours.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(h.on)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{labelOf(HONOUR_KINDS, h.kind)}</Table.Td>
              <Table.Td>{h.title}</Table.Td>
              <Table.Td>{h.result ? labelOf(EVALUATION_RESULTS, h.result) : '—'}</Table.Td>
              <Table.Td>{h.issuer ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </RecordSection>
  );
}

function HonourForm({ mediatorId, onCancel, onSaved }: EntryFormProps & { mediatorId: string }) {
  const api = useApi();
  const form = useFormCall();
  const [kind, setKind] = useState<HonourKind>('evaluation');
  const [on, setOn] = useState<string | null>(() => todayInChina());
  const [title, setTitle] = useState('');
  const [result, setResult] = useState<EvaluationResult | null>(null);
  const [issuer, setIssuer] = useState('');

  async function submit() {
    const parsed = contract['mediators.honour'].input.safeParse({
      mediatorId,
      kind,
      on: on ?? '',
      title,
      result: kind === 'evaluation' ? result : null,
      issuer,
    });
    if (!parsed.success) return form.setErrors(issuesToErrors(parsed.error.issues));
    await form.send(() => api.call('mediators.honour', parsed.data), onSaved);
  }

  return (
    <RecordEntryForm
      label="添加考核或奖励"
      form={form}
      shown={['kind', 'on', 'title', 'result', 'issuer']}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <Radio.Group
        label="类别"
        value={kind}
        onChange={(v) => {
          setKind(HONOUR_KINDS.find((k) => k.code === v)?.code ?? kind);
          form.clear('kind');
          form.clear('result');
        }}
        error={form.errors['kind']}
      >
        <Group gap="lg" mt={4}>
          {HONOUR_KINDS.map((k) => (
            <Radio key={k.code} value={k.code} label={k.label} />
          ))}
        </Group>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={kind === 'evaluation' ? '考核名称' : '奖励名称'}
          placeholder={kind === 'evaluation' ? '如：2026年度人民调解员考核' : '如：2026年度优秀人民调解员'}
          {...form.bind('title', title, setTitle)}
          required
        />
        <DateField
          label={kind === 'evaluation' ? '考核日期' : '授予日期'}
          {...form.bindValue('on', on, setOn)}
          maxDate={todayInChina()}
          required
        />
        {kind === 'evaluation' && (
          <CodeSelect
            label="考核结果"
            list={EVALUATION_RESULTS}
            {...form.bindValue('result', result, setResult)}
            allowDeselect={false}
            required
          />
        )}
        <TextInput
          label={kind === 'evaluation' ? '考核单位' : '授予单位'}
          placeholder="如：区司法局"
          {...form.bind('issuer', issuer, setIssuer)}
        />
      </SimpleGrid>
    </RecordEntryForm>
  );
}
