// 移送信息: for a case handed over by the police, a court, the petition office…: who sent it, their reference
// number and the date, as written on the hand-over letter.
import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import type { FieldErrors } from '../common/fieldErrors.ts';
import { DateField } from '../common/DateField.tsx';
import type { ReferralDraft } from './draft.ts';

interface ReferralFieldsProps {
  referral: ReferralDraft;
  errors: FieldErrors;
  maxDate: string;
  onChange: (patch: Partial<ReferralDraft>) => void;
}

export function ReferralFields({ referral, errors, maxDate, onChange }: ReferralFieldsProps) {
  return (
    <Fieldset legend="移送信息" variant="filled" styles={{ legend: { fontWeight: 700 } }}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label="移送单位"
          value={referral.body}
          onChange={(e) => onChange({ body: e.currentTarget.value })}
          error={errors['referral.body']}
          placeholder="如 玄武公安分局梅园派出所"
          required
        />
        <TextInput
          label="移送文号"
          value={referral.reference}
          onChange={(e) => onChange({ reference: e.currentTarget.value })}
          error={errors['referral.reference']}
          placeholder="没有文号的可不填"
        />
        <DateField
          label="移送日期"
          value={referral.date}
          onChange={(date) => onChange({ date })}
          error={errors['referral.date']}
          maxDate={maxDate}
          required
        />
      </SimpleGrid>
    </Fieldset>
  );
}
