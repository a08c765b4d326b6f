// The case's colour in the four-colour warning, each with what it means and how it is handled, in the words
// the area configured (设置 → 办案设置); the common pattern until they are read.
import { Group, Radio, Stack, Text } from '@mantine/core';
import { DEFAULT_CONFIG } from '../../shared/domain/config.ts';
import { RISK_LEVELS, type RiskLevel } from '../../shared/domain/reference.ts';
import { useApiQuery } from '../api/useApiQuery.ts';

export function RiskLevelField({
  value,
  onChange,
  error,
}: {
  value: RiskLevel;
  onChange: (level: RiskLevel) => void;
  error?: string | undefined;
}) {
  const config = useApiQuery('config.get', {}, { notify: false });
  const wording = (config.data ?? DEFAULT_CONFIG).warnings;
  return (
    <Radio.Group
      label="风险等级"
      description="四色预警：按纠纷可能激化的程度选择，红、橙两级需要尽快上报"
      value={value}
      onChange={(v) => {
        const level = RISK_LEVELS.find((r) => r.code === v);
        if (level) onChange(level.code);
      }}
      error={error}
    >
      <Stack gap="xs" mt="xs">
        {RISK_LEVELS.map((level) => (
          <Radio
            key={level.code}
            value={level.code}
            color={level.color}
            label={
              <Group gap="xs" wrap="nowrap">
                <Text fw={600} c={level.color} size="sm">
                  {level.label}
                </Text>
                <Text size="sm" c="dimmed">
                  {wording[level.code].criteria}：{wording[level.code].handling}
                </Text>
              </Group>
            }
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
