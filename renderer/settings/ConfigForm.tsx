// 办案设置: the four warning levels, the group-dispute size, screening periods, follow-up and reminder days, and
// the staffing each kind of committee should have. Once the district (区司法局) publishes the four-colour warnings,
// they are shown read-only with its version (the register keeps the district's whatever is sent).
// Checked with the contract's schema; problems show next to their fields.
import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import type { LifecycleConfig } from '../../shared/domain/config.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifyError, notifySuccess } from '../api/errors.ts';
import { errorsFromServer, type FieldErrors } from '../common/fieldErrors.ts';
import {
  checkConfig,
  configDraftOf,
  WARNING_CODES,
  type ConfigDraft,
  type DayField,
  type LevelDraft,
  type NumberText,
  type WarningCode,
} from './configDraft.ts';
import { ScreeningPeriodFields } from './ScreeningPeriodFields.tsx';
import { StaffingFields } from './StaffingFields.tsx';
import { WarningLevelFields } from './WarningLevelFields.tsx';

const DAY_FIELDS: { field: DayField; label: string; description: string; max: number }[] = [
  { field: 'followUpAfterDays', label: '回访间隔天数', description: '达成协议后多少天回访', max: 365 },
  { field: 'reminderDays', label: '提醒提前天数', description: '期限届满前多少天列入今日工作', max: 60 },
  { field: 'acceptanceDays', label: '待受理提醒天数', description: '登记后多少天未受理即提醒', max: 60 },
];

/** The district's four-colour warnings in force, and the version of its reference data they came with. */
export interface DistrictWarnings {
  version: number;
  warnings: LifecycleConfig['warnings'];
}

export function ConfigForm({ initial, district = null }: { initial: LifecycleConfig; district?: DistrictWarnings | null }) {
  const api = useApi();
  const withDistrict = (config: LifecycleConfig) => configDraftOf(district ? { ...config, warnings: district.warnings } : config);
  const [draft, setDraft] = useState<ConfigDraft>(() => withDistrict(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  function edit(next: (d: ConfigDraft) => ConfigDraft, ...paths: string[]) {
    setDraft(next);
    setSaved(false);
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([p]) => !paths.some((q) => p === q || p.startsWith(`${q}.`)))));
  }
  const setLevel = (code: WarningCode, patch: Partial<LevelDraft>) =>
    edit(
      (d) => ({ ...d, warnings: { ...d.warnings, [code]: { ...d.warnings[code], ...patch } } }),
      ...Object.keys(patch).map((f) => `warnings.${code}.${f}`),
    );
  const setDays = (field: DayField, value: NumberText) => edit((d) => ({ ...d, [field]: value }), field);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { errors: problems, input } = checkConfig(draft);
    setErrors(problems);
    if (!input) return;
    setBusy(true);
    try {
      const stored = await api.call('config.set', input);
      setDraft(withDistrict(stored));
      setSaved(true);
      notifySuccess('已保存', '办案设置已保存，今日工作、预警和调委会的配备提示按新的设置');
    } catch (error) {
      setErrors(errorsFromServer(error) ?? {});
      notifyError(error, '办案设置没有保存');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="办案设置">
      <Stack gap="md">
        {district ? (
          <Text size="sm" c="orange.9" fw={600}>
            四色预警标准由区司法局统一设定（第{district.version}版），本机只能查看，不能修改。
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            四色预警的标准由各地自行规定，请按本地文件填写。
          </Text>
        )}
        {WARNING_CODES.map((code) => (
          <WarningLevelFields
            key={code}
            code={code}
            level={draft.warnings[code]}
            errors={errors}
            onChange={(patch) => setLevel(code, patch)}
            readOnly={district !== null}
          />
        ))}
        <Fieldset legend="期限和提醒">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <NumberInput
              label="群体性纠纷人数"
              description="涉及人数达到此数的纠纷建议橙色预警"
              value={draft.warnings.groupSize}
              onChange={(v) => edit((d) => ({ ...d, warnings: { ...d.warnings, groupSize: v } }), 'warnings.groupSize')}
              error={errors['warnings.groupSize']}
              readOnly={district !== null}
              variant={district ? 'filled' : 'default'}
              min={2}
              max={1000}
              allowDecimal={false}
              allowNegative={false}
            />
            {DAY_FIELDS.map(({ field, label, description, max }) => (
              <NumberInput
                key={field}
                label={label}
                description={description}
                value={draft[field]}
                onChange={(v) => setDays(field, v)}
                error={errors[field]}
                min={1}
                max={max}
                allowDecimal={false}
                allowNegative={false}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <ScreeningPeriodFields
          screening={draft.screening}
          errors={errors}
          onChange={(screening) => edit((d) => ({ ...d, screening }), 'screening')}
        />
        <StaffingFields
          staffing={draft.staffing}
          errors={errors}
          onChange={(measure, kind, value) =>
            edit(
              (d) => ({ ...d, staffing: { ...d.staffing, [measure]: { ...d.staffing[measure], [kind]: value } } }),
              `staffing.${measure}.${kind}`,
            )
          }
        />
        <Group justify="flex-end">
          {saved && (
            <Text c="green" size="sm" role="status">
              已保存
            </Text>
          )}
          <Button type="submit" loading={busy}>
            保存办案设置
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
