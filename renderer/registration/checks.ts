// Checks of the registration form: the contract's own schema on submit, and single fields as they are typed.
import { contract } from '../../shared/api/contract.ts';
import type { CaseRegistration } from '../../shared/domain/case.ts';
import { ID_NUMBER_MESSAGES, checkIdNumber, normalizeIdNumber } from '../../shared/rules/idNumber.ts';
import { PHONE_MESSAGE, isValidPhone, normalizePhone } from '../../shared/rules/phone.ts';
import { issuesToErrors, withMessage, type FieldErrors } from '../common/fieldErrors.ts';
import { isHandover, toCandidate, type CaseDraft } from './draft.ts';

/** Every problem of the draft by field path, and the parsed input when there is none. */
export function checkDraft(draft: CaseDraft): { errors: FieldErrors; input: CaseRegistration | null } {
  const parsed = contract['cases.register'].input.safeParse(toCandidate(draft));
  let errors = parsed.success ? {} : issuesToErrors(parsed.error.issues);
  // The schema checks the roles only once every field is valid; the clerk should hear it at once.
  if (!draft.parties.some((p) => p.role === 'applicant')) errors = withMessage(errors, 'parties', '至少需要一名申请人');
  if (!draft.parties.some((p) => p.role === 'respondent')) errors = withMessage(errors, 'parties', '至少需要一名被申请人');
  if (!draft.registeredOn) errors = { ...errors, registeredOn: '请填写登记日期' };
  if (isHandover(draft.source)) {
    if (draft.referral.body.trim() === '') errors = { ...errors, 'referral.body': '请填写移送单位' };
    if (!draft.referral.date) errors = { ...errors, 'referral.date': '请填写移送日期' };
  }
  const ok = parsed.success && Object.keys(errors).length === 0;
  return { errors, input: ok ? parsed.data : null };
}

/**
 * What is wrong with an ID number being typed, or null. While typing (`final` false) a short number is not
 * yet an error; on leaving the field it is.
 */
export function idNumberProblem(raw: string, final: boolean): string | null {
  const id = normalizeIdNumber(raw);
  if (id === '' || (!final && id.length < 18)) return null;
  const problem = checkIdNumber(id);
  return problem ? ID_NUMBER_MESSAGES[problem] : null;
}

export function phoneProblem(raw: string): string | null {
  if (raw.trim() === '') return null;
  return isValidPhone(normalizePhone(raw)) ? null : PHONE_MESSAGE;
}
