// Turns any failure into words for the clerk, and shows it as a notification.
import { notifications } from '@mantine/notifications';
import { AppError, describeError, isAppError, type ErrorPayload } from '../../shared/errors.ts';
import { fieldLabel } from './fieldLabels.ts';

const UNEXPECTED: ErrorPayload = { code: 'INTERNAL', message: '出现了意外错误，请重试；如果一再出现，请联系技术支持' };

/** The payload of an AppError; anything else becomes a generic Chinese message (never raw English). */
export function toPayload(error: unknown): ErrorPayload {
  if (isAppError(error)) return error.toPayload();
  return UNEXPECTED;
}

/** One paragraph for a notification: field paths become the labels the clerk sees on screen. */
export function describeForClerk(error: unknown, label: (path: string) => string = fieldLabel): string {
  const payload = toPayload(error);
  const issues = payload.issues?.map((issue) => ({ path: label(issue.path), message: issue.message }));
  return describeError(issues ? { ...payload, issues } : payload);
}

export function notifyError(error: unknown, title = '操作没有完成', label?: (path: string) => string): void {
  notifications.show({ color: 'red', title, message: describeForClerk(error, label), autoClose: 8000 });
}

export function notifySuccess(title: string, message: string): void {
  notifications.show({ color: 'green', title, message });
}

export { AppError };
