// The AppError a call was refused with (and a failed test when it was not refused).
import { expect } from 'vitest';
import { AppError } from '../../shared/errors.ts';

export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
