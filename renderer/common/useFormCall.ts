// Sending a form's call: busy meanwhile; a refusal lands next to the fields it names (the contract's paths), or
// else as one message in the clerk's words for an alert in the form.
import { useState, type ChangeEvent, type Dispatch, type SetStateAction } from 'react';
import { describeForClerk } from '../api/errors.ts';
import { clearError, errorsFromServer, type FieldErrors } from './fieldErrors.ts';

/** What a text, password or textarea field needs to show a value and its problem, and to clear the problem when edited. */
export interface BoundField {
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}

/** What a field giving its value directly (a date, a select, a number) needs, like BoundField. */
export interface BoundValue<T> {
  value: T;
  error: string | undefined;
  onChange: (value: T) => void;
}

export interface FormCall {
  errors: FieldErrors;
  setErrors: Dispatch<SetStateAction<FieldErrors>>;
  /** Clears one field's problem (the person is correcting it). */
  clear: (path: string) => void;
  /** `<TextInput label="姓名" {...form.bind('name', name, setName)} />` */
  bind: (path: string, value: string, set: (value: string) => void) => BoundField;
  /** `<DateField label="退出日期" {...form.bindValue('on', on, setOn)} />` */
  bindValue: <T>(path: string, value: T, set: (value: T) => void) => BoundValue<T>;
  /** A refusal not about a field, or null. */
  failure: string | null;
  busy: boolean;
  /**
   * `send(() => api.call('auth.login', input), onSignedIn)`: `done` gets the answer; a refusal is shown, unless
   * `refused` takes care of it (returns true).
   */
  send: <T>(call: () => Promise<T>, done: (value: T) => void, refused?: (error: unknown) => boolean) => Promise<void>;
}

export function useFormCall(): FormCall {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send<T>(call: () => Promise<T>, done: (value: T) => void, refused?: (error: unknown) => boolean) {
    setFailure(null);
    setBusy(true);
    let value: T;
    try {
      value = await call();
    } catch (error) {
      setBusy(false);
      if (refused?.(error)) return;
      const fields = errorsFromServer(error);
      if (fields) setErrors(fields);
      else setFailure(describeForClerk(error));
      return;
    }
    // Usually the form goes away now (a dialog closes, the gate moves on); if it stays, it can be sent again.
    setBusy(false);
    done(value);
  }

  const clear = (path: string) => setErrors((e) => clearError(e, path));
  const bind = (path: string, value: string, set: (value: string) => void): BoundField => ({
    value,
    error: errors[path],
    onChange: (event) => {
      set(event.currentTarget.value);
      clear(path);
    },
  });
  const bindValue = <T>(path: string, value: T, set: (value: T) => void): BoundValue<T> => ({
    value,
    error: errors[path],
    onChange: (next) => {
      set(next);
      clear(path);
    },
  });
  return { errors, setErrors, clear, bind, bindValue, failure, busy, send };
}
