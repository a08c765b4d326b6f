// A small form inside a mediator's record (评定新等级, 添加培训, 添加考核或奖励): its fields, why it was not
// saved, 取消 and 保存.
import type { FormEvent, ReactNode } from 'react';
import { Paper, Stack, Title } from '@mantine/core';
import { DialogButtons } from '../common/DialogButtons.tsx';
import { FormProblems } from '../common/FormProblems.tsx';
import type { FormCall } from '../common/useFormCall.ts';

interface RecordEntryFormProps {
  /** The form's name and heading, e.g. '评定新等级'. */
  label: string;
  form: FormCall;
  /** The paths the form shows next to a field. */
  shown: readonly string[];
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

export function RecordEntryForm({ label, form, shown, onSubmit, onCancel, children }: RecordEntryFormProps) {
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate aria-label={label}>
      <Stack gap="sm">
        <Title order={4} size="h5">
          {label}
        </Title>
        {children}
        <FormProblems title={`${label}没有保存`} failure={form.failure} errors={form.errors} shown={shown} />
        <DialogButtons onCancel={onCancel} busy={form.busy} />
      </Stack>
    </Paper>
  );
}
