// The phone field of a party, person or organisation: checked when the clerk leaves it.
import { TextInput } from '@mantine/core';
import { phoneProblem } from './checks.ts';
import type { PartyFieldsProps } from './partyProps.ts';

export function PartyPhoneField({ party, path, errors, onChange, onError }: PartyFieldsProps) {
  return (
    <TextInput
      label="联系电话"
      value={party.phone}
      onChange={(e) => onChange({ phone: e.currentTarget.value })}
      onBlur={() => onError('phone', phoneProblem(party.phone))}
      error={errors[`${path}.phone`]}
      placeholder="手机或带区号的固定电话"
      inputMode="tel"
      autoComplete="off"
    />
  );
}
