// One level of the four-colour warning as this area words it: name, criteria, handling, review interval; read-only
// when the district sets the warnings for all its committees.
import { Fieldset, NumberInput, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { RISK_LEVELS } from '../../shared/domain/reference.ts';
import type { FieldErrors } from '../common/fieldErrors.ts';
import type { LevelDraft, WarningCode } from './configDraft.ts';

interface WarningLevelFieldsProps {
  code: WarningCode;
  level: LevelDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<LevelDraft>) => void;
  /** Set by the district (区司法局): shown, not edited. */
  readOnly?: boolean;
}

export function WarningLevelFields({ code, level, errors, onChange, readOnly = false }: WarningLevelFieldsProps) {
  const risk = RISK_LEVELS.find((r) => r.code === code);
  const err = (field: keyof LevelDraft) => errors[`warnings.${code}.${field}`];
  const fixed = readOnly ? ({ readOnly: true, variant: 'filled' } as const) : ({ required: true } as const);
  return (
    <Fieldset legend={`${risk?.label ?? code}等级`} style={{ borderLeft: `4px solid var(--mantine-color-${risk?.color ?? 'gray'}-6)` }}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label="名称"
          value={level.label}
          onChange={(e) => onChange({ label: e.currentTarget.value })}
          error={err('label')}
          {...fixed}
        />
        <NumberInput
          label="复核间隔天数"
          description="0 表示不要求定期复核"
          value={level.reviewDays}
          onChange={(v) => onChange({ reviewDays: v })}
          error={err('reviewDays')}
          readOnly={readOnly}
          variant={readOnly ? 'filled' : 'default'}
          min={0}
          max={365}
          allowDecimal={false}
          allowNegative={false}
        />
      </SimpleGrid>
      <Textarea
        label="标准"
        value={level.criteria}
        onChange={(e) => onChange({ criteria: e.currentTarget.value })}
        error={err('criteria')}
        autosize
        minRows={2}
        mt="sm"
        {...fixed}
      />
      <Textarea
        label="处置要求"
        value={level.handling}
        onChange={(e) => onChange({ handling: e.currentTarget.value })}
        error={err('handling')}
        autosize
        minRows={2}
        mt="sm"
        {...fixed}
      />
    </Fieldset>
  );
}
