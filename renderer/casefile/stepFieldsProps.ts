// What the fields of every step's form get: the step kind, the form's state, and the case it is for.
import type { CaseDetail } from '../../shared/domain/case.ts';
import type { StepKind } from '../../shared/domain/lifecycle.ts';
import type { StepFormState } from './formBinding.ts';

export interface StepFieldsProps {
  kind: StepKind;
  form: StepFormState;
  detail: CaseDetail;
}
