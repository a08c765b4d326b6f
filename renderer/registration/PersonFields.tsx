// A natural person's fields (自然人): name, ID number (checked as typed; fills sex and birth date), contact.
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { ETHNICITIES, SEXES, labelOf } from '../../shared/domain/reference.ts';
import { idNumberFacts, normalizeIdNumber } from '../../shared/rules/idNumber.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { DateField } from '../common/DateField.tsx';
import { formatDate } from '../common/dates.ts';
import { idNumberProblem } from './checks.ts';
import type { PartyFieldsProps } from './partyProps.ts';
import { PartyPhoneField } from './PartyPhoneField.tsx';

export function PersonFields({ party, path, errors, onChange, onError }: PartyFieldsProps) {
  const err = (field: string) => errors[`${path}.${field}`];
  const id = normalizeIdNumber(party.idNumber);
  const idValid = id.length === 18 && idNumberProblem(id, true) === null;

  function changeIdNumber(raw: string) {
    const normalized = normalizeIdNumber(raw);
    const problem = idNumberProblem(normalized, false);
    if (normalized.length === 18 && problem === null) {
      const facts = idNumberFacts(normalized);
      onChange({ idNumber: raw, sex: facts.sex, birthDate: facts.birthDate });
    } else {
      onChange({ idNumber: raw });
    }
    onError('idNumber', problem);
  }

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
      <TextInput label="姓名" value={party.name} onChange={(e) => onChange({ name: e.currentTarget.value })} error={err('name')} required />
      <TextInput
        label="身份证号码"
        value={party.idNumber}
        onChange={(e) => changeIdNumber(e.currentTarget.value)}
        onBlur={() => onError('idNumber', idNumberProblem(party.idNumber, true))}
        error={err('idNumber')}
        description={
          idValid
            ? `号码有效：${labelOf(SEXES, idNumberFacts(id).sex)}，${formatDate(idNumberFacts(id).birthDate)}出生`
            : '18位，填写后自动带出性别和出生日期'
        }
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        maxLength={22}
        autoComplete="off"
        inputMode="text"
      />
      <Select
        label="性别"
        data={SEXES.map((s) => ({ value: s.code, label: s.label }))}
        value={party.sex}
        onChange={(value) => onChange({ sex: value === 'male' || value === 'female' ? value : null })}
        error={err('sex')}
        clearable
      />
      <Select
        label="民族"
        data={[...ETHNICITIES]}
        value={party.ethnicity}
        onChange={(value) => onChange({ ethnicity: value })}
        error={err('ethnicity')}
        searchable
        nothingFoundMessage="没有这个民族，请检查"
      />
      <DateField
        label="出生日期"
        value={party.birthDate}
        onChange={(value) => onChange({ birthDate: value })}
        error={err('birthDate')}
        maxDate={todayInChina()}
        defaultLevel="decade"
        clearable
      />
      <PartyPhoneField party={party} path={path} errors={errors} onChange={onChange} onError={onError} />
      <TextInput
        label="职业"
        value={party.occupation}
        onChange={(e) => onChange({ occupation: e.currentTarget.value })}
        error={err('occupation')}
      />
      <TextInput label="住址" value={party.address} onChange={(e) => onChange({ address: e.currentTarget.value })} error={err('address')} />
    </SimpleGrid>
  );
}
