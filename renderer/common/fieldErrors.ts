// Error messages by field path ('facts', 'parties.1.idNumber'), from the contract's zod schema on the client
// or from the server's AppError.issues — the same paths either way, so one map serves both.
import { isAppError } from '../../shared/errors.ts';

export type FieldErrors = Record<string, string>;

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

function addMessage(errors: FieldErrors, path: string, message: string): void {
  const existing = errors[path];
  if (existing === undefined) errors[path] = message;
  else if (!existing.split('；').includes(message)) errors[path] = `${existing}；${message}`;
}

/** Zod issues → one line per path (several problems with one path are joined with '；'). */
export function issuesToErrors(issues: readonly IssueLike[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) addMessage(errors, issue.path.map(String).join('.'), issue.message);
  return errors;
}

/** The field errors an API call failed with, or null when the failure is not about fields. */
export function errorsFromServer(error: unknown): FieldErrors | null {
  if (!isAppError(error) || !error.issues?.length) return null;
  const errors: FieldErrors = {};
  for (const issue of error.issues) addMessage(errors, issue.path, issue.message);
  return errors;
}

/** Adds one more problem to a path: `withMessage(errors, 'parties', '至少需要一名被申请人')`. */
export function withMessage(errors: FieldErrors, path: string, message: string): FieldErrors {
  const next = { ...errors };
  addMessage(next, path, message);
  return next;
}

/** The map without one path's message (when the clerk edits that field). */
export function clearError(errors: FieldErrors, path: string): FieldErrors {
  if (!(path in errors)) return errors;
  const next = { ...errors };
  delete next[path];
  return next;
}

/** Sets or clears one path's message. */
export function setError(errors: FieldErrors, path: string, message: string | null): FieldErrors {
  if (message === null) return clearError(errors, path);
  return errors[path] === message ? errors : { ...errors, [path]: message };
}
