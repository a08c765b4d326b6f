// A committee's fields, for adding and for editing: name, kind, statistical area code, case-number abbreviation,
// the committee it comes under, and the address and phone its documents print.
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { Committee } from '../../shared/domain/committee.ts';
import { COMMITTEE_KINDS, type CommitteeKind } from '../../shared/domain/reference.ts';
import { CodeSelect } from '../common/CodeSelect.tsx';
import type { FieldErrors } from '../common/fieldErrors.ts';

export interface CommitteeDraft {
  name: string;
  kind: CommitteeKind;
  areaCode: string;
  abbreviation: string;
  parentId: string | null;
  address: string;
  phone: string;
}

/** The paths these fields show; any other problem is said above the buttons. */
export const COMMITTEE_PATHS: readonly string[] = ['name', 'kind', 'areaCode', 'abbreviation', 'parentId', 'address', 'phone'];

interface CommitteeFieldsProps {
  draft: CommitteeDraft;
  errors: FieldErrors;
  /** The committees it may come under. */
  parents: Committee[];
  /** What the abbreviation field says about changing it. */
  abbreviationNote: string;
  onChange: (patch: Partial<CommitteeDraft>) => void;
}

export function CommitteeFields({ draft, errors, parents, abbreviationNote, onChange }: CommitteeFieldsProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput
        label="调委会名称"
        value={draft.name}
        onChange={(e) => onChange({ name: e.currentTarget.value })}
        error={errors['name']}
        required
      />
      <CodeSelect
        label="类型"
        list={COMMITTEE_KINDS}
        value={draft.kind}
        onChange={(kind) => onChange({ kind: kind ?? draft.kind })}
        error={errors['kind']}
        allowDeselect={false}
        required
      />
      <TextInput
        label="统计用区划代码"
        description="12位数字，如 320102005001"
        value={draft.areaCode}
        onChange={(e) => onChange({ areaCode: e.currentTarget.value.trim() })}
        error={errors['areaCode']}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        inputMode="numeric"
        maxLength={12}
        required
      />
      <TextInput
        label="案号简称"
        description={abbreviationNote}
        value={draft.abbreviation}
        onChange={(e) => onChange({ abbreviation: e.currentTarget.value })}
        error={errors['abbreviation']}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        required
      />
      <Select
        label="上级调委会"
        placeholder="无"
        data={parents.map((c) => ({ value: c.id, label: c.name }))}
        value={draft.parentId}
        onChange={(parentId) => onChange({ parentId })}
        error={errors['parentId']}
        clearable
      />
      <TextInput
        label="地址"
        description="印在协议书、告知书等文书上"
        value={draft.address}
        onChange={(e) => onChange({ address: e.currentTarget.value })}
        error={errors['address']}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        maxLength={100}
      />
      <TextInput
        label="联系电话"
        description="手机或固定电话，如 025-84412345"
        value={draft.phone}
        onChange={(e) => onChange({ phone: e.currentTarget.value })}
        error={errors['phone']}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        inputMode="tel"
      />
    </SimpleGrid>
  );
}
