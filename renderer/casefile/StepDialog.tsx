// One step of the case in a dialog titled with the step's name: its form, checked with the contract's schema,
// sent by the caller (“cases.record” or “cases.correct”); the server's field issues land next to the fields,
// and a refusal (案件已归档… / 请先受理案件…) is shown as the service words it.
import { useCallback, useState, type FormEvent } from 'react';
import { Alert, List, Modal, Select, Stack, Textarea } from '@mantine/core';
import type { CaseDetail } from '../../shared/domain/case.ts';
import { OUTCOME_KINDS, STEP_LABELS, type Step, type StepKind } from '../../shared/domain/lifecycle.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { notifySuccess, toPayload } from '../api/errors.ts';
import { stepFieldLabel } from '../api/fieldLabels.ts';
import type { FieldErrors } from '../common/fieldErrors.ts';
import { errorAt, type StepFormState } from './formBinding.ts';
import { checkStep, serverStepErrors } from './stepCheck.ts';
import { StepFields } from './StepFields.tsx';
import { initialValues, type FieldValue, type StepDefaults, type StepValues } from './stepValues.ts';
import { DialogButtons } from '../common/DialogButtons.tsx';

const REASON = 'correction.reason';

export interface StepDialogProps {
  detail: CaseDetail;
  kind: StepKind;
  initial: StepValues;
  /** What a new form starts from (today, the case's colour, the configured follow-up interval). */
  defaults: StepDefaults;
  /** A correction asks for its reason, and lets one outcome be replaced by another. */
  correcting: boolean;
  onSubmit: (step: Step, reason: string) => Promise<CaseDetail>;
  onSaved: (detail: CaseDetail) => void;
  onClose: () => void;
}

const isOutcomeKind = (kind: string) => (OUTCOME_KINDS as readonly string[]).includes(kind);

export function StepDialog({ detail, kind: originalKind, initial, defaults, correcting, onSubmit, onSaved, onClose }: StepDialogProps) {
  const [kind, setKind] = useState<StepKind>(originalKind);
  const [values, setValues] = useState<StepValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<{ message: string; details: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const label = STEP_LABELS[originalKind];

  const set = useCallback((name: string, value: FieldValue) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([path]) => path !== name && !path.startsWith(`${name}.`))));
  }, []);
  const form: StepFormState = { values, errors, set };

  function changeOutcome(next: string | null) {
    const outcome = OUTCOME_KINDS.find((k) => k === next);
    if (!outcome || outcome === kind) return;
    setKind(outcome);
    const on = typeof values['on'] === 'string' ? values['on'] : todayInChina();
    setValues(outcome === originalKind ? initial : initialValues(outcome, { ...defaults, today: on }));
    setErrors({});
  }

  const shown = (path: string) =>
    path === REASON || (path.split('.')[0] ?? '') in values || (kind === 'assign' && path.startsWith('mediators'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    const checked = checkStep(kind, values);
    const found = { ...checked.errors };
    if (correcting && [...reason.trim()].length < 2) found[REASON] = '请写明更正理由，至少2个字';
    setErrors(found);
    setProblem(null);
    if (!checked.step || Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const saved = await onSubmit(checked.step, reason.trim());
      notifySuccess(correcting ? '已更正' : '已记录', `${STEP_LABELS[kind]}已${correcting ? '更正' : '记入案件'}`);
      onSaved(saved);
    } catch (error) {
      const fieldErrors = serverStepErrors(error) ?? {};
      setErrors(fieldErrors);
      const unplaced = Object.entries(fieldErrors).filter(([path]) => !shown(path));
      if (Object.keys(fieldErrors).length === 0 || unplaced.length > 0)
        setProblem({
          message: toPayload(error).message,
          details: unplaced.map(([p, m]) => (stepFieldLabel(p) ? `${stepFieldLabel(p)}：${m}` : m)),
        });
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={correcting ? `更正：${label}` : label} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {correcting && isOutcomeKind(originalKind) && (
            <Select
              label="更正后的调解结果"
              data={OUTCOME_KINDS.map((k) => ({ value: k, label: STEP_LABELS[k] }))}
              value={kind}
              onChange={changeOutcome}
              allowDeselect={false}
            />
          )}
          <StepFields kind={kind} form={form} detail={detail} />
          {correcting && (
            <Textarea
              label="更正理由"
              description="写明原记录哪里有误，原记录会保留并标明“已更正”"
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setErrors((er) => Object.fromEntries(Object.entries(er).filter(([p]) => p !== REASON)));
              }}
              error={errorAt(errors, REASON)}
              autosize
              minRows={2}
              required
            />
          )}
          {problem && (
            <Alert color="red" title={correcting ? '没有更正' : '没有记录'}>
              {problem.message}
              {problem.details.length > 0 && (
                <List size="sm" mt="xs">
                  {problem.details.map((d) => (
                    <List.Item key={d}>{d}</List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          <DialogButtons onCancel={onClose} busy={busy} />
        </Stack>
      </form>
    </Modal>
  );
}
