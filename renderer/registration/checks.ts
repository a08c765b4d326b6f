// Checks of the registration form: the contract's own schema on submit ('cases.register', or 'cases.update' for
// an edit), and single fields as they are typed.
import { contract } from '../../shared/api/contract.ts';
import type { z } from '../../shared/zod.ts';
import type { CaseRegistration, CaseUpdate } from '../../shared/domain/case.ts';
import { ID_NUMBER_MESSAGES, checkIdNumber, normalizeIdNumber } from '../../shared/rules/idNumber.ts';
import { PHONE_MESSAGE, isValidPhone, normalizePhone } from '../../shared/rules/phone.ts';
import { fieldLabel } from '../api/fieldLabels.ts';
import { issuesToErrors, withMessage, type FieldErrors } from '../common/fieldErrors.ts';
import { isHandover, partyTitle, toCandidate, type CaseDraft } from './draft.ts';

/** Every problem of the draft by field path, and the parsed 'cases.register' input when there is none. */
export function checkDraft(draft: CaseDraft): { errors: FieldErrors; input: CaseRegistration | null } {
  return checkWith(contract['cases.register'].input, toCandidate(draft), draft);
}

/** The same checks for an edit of the registration of a case (as last read: its id and version). */
export function checkUpdate(draft: CaseDraft, target: { id: string; version: number }): { errors: FieldErrors; input: CaseUpdate | null } {
  return checkWith(contract['cases.update'].input, toUpdateCandidate(draft, target), draft);
}

/** The edit's input: the registration's fields without what an edit cannot change (committee, colour, origin). */
function toUpdateCandidate(draft: CaseDraft, target: { id: string; version: number }) {
  const { committeeId: _committee, screeningFindingId: _finding, riskLevel: _risk, ...fields } = toCandidate(draft);
  return { id: target.id, version: target.version, ...fields };
}

function checkWith<S extends z.ZodType>(
  schema: S,
  candidate: unknown,
  draft: CaseDraft,
): { errors: FieldErrors; input: z.output<S> | null } {
  const parsed = schema.safeParse(candidate);
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
 * 'parties.1.idNumber' → '被申请人 1的身份证号码' ('parties.0.agent.name' → '申请人 1的代理人姓名'), for the
 * notification after a server-side refusal.
 */
export function serverFieldLabel(draft: CaseDraft, path: string): string {
  const m = /^parties\.(\d+)\.\w+(\.\w+)?$/.exec(path);
  if (!m) return fieldLabel(path);
  return `${partyTitle(draft.parties, Number(m[1]))}的${fieldLabel(path).replace(/^第\d+名当事人的/, '')}`;
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
