// An organisation's fields (法人或其他组织): name, legal representative and title, domicile, phone.
import { SimpleGrid, TextInput } from '@mantine/core';
import { phoneProblem } from './checks.ts';
import type { PartyFieldsProps } from './partyProps.ts';

export function OrganizationFields({ party, path, errors, onChange, onError }: PartyFieldsProps) {
  const err = (field: string) => errors[`${path}.${field}`];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
      <TextInput
        label="单位名称"
        value={party.name}
        onChange={(e) => onChange({ name: e.currentTarget.value })}
        error={err('name')}
        required
      />
      <TextInput
        label="法定代表人"
        value={party.legalRepresentative}
        onChange={(e) => onChange({ legalRepresentative: e.currentTarget.value })}
        error={err('legalRepresentative')}
      />
      <TextInput
        label="职务"
        value={party.representativeTitle}
        onChange={(e) => onChange({ representativeTitle: e.currentTarget.value })}
        error={err('representativeTitle')}
        placeholder="如 总经理"
      />
      <TextInput
        label="联系电话"
        value={party.phone}
        onChange={(e) => onChange({ phone: e.currentTarget.value })}
        onBlur={() => onError('phone', phoneProblem(party.phone))}
        error={err('phone')}
        placeholder="手机或带区号的固定电话"
        inputMode="tel"
      />
      <TextInput
        label="住所地"
        value={party.address}
        onChange={(e) => onChange({ address: e.currentTarget.value })}
        error={err('address')}
      />
    </SimpleGrid>
  );
}
