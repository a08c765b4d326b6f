// 达成书面协议 / 达成口头协议: the points in dispute and each party's responsibility (written only), the terms (or
// the oral content), the amount in yuan, how, where and by when it is performed, and when to visit the parties
// afterwards (the configured interval on, unless the clerk says otherwise). A written agreement shows, as it is
// typed, what it still lacks to be finalised.
import { SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { addDays, todayInChina } from '../../shared/rules/dates.ts';
import { DateField } from '../common/DateField.tsx';
import { AgreementGaps } from './AgreementGaps.tsx';
import { bindChoice, bindText } from './formBinding.ts';
import { daysUntil } from './deadlines.ts';
import type { StepFieldsProps } from './stepFieldsProps.ts';
import { TermsList } from './TermsList.tsx';

export function AgreementFields({ kind, form, detail }: StepFieldsProps) {
  const written = kind === 'agreement_written';
  const on = bindChoice(form, 'on');

  function changeDate(next: string | null) {
    const previous = form.values['on'];
    const followUp = form.values['followUpDue'];
    // The follow-up moves with the agreement's date, keeping its interval.
    if (next && typeof previous === 'string' && typeof followUp === 'string')
      form.set('followUpDue', addDays(next, daysUntil(previous, followUp)));
    on.onChange(next);
  }

  return (
    <Stack gap="sm">
      <DateField label="协议日期" {...on} onChange={changeDate} maxDate={todayInChina()} required />
      {written && (
        <>
          <Textarea
            label="争议事项"
            description="双方争执的事实和焦点"
            {...bindText(form, 'disputedPoints')}
            autosize
            minRows={2}
            withAsterisk
          />
          <Textarea
            label="各方责任"
            description="经调解查明的各方当事人应承担的责任"
            {...bindText(form, 'responsibilities')}
            autosize
            minRows={2}
            withAsterisk
          />
        </>
      )}
      {written ? <TermsList form={form} /> : <Textarea label="口头协议内容" {...bindText(form, 'content')} autosize minRows={4} required />}
      <TextInput
        label="涉及金额（元）"
        description="没有金钱给付的可不填"
        {...bindText(form, 'amountFen')}
        inputMode="decimal"
        placeholder="如 1200 或 1200.50"
      />
      {written && (
        <SimpleGrid cols={2}>
          <TextInput label="履行方式" {...bindText(form, 'performanceMethod')} placeholder="如 一次性银行转账" required />
          <TextInput label="履行地点" {...bindText(form, 'performancePlace')} placeholder="如 街道调解室" required />
        </SimpleGrid>
      )}
      <SimpleGrid cols={2}>
        <DateField label="履行期限" {...bindChoice(form, 'performanceDeadline')} required={written} clearable={!written} />
        <DateField label="计划回访日期" {...bindChoice(form, 'followUpDue')} clearable />
      </SimpleGrid>
      {written && <AgreementGaps parties={detail.parties} values={form.values} />}
    </Stack>
  );
}
