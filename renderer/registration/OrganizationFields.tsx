// An organisation's fields (法人或其他组织): name, legal representative and title, domicile, phone.
import { SimpleGrid, TextInput } from '@mantine/core';
import type { PartyFieldsProps } from './partyProps.ts';
import { PartyPhoneField } from './PartyPhoneField.tsx';

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
      <PartyPhoneField party={party} path={path} errors={errors} onChange={onChange} onError={onError} />
      <TextInput
        label="住所地"
        value={party.address}
        onChange={(e) => onChange({ address: e.currentTarget.value })}
        error={err('address')}
      />
    </SimpleGrid>
  );
}
