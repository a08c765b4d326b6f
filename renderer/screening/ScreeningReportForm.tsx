// 填报排查情况: one committee's report for one period — a zero report, or the disputes found. Checked with the
// contract's schema before sending; the server's field errors show next to the same fields, others in an alert.
import { useState, type FormEvent } from 'react';
import { Alert, Group, Modal, Select, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { todayInChina } from '../../shared/rules/dates.ts';
import { useApi } from '../api/ApiContext.tsx';
import { describeForClerk, notifySuccess } from '../api/errors.ts';
import { DateField } from '../common/DateField.tsx';
import { clearError, errorsFromServer, type FieldErrors } from '../common/fieldErrors.ts';
import { FindingList } from './FindingList.tsx';
import { checkReport, emptyReport, type ReportDraft, type ReportTarget } from './reportDraft.ts';
import { DialogButtons } from '../common/DialogButtons.tsx';

interface ScreeningReportFormProps {
  target: ReportTarget;
  onClose: () => void;
  onReported: () => void;
}

const PLACED = /^(periodDate|zero|findings(\.\d+\.(summary|disputeType|peopleCount|riskLevel|handling))?|reporter|reportedOn|note)$/;

export function ScreeningReportForm({ target, onClose, onReported }: ScreeningReportFormProps) {
  const api = useApi();
  const [draft, setDraft] = useState<ReportDraft>(() => emptyReport(target.periodStart, todayInChina()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function change(patch: Partial<ReportDraft>, path?: string) {
    setDraft((d) => ({ ...d, ...patch }));
    if (path) setErrors((e) => clearError(e, path));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const { errors: problems, input } = checkReport(target.committeeId, draft);
    setErrors(problems);
    if (!input) return;
    setBusy(true);
    try {
      await api.call('screening.report', input);
      notifySuccess('已报告', draft.zero ? `${target.committeeName}本期零报告已保存` : `${target.committeeName}本期排查情况已保存`);
      onReported();
    } catch (error) {
      const fieldErrors = errorsFromServer(error);
      if (fieldErrors) setErrors(fieldErrors);
      else setFailure(describeForClerk(error));
    } finally {
      setBusy(false);
    }
  }

  const unplaced = Object.entries(errors).filter(([path]) => !PLACED.test(path));
  return (
    <Modal opened onClose={onClose} title="填报排查情况" size="xl">
      <form onSubmit={submit} noValidate aria-label="排查报告">
        <Stack gap="md">
          <Text>
            <Text span c="dimmed">
              调委会：
            </Text>
            {target.committeeName}
          </Text>
          <Select
            label="报告期"
            data={target.periods.map((p) => ({ value: p.start, label: p.status === 'open' ? `${p.label}（本期）` : p.label }))}
            value={draft.periodStart}
            onChange={(v) => v && change({ periodStart: v }, 'periodDate')}
            error={errors['periodDate']}
            allowDeselect={false}
            required
          />
          <Switch
            label="零报告（本期未发现纠纷）"
            checked={draft.zero}
            onChange={(e) => change({ zero: e.currentTarget.checked }, 'findings')}
          />
          {!draft.zero && (
            <FindingList findings={draft.findings} errors={errors} onChange={(findings) => change({ findings })} onErrors={setErrors} />
          )}
          {draft.zero && errors['findings'] && (
            <Text c="red" size="sm" role="alert">
              {errors['findings']}
            </Text>
          )}
          <Group grow align="flex-start">
            <TextInput
              label="报告人"
              value={draft.reporter}
              onChange={(e) => change({ reporter: e.currentTarget.value }, 'reporter')}
              error={errors['reporter']}
              required
            />
            <DateField
              label="报告日期"
              value={draft.reportedOn}
              onChange={(v) => change({ reportedOn: v }, 'reportedOn')}
              error={errors['reportedOn']}
              required
            />
          </Group>
          <Textarea
            label="备注"
            value={draft.note}
            onChange={(e) => change({ note: e.currentTarget.value }, 'note')}
            error={errors['note']}
            autosize
            minRows={2}
          />
          {(failure || unplaced.length > 0) && (
            <Alert color="red" title="报告没有保存">
              {failure ?? unplaced.map(([, message]) => message).join('；')}
            </Alert>
          )}
          <DialogButtons onCancel={onClose} busy={busy} submitLabel="提交报告" />
        </Stack>
      </form>
    </Modal>
  );
}
