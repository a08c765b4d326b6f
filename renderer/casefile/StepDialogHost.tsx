// Opens the right dialog for what the clerk asked: a new step (“cases.record”) from the 办理 bar, or the
// correction of a timeline entry (“cases.correct”, always aimed at the original record, prefilled with what is in
// force: the entry, or its latest correction).
import type { CaseDetail } from '../../shared/domain/case.ts';
import { STEP_KINDS, type StepKind } from '../../shared/domain/lifecycle.ts';
import type { TimelineEntry } from '../../shared/domain/progress.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { DEFAULT_CONFIG } from '../../shared/domain/config.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { StepDialog } from './StepDialog.tsx';
import { initialValues, valuesFromStep, type StepDefaults } from './stepValues.ts';

export type StepRequest = { kind: StepKind } | { entry: TimelineEntry };

interface StepDialogHostProps {
  detail: CaseDetail;
  request: StepRequest;
  onSaved: (detail: CaseDetail) => void;
  onClose: () => void;
}

const stepKind = (kind: string): StepKind | undefined => STEP_KINDS.find((k) => k === kind);

export function StepDialogHost({ detail, request, onSaved, onClose }: StepDialogHostProps) {
  const api = useApi();
  const config = useApiQuery('config.get', {}, { notify: false });
  const defaults: StepDefaults = {
    today: todayInChina(),
    riskLevel: detail.riskLevel,
    followUpAfterDays: (config.data ?? DEFAULT_CONFIG).followUpAfterDays,
  };
  const common = { detail, defaults, onSaved, onClose };
  // The form's proposals come from the configuration: open it once that is read (or could not be).
  if (config.data === undefined && config.error === undefined) return null;

  if ('kind' in request) {
    return (
      <StepDialog
        {...common}
        kind={request.kind}
        initial={initialValues(request.kind, defaults)}
        correcting={false}
        onSubmit={(step) => api.call('cases.record', { caseId: detail.id, step })}
      />
    );
  }

  const { entry } = request;
  // The form shows what is in force: the latest correction's content, when the entry was corrected before.
  const inForce = detail.progress.timeline.find((e) => e.id === entry.correctedBy) ?? entry;
  const kind = stepKind(inForce.step.kind);
  if (!kind) return null;
  return (
    <StepDialog
      {...common}
      kind={kind}
      initial={valuesFromStep(inForce.step)}
      correcting
      onSubmit={(step, reason) =>
        api.call('cases.correct', { caseId: detail.id, correction: { on: todayInChina(), targetId: entry.id, reason, replacement: step } })
      }
    />
  );
}
