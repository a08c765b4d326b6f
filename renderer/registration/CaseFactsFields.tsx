// The case's own fields: type (named as the district names it, without the types it stopped offering), source
// (and, for a hand-over, who sent it), dates, place, brief facts and the parties' requests.
import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { CASE_SOURCES } from '../../shared/domain/reference.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import type { FieldErrors } from '../common/fieldErrors.ts';
import { DateField } from '../common/DateField.tsx';
import { useDisputeTypeOptions } from '../reference/useDisputeTypeOptions.ts';
import { isHandover, type CaseDraft, type CaseField, type ReferralDraft } from './draft.ts';
import { ReferralFields } from './ReferralFields.tsx';

interface CaseFactsFieldsProps {
  draft: CaseDraft;
  errors: FieldErrors;
  /** An edit: the registration date is shown but stays (the case number depends on it). */
  registeredOnFixed?: boolean;
  onChange: <K extends CaseField>(field: K, value: CaseDraft[K]) => void;
  onReferralChange: (patch: Partial<ReferralDraft>) => void;
}

export function CaseFactsFields({ draft, errors, registeredOnFixed = false, onChange, onReferralChange }: CaseFactsFieldsProps) {
  const today = todayInChina();
  const disputeTypes = useDisputeTypeOptions(draft.disputeType);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Select
          label="纠纷类型"
          data={disputeTypes}
          value={draft.disputeType}
          onChange={(v) => onChange('disputeType', disputeTypes.find((t) => t.value === v)?.value ?? null)}
          error={errors['disputeType']}
          placeholder="请选择"
          searchable
          required
        />
        <Select
          label="案件来源"
          data={CASE_SOURCES.map((s) => ({ value: s.code, label: s.label }))}
          value={draft.source}
          onChange={(v) => onChange('source', CASE_SOURCES.find((s) => s.code === v)?.code ?? null)}
          error={errors['source']}
          placeholder="请选择"
          required
        />
        <DateField
          label="登记日期"
          value={draft.registeredOn}
          onChange={(v) => onChange('registeredOn', v)}
          error={errors['registeredOn']}
          maxDate={today}
          required={!registeredOnFixed}
          readOnly={registeredOnFixed}
          variant={registeredOnFixed ? 'filled' : 'default'}
        />
        <DateField
          label="纠纷发生日期"
          value={draft.occurredOn}
          onChange={(v) => onChange('occurredOn', v)}
          error={errors['occurredOn']}
          maxDate={draft.registeredOn ?? today}
          clearable
        />
      </SimpleGrid>
      {isHandover(draft.source) && (
        <ReferralFields referral={draft.referral} errors={errors} maxDate={draft.registeredOn ?? today} onChange={onReferralChange} />
      )}
      <TextInput
        label="纠纷发生地点"
        value={draft.place}
        onChange={(e) => onChange('place', e.currentTarget.value)}
        error={errors['place']}
        placeholder="如 某小区5栋2单元"
      />
      <Textarea
        label="纠纷简要情况"
        description="写清纠纷的起因、经过和争议焦点，至少5个字"
        value={draft.facts}
        onChange={(e) => onChange('facts', e.currentTarget.value)}
        error={errors['facts']}
        autosize
        minRows={4}
        maxRows={12}
        required
      />
      <Textarea
        label="当事人请求"
        value={draft.requests}
        onChange={(e) => onChange('requests', e.currentTarget.value)}
        error={errors['requests']}
        autosize
        minRows={2}
        maxRows={8}
        placeholder="申请人希望解决的事项，如赔偿金额、停止侵害等"
      />
    </Stack>
  );
}
