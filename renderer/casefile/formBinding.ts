// The props that bind a Mantine input to one field of a step's form: value, change, and the field's errors
// (also those of its parts, e.g. 'present.1' under 'present').
import type { ChangeEvent } from 'react';
import type { FieldErrors } from '../common/fieldErrors.ts';
import type { FieldValue, StepValues } from './stepValues.ts';

/** What separates names typed into a list field, besides Enter. */
export const LIST_SPLIT = [',', '，', '、', ';', '；'];

export interface StepFormState {
  values: StepValues;
  errors: FieldErrors;
  set: (name: string, value: FieldValue) => void;
}

/** The messages at `name` and under it, joined. */
export function errorAt(errors: FieldErrors, name: string): string | undefined {
  const messages = Object.entries(errors)
    .filter(([path]) => path === name || path.startsWith(`${name}.`))
    .map(([, message]) => message);
  return messages.length ? [...new Set(messages)].join('；') : undefined;
}

export function bindText(form: StepFormState, name: string) {
  const value = form.values[name];
  return {
    value: typeof value === 'string' ? value : '',
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => form.set(name, e.currentTarget.value),
    error: errorAt(form.errors, name),
  };
}

/** A date (DateField) or a single choice (Select, Radio.Group). */
export function bindChoice(form: StepFormState, name: string) {
  const value = form.values[name];
  return {
    value: typeof value === 'string' ? value : null,
    onChange: (v: string | null) => form.set(name, v),
    error: errorAt(form.errors, name),
  };
}

/** A list of words (TagsInput, MultiSelect, Checkbox.Group). */
export function bindList(form: StepFormState, name: string) {
  const value = form.values[name];
  return {
    value: Array.isArray(value) ? value : [],
    onChange: (v: string[]) => form.set(name, v),
    error: errorAt(form.errors, name),
  };
}

export function bindCheck(form: StepFormState, name: string) {
  return {
    checked: form.values[name] === true,
    onChange: (e: ChangeEvent<HTMLInputElement>) => form.set(name, e.currentTarget.checked),
    error: errorAt(form.errors, name),
  };
}
