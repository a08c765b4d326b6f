// Phone fields of the registration form (a party's, its agent's): checked when the clerk leaves them.
import { TextInput } from '@mantine/core';
import { phoneProblem } from './checks.ts';
import type { PartyFieldsProps } from './partyProps.ts';

interface PhoneFieldProps {
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  /** Sets or clears the field's error when the clerk leaves it. */
  onError: (message: string | null) => void;
}

export function PhoneField({ label, value, error, onChange, onError }: PhoneFieldProps) {
  return (
    <TextInput
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={() => onError(phoneProblem(value))}
      error={error}
      placeholder="手机或带区号的固定电话"
      inputMode="tel"
      autoComplete="off"
    />
  );
}

/** The party's own phone (联系电话), person or organisation. */
export function PartyPhoneField({ party, path, errors, onChange, onError }: Omit<PartyFieldsProps, 'onAgentChange'>) {
  return (
    <PhoneField
      label="联系电话"
      value={party.phone}
      error={errors[`${path}.phone`]}
      onChange={(phone) => onChange({ phone })}
      onError={(message) => onError('phone', message)}
    />
  );
}
