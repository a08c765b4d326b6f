// One tier of the subsidy rules: its name and amount, and the conditions a case must meet (each left empty for
// any); buttons to move it up or down the order, or remove it.
import { ActionIcon, Checkbox, Fieldset, Group, MultiSelect, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { DISPUTE_TYPES, RISK_LEVELS } from '../../shared/domain/reference.ts';
import type { FieldErrors } from '../common/fieldErrors.ts';
import type { TierDraft } from './rulesDraft.ts';

interface TierFieldsProps {
  index: number;
  count: number;
  tier: TierDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<TierDraft>, field: string) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

export function TierFields({ index, count, tier, errors, onChange, onMove, onRemove }: TierFieldsProps) {
  const name = `第 ${index + 1} 档`;
  const err = (field: string) => errors[`tiers.${index}.${field}`];
  return (
    <Fieldset legend={name} variant="filled">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <Group align="flex-start" gap="sm">
          <TextInput
            label="档次名称"
            placeholder="如 一般、疑难复杂"
            value={tier.label}
            onChange={(e) => onChange({ label: e.currentTarget.value }, 'label')}
            error={err('label')}
            required
            w={180}
          />
          <TextInput
            label="补贴金额（元）"
            placeholder="如 100"
            value={tier.amount}
            onChange={(e) => onChange({ amount: e.currentTarget.value }, 'amountFen')}
            error={err('amountFen')}
            required
            w={160}
          />
        </Group>
        <Group gap={4} mt={24} wrap="nowrap">
          <ActionIcon variant="subtle" color="gray" aria-label={`上移${name}`} disabled={index === 0} onClick={() => onMove(-1)}>
            <IconArrowUp size={18} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="gray" aria-label={`下移${name}`} disabled={index === count - 1} onClick={() => onMove(1)}>
            <IconArrowDown size={18} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={`删除${name}`} disabled={count === 1} onClick={onRemove}>
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb={4}>
        条件（不填即不限）：
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <MultiSelect
          label="纠纷类型"
          placeholder={tier.disputeTypes.length === 0 ? '不限' : undefined}
          data={DISPUTE_TYPES.map((t) => ({ value: t.code, label: t.label }))}
          value={tier.disputeTypes}
          onChange={(v) => onChange({ disputeTypes: DISPUTE_TYPES.filter((t) => v.includes(t.code)).map((t) => t.code) }, 'disputeTypes')}
          error={err('disputeTypes')}
          searchable
          clearable
        />
        <Select
          label="风险等级不低于"
          placeholder="不限"
          data={RISK_LEVELS.map((r) => ({ value: r.code, label: r.label }))}
          value={tier.minRisk}
          onChange={(v) => onChange({ minRisk: RISK_LEVELS.find((r) => r.code === v)?.code ?? null }, 'minRisk')}
          error={err('minRisk')}
          clearable
        />
        <TextInput
          label="当事人不少于（人）"
          placeholder="不限"
          value={tier.minParties}
          onChange={(e) => onChange({ minParties: e.currentTarget.value }, 'minParties')}
          error={err('minParties')}
        />
        <TextInput
          label="协议金额不低于（元）"
          placeholder="不限"
          value={tier.minAmount}
          onChange={(e) => onChange({ minAmount: e.currentTarget.value }, 'minAmountFen')}
          error={err('minAmountFen')}
        />
      </SimpleGrid>
      <Checkbox
        mt="sm"
        label="只限领导包案的案件"
        checked={tier.leaderCase}
        onChange={(e) => onChange({ leaderCase: e.currentTarget.checked }, 'leaderCase')}
        error={err('leaderCase')}
      />
    </Fieldset>
  );
}
