// A step's form checked with the contract's own schema before sending, and the server's issues placed on the
// form's fields: 'step.terms.0' and 'correction.replacement.terms.0' are both the field 'terms.0'.
import { StepInput, type Step, type StepKind } from '../../shared/domain/lifecycle.ts';
import { isAppError } from '../../shared/errors.ts';
import { issuesToErrors, type FieldErrors } from '../common/fieldErrors.ts';
import { yuanToFen } from './money.ts';
import { NOT_DIVERTED, type FieldValue, type StepValues } from './stepValues.ts';

const AMOUNT_MESSAGE = '金额请填写数字（元），最多两位小数，如 1200 或 1200.50';

/** What to say when a field the schema needs was left empty (zod would say "expected string"). */
const MISSING: Record<string, string> = {
  on: '请选择日期',
  performanceDeadline: '请选择履行期限',
  due: '请选择计划回访日期',
  mediatorId: '请选择回避的调解员',
  prevented: '请选择防止了哪种激化',
  people: '请填写涉及人数',
  improperMediation: '请选择是否因调解不当引发',
};

const text = (v: FieldValue | undefined) => (typeof v === 'string' ? v : '');
const list = (v: FieldValue | undefined) => (Array.isArray(v) ? v : []);
const yesNo = (v: FieldValue | undefined) => (v === 'yes' ? true : v === 'no' ? false : undefined);
/** A number of people as typed ('3'); empty → undefined, anything else not a number → NaN (the schema says so). */
const count = (v: FieldValue | undefined) => (typeof v === 'string' && v.trim() !== '' ? Number(v.trim()) : undefined);

/** The form as the schema sees it. */
export function toCandidate(kind: StepKind, values: StepValues): Record<string, unknown> {
  const c: Record<string, unknown> = { kind, ...values };
  if ('amountFen' in values) c['amountFen'] = yuanToFen(text(values['amountFen'])) ?? null;
  if (kind === 'assign') {
    c['mediators'] = list(values['mediatorIds']).map((id) => ({ mediatorId: id, lead: id === values['lead'] }));
    delete c['mediatorIds'];
    delete c['lead'];
  }
  if (kind === 'failure' && values['divertedTo'] === NOT_DIVERTED) c['divertedTo'] = null;
  if (kind === 'follow_up') {
    c['satisfied'] = yesNo(values['satisfied']);
    c['lawsuit'] = yesNo(values['lawsuit']);
  }
  if (kind === 'prevention') c['people'] = count(values['people']);
  if (kind === 'petition') c['improperMediation'] = yesNo(values['improperMediation']);
  return c;
}

/** Every problem of the form by field, and the step to send when there is none. */
export function checkStep(kind: StepKind, values: StepValues): { errors: FieldErrors; step: Step | null } {
  const parsed = StepInput.safeParse(toCandidate(kind, values));
  const issues = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '');
        const empty = issue.path.length === 1 && issue.code === 'invalid_type' && values[key] == null;
        return { path: issue.path, message: empty ? (MISSING[key] ?? '请填写此项') : issue.message };
      });
  const errors = issuesToErrors(issues);
  if ('amountFen' in values && yuanToFen(text(values['amountFen'])) === undefined) errors['amountFen'] = AMOUNT_MESSAGE;
  const ok = parsed.success && Object.keys(errors).length === 0;
  return { errors, step: ok ? parsed.data : null };
}

/** A server path as the form names it: 'step.terms.0' → 'terms.0'; 'correction.reason' stays. */
export function formPath(path: string): string {
  return path.replace(/^(step|correction\.replacement)\./, '');
}

/** The server's field issues by form path, or null when the failure is not about fields. */
export function serverStepErrors(error: unknown): FieldErrors | null {
  if (!isAppError(error) || !error.issues?.length) return null;
  return issuesToErrors(error.issues.map((i) => ({ path: formPath(i.path).split('.'), message: i.message })));
}
