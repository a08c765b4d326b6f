// The roster form's fields (adding and editing alike): committee, person, contact, post, full-time or part-time,
// joining date, occupation, note. A valid ID number fills in sex and date of birth.
import { Fieldset, Radio, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { Committee } from '../../shared/domain/committee.ts';
import { EDUCATIONS, MEDIATOR_POSTS, POLITICAL_STATUSES } from '../../shared/domain/mediator.ts';
import { ETHNICITIES, SEXES, labelOf } from '../../shared/domain/reference.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { ID_NUMBER_MESSAGES, checkIdNumber, idNumberFacts, normalizeIdNumber } from '../../shared/rules/idNumber.ts';
import { CodeSelect } from '../common/CodeSelect.tsx';
import { DateField } from '../common/DateField.tsx';
import { formatDate } from '../common/dates.ts';
import type { FieldErrors } from '../common/fieldErrors.ts';
import type { MediatorDraft } from './mediatorDraft.ts';

interface MediatorFieldsGridProps {
  draft: MediatorDraft;
  errors: FieldErrors;
  committees: Committee[];
  /** Changes some fields (their problems are cleared by the caller). */
  onChange: (patch: Partial<MediatorDraft>) => void;
  /** Sets or clears the problem of one field (the ID number, checked as it is typed). */
  onError: (path: string, message: string | null) => void;
}

/** What is wrong with an ID number as typed so far (nothing until 18 characters, unless `final`). */
function idProblem(raw: string, final: boolean): string | null {
  const id = normalizeIdNumber(raw);
  if (id === '' || (!final && id.length < 18)) return null;
  const problem = checkIdNumber(id);
  return problem ? ID_NUMBER_MESSAGES[problem] : null;
}

export function MediatorFieldsGrid({ draft, errors, committees, onChange, onError }: MediatorFieldsGridProps) {
  const id = normalizeIdNumber(draft.idNumber);
  const idValid = id.length === 18 && checkIdNumber(id) === null;

  function changeIdNumber(raw: string) {
    const normalized = normalizeIdNumber(raw);
    const problem = idProblem(normalized, false);
    if (normalized.length === 18 && problem === null) onChange({ idNumber: raw, ...idNumberFacts(normalized) });
    else onChange({ idNumber: raw });
    onError('idNumber', problem);
  }

  return (
    <Stack gap="sm">
      <Fieldset legend="个人信息">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <TextInput
            label="姓名"
            value={draft.name}
            onChange={(e) => onChange({ name: e.currentTarget.value })}
            error={errors['name']}
            required
          />
          <TextInput
            label="身份证号码"
            value={draft.idNumber}
            onChange={(e) => changeIdNumber(e.currentTarget.value)}
            onBlur={() => onError('idNumber', idProblem(draft.idNumber, true))}
            error={errors['idNumber']}
            description={
              idValid
                ? `号码有效：${labelOf(SEXES, idNumberFacts(id).sex)}，${formatDate(idNumberFacts(id).birthDate)}出生`
                : '18位，填写后自动带出性别和出生日期'
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            maxLength={22}
            autoComplete="off"
          />
          <CodeSelect label="性别" list={SEXES} value={draft.sex} onChange={(sex) => onChange({ sex })} error={errors['sex']} clearable />
          <Select
            label="民族"
            data={[...ETHNICITIES]}
            value={draft.ethnicity}
            onChange={(ethnicity) => onChange({ ethnicity })}
            error={errors['ethnicity']}
            searchable
            clearable
            nothingFoundMessage="没有这个民族，请检查"
          />
          <DateField
            label="出生日期"
            value={draft.birthDate}
            onChange={(birthDate) => onChange({ birthDate })}
            error={errors['birthDate']}
            maxDate={todayInChina()}
            defaultLevel="decade"
            clearable
          />
          <TextInput
            label="联系电话"
            value={draft.phone}
            onChange={(e) => onChange({ phone: e.currentTarget.value })}
            error={errors['phone']}
          />
          <CodeSelect
            label="文化程度"
            list={EDUCATIONS}
            value={draft.education}
            onChange={(education) => onChange({ education })}
            error={errors['education']}
            clearable
          />
          <CodeSelect
            label="政治面貌"
            list={POLITICAL_STATUSES}
            value={draft.politicalStatus}
            onChange={(politicalStatus) => onChange({ politicalStatus })}
            error={errors['politicalStatus']}
            clearable
          />
          <TextInput
            label="工作单位或职业"
            description="兼职调解员的本职工作"
            value={draft.occupation}
            onChange={(e) => onChange({ occupation: e.currentTarget.value })}
            error={errors['occupation']}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend="任职情况">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <Select
            label="调委会"
            data={committees.map((c) => ({ value: c.id, label: c.name }))}
            value={draft.committeeId}
            onChange={(committeeId) => onChange({ committeeId })}
            error={errors['committeeId']}
            allowDeselect={false}
            searchable
            required
          />
          <CodeSelect
            label="职务"
            list={MEDIATOR_POSTS}
            value={draft.post}
            onChange={(post) => onChange({ post: post ?? draft.post })}
            error={errors['post']}
            allowDeselect={false}
            required
          />
          <DateField
            label="加入日期"
            value={draft.joinedOn}
            onChange={(joinedOn) => onChange({ joinedOn })}
            error={errors['joinedOn']}
            clearable
          />
          <Radio.Group
            label="专职或兼职"
            value={draft.fullTime ? 'full' : 'part'}
            onChange={(v) => onChange({ fullTime: v === 'full' })}
            error={errors['fullTime']}
          >
            <Group gap="lg" mt={8}>
              <Radio value="full" label="专职" />
              <Radio value="part" label="兼职" />
            </Group>
          </Radio.Group>
        </SimpleGrid>
        <Textarea
          label="备注"
          value={draft.note}
          onChange={(e) => onChange({ note: e.currentTarget.value })}
          error={errors['note']}
          autosize
          minRows={2}
          mt="sm"
        />
      </Fieldset>
    </Stack>
  );
}
