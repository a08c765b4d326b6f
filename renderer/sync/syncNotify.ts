// Notifications of the 同步 page's actions, in the clerk's words (the hub's technical note left out).
import { notifications } from '@mantine/notifications';
import { describeForClerk } from '../api/errors.ts';
import { clerkWords } from './syncText.ts';

export function notifySyncError(error: unknown, title: string): void {
  notifications.show({ color: 'red', title, message: clerkWords(describeForClerk(error)), autoClose: 10_000 });
}

/** A problem found in the page before anything was sent (an empty file). */
export function notifySyncProblem(title: string, message: string): void {
  notifications.show({ color: 'red', title, message, autoClose: 10_000 });
}

export function notifySyncDone(title: string, message: string, color: 'green' | 'orange' = 'green'): void {
  notifications.show({ color, title, message });
}
