// One dispute found in screening: what it is about, its type, how many people, its risk and how it was handled.
import { Button, Fieldset, NumberInput, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { FINDING_HANDLINGS } from '../../shared/domain/screening.ts';
import { DISPUTE_TYPES, RISK_LEVELS } from '../../shared/domain/reference.ts';
import { belowGroupThreshold } from '../../shared/rules/lifecycle.ts';
import type { FieldErrors } from '../common/fieldErrors.ts';
import type { FindingDraft } from './reportDraft.ts';

interface FindingFieldsProps {
  index: number;
  finding: FindingDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<FindingDraft>) => void;
  /** Absent when this is the only finding. */
  onRemove?: (() => void) | undefined;
  /** People from which a dispute counts as a group dispute (设置 → 办案设置). */
  groupSize: number;
}

export function FindingFields({ index, finding, errors, onChange, onRemove, groupSize }: FindingFieldsProps) {
  const people = typeof finding.peopleCount === 'number' ? finding.peopleCount : 0;
  const groupHint =
    finding.riskLevel && belowGroupThreshold(people, finding.riskLevel, groupSize)
      ? `涉及${people}人，已达群体性纠纷标准（${groupSize}人以上），一般应定为橙色或红色预警`
      : undefined;
  const title = `第 ${index + 1} 件纠纷`;
  const err = (field: string) => errors[`findings.${index}.${field}`];
  return (
    <Fieldset legend={title} variant="filled">
      <Stack gap="sm">
        <Textarea
          label="纠纷情况"
          description="当事人、起因、争议焦点，至少5个字"
          value={finding.summary}
          onChange={(e) => onChange({ summary: e.currentTarget.value })}
          error={err('summary')}
          autosize
          minRows={2}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="纠纷类型"
            data={DISPUTE_TYPES.map((t) => ({ value: t.code, label: t.label }))}
            value={finding.disputeType}
            onChange={(v) => onChange({ disputeType: DISPUTE_TYPES.find((t) => t.code === v)?.code ?? null })}
            error={err('disputeType')}
            searchable
            required
          />
          <NumberInput
            label="涉及人数"
            value={finding.peopleCount}
            onChange={(v) => onChange({ peopleCount: v })}
            error={err('peopleCount')}
            min={1}
            allowDecimal={false}
            allowNegative={false}
            required
          />
          <Select
            label="风险等级"
            data={RISK_LEVELS.map((r) => ({ value: r.code, label: r.label }))}
            value={finding.riskLevel}
            onChange={(v) => onChange({ riskLevel: RISK_LEVELS.find((r) => r.code === v)?.code ?? null })}
            error={err('riskLevel')}
            description={groupHint}
            allowDeselect={false}
            required
          />
          <Select
            label="处置情况"
            data={FINDING_HANDLINGS.map((h) => ({ value: h.code, label: h.label }))}
            value={finding.handling}
            onChange={(v) => onChange({ handling: FINDING_HANDLINGS.find((h) => h.code === v)?.code ?? null })}
            error={err('handling')}
            description={finding.handling === 'registered' ? '请在“纠纷登记”中登记此案，案件来源选“主动调解”' : undefined}
            required
          />
        </SimpleGrid>
        {onRemove && (
          <Button variant="subtle" color="red" size="xs" onClick={onRemove} style={{ alignSelf: 'flex-start' }}>
            删除{title}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}
