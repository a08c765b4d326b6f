// 补贴规则 (`subsidy.setRules`): which cases earn a subsidy, in which period, who is paid, and the tiers, tried in
// order — the first a case meets sets its subsidy. Amounts are typed in yuan and sent in fen; the register's
// field errors show next to the fields they name, others in an alert.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { SUBSIDY_OUTCOMES, type SubsidyRules } from '../../shared/domain/subsidy.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifySuccess } from '../api/errors.ts';
import { clearError } from '../common/fieldErrors.ts';
import { useFormCall } from '../common/useFormCall.ts';
import {
  checkRules,
  draftOf,
  emptyTier,
  moveTier,
  withoutTierErrors,
  type RulesDraft,
  type SubsidyOutcome,
  type TierDraft,
} from './rulesDraft.ts';
import { BASIS_OPTIONS, SPLIT_OPTIONS } from './subsidyText.ts';
import { TierFields } from './TierFields.tsx';

const PLACED =
  /^(basis|outcomes|requireArchived|split|tiers(\.\d+\.(label|amountFen|disputeTypes|minRisk|leaderCase|minParties|minAmountFen))?)$/;

interface SubsidyRulesEditorProps {
  rules: SubsidyRules;
  onSaved: (rules: SubsidyRules) => void;
}

export function SubsidyRulesEditor({ rules, onSaved }: SubsidyRulesEditorProps) {
  const api = useApi();
  const form = useFormCall();
  const [draft, setDraft] = useState<RulesDraft>(() => draftOf(rules));
  const { errors, setErrors } = form;

  function change(patch: Partial<RulesDraft>, path: string) {
    setDraft((d) => ({ ...d, ...patch }));
    form.clear(path);
  }

  function setTiers(tiers: TierDraft[]) {
    setDraft((d) => ({ ...d, tiers }));
    setErrors(clearError(withoutTierErrors(errors), 'tiers'));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { errors: problems, input } = checkRules(draft);
    setErrors(problems);
    if (!input) return;
    await form.send(
      () => api.call('subsidy.setRules', input),
      (saved) => {
        setDraft(draftOf(saved));
        notifySuccess('补贴规则已保存', '核算表已按新规则重新计算');
        onSaved(saved);
      },
    );
  }

  const unplaced = Object.entries(errors).filter(([path]) => !PLACED.test(path));
  return (
    <form onSubmit={submit} noValidate aria-label="补贴规则">
      <Stack gap="md" maw={960}>
        <Paper withBorder p="md">
          <Stack gap="md">
            <Radio.Group
              label="案件计入哪个期间"
              value={draft.basis}
              onChange={(v) => change({ basis: v === 'outcome' ? 'outcome' : 'archive' }, 'basis')}
              error={errors['basis']}
            >
              <Group mt={6}>
                {BASIS_OPTIONS.map((o) => (
                  <Radio key={o.value} value={o.value} label={o.label} description={o.description} />
                ))}
              </Group>
            </Radio.Group>
            <Checkbox.Group
              label="哪些调解结果计发补贴"
              value={draft.outcomes}
              onChange={(v) =>
                change({ outcomes: SUBSIDY_OUTCOMES.filter((o) => v.includes(o.code)).map((o): SubsidyOutcome => o.code) }, 'outcomes')
              }
              error={errors['outcomes']}
            >
              <Group mt={6}>
                {SUBSIDY_OUTCOMES.map((o) => (
                  <Checkbox key={o.code} value={o.code} label={o.label} />
                ))}
              </Group>
            </Checkbox.Group>
            <Checkbox
              label="只计已归档的案件（卷宗齐全）"
              checked={draft.requireArchived}
              onChange={(e) => change({ requireArchived: e.currentTarget.checked }, 'requireArchived')}
              error={errors['requireArchived']}
            />
            <Radio.Group
              label="补贴怎样分配"
              value={draft.split}
              onChange={(v) => change({ split: v === 'lead' ? 'lead' : 'equal' }, 'split')}
              error={errors['split']}
            >
              <Group mt={6}>
                {SPLIT_OPTIONS.map((o) => (
                  <Radio key={o.value} value={o.value} label={o.label} description={o.description} />
                ))}
              </Group>
            </Radio.Group>
          </Stack>
        </Paper>

        <Alert color="blue" variant="light" title="补贴档次">
          每件案件从第 1
          档起依次比对，符合的第一档决定这件案件的补贴金额，后面的档次不再比对。所以请把条件严、金额高的档次放在前面；最后一档一般不设条件，作为其他案件的补贴。
        </Alert>
        {draft.tiers.map((tier, index) => (
          <TierFields
            key={tier.key}
            index={index}
            count={draft.tiers.length}
            tier={tier}
            errors={errors}
            onChange={(patch, field) => {
              setDraft((d) => ({ ...d, tiers: d.tiers.map((t, i) => (i === index ? { ...t, ...patch } : t)) }));
              form.clear(`tiers.${index}.${field}`);
            }}
            onMove={(by) => setTiers(moveTier(draft.tiers, index, by))}
            onRemove={() => setTiers(draft.tiers.filter((_, i) => i !== index))}
          />
        ))}
        {errors['tiers'] && (
          <Text c="red" size="sm" role="alert">
            {errors['tiers']}
          </Text>
        )}
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => setTiers([...draft.tiers, emptyTier()])}
          disabled={draft.tiers.length >= 20}
          style={{ alignSelf: 'flex-start' }}
        >
          添加档次
        </Button>

        {(form.failure || unplaced.length > 0) && (
          <Alert color="red" title="补贴规则没有保存">
            {form.failure ?? unplaced.map(([, message]) => message).join('；')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={form.busy}>
            保存补贴规则
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setDraft(draftOf(rules));
              setErrors({});
            }}
          >
            撤销修改
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
