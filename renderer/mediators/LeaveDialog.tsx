// 退出 (退出机制): the date and the reason a mediator leaves. The record and past cases are kept; the person can
// no longer be assigned a case. Confirmed in this dialog, which says so before anything is sent.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { contract } from '../../shared/api/contract.ts';
import type { MediatorDetail } from '../../shared/domain/mediator.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { useApi } from '../api/ApiContext.tsx';
import { DateField } from '../common/DateField.tsx';
import { issuesToErrors } from '../common/fieldErrors.ts';
import { FormProblems } from '../common/FormProblems.tsx';
import { useFormCall } from '../common/useFormCall.ts';

interface LeaveDialogProps {
  mediator: MediatorDetail;
  onClose: () => void;
  onLeft: (mediator: MediatorDetail) => void;
}

export function LeaveDialog({ mediator, onClose, onLeft }: LeaveDialogProps) {
  const api = useApi();
  const form = useFormCall();
  const [on, setOn] = useState<string | null>(() => todayInChina());
  const [reason, setReason] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = contract['mediators.leave'].input.safeParse({ id: mediator.id, on: on ?? '', reason });
    if (!parsed.success) return form.setErrors(issuesToErrors(parsed.error.issues));
    await form.send(() => api.call('mediators.leave', parsed.data), onLeft);
  }

  return (
    <Modal opened onClose={onClose} title={`调解员退出：${mediator.name}`}>
      <form onSubmit={submit} noValidate aria-label="调解员退出">
        <Stack gap="sm">
          <Alert color="orange" variant="light">
            退出后，{mediator.name}的名册记录和办理过的案件都会保留，仍可查阅、统计和导出；但不能再被指派办理新的案件。
          </Alert>
          <DateField label="退出日期" {...form.bindValue('on', on, setOn)} maxDate={todayInChina()} required />
          <Textarea
            label="退出原因"
            placeholder="如：工作调动、年龄原因、本人申请辞去、考核不称职等"
            {...form.bind('reason', reason, setReason)}
            autosize
            minRows={2}
            data-autofocus
            required
          />
          <FormProblems title="没有办理退出" failure={form.failure} errors={form.errors} shown={['on', 'reason']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button type="submit" color="red" loading={form.busy}>
              确认退出
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
