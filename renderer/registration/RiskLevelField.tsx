// The case's colour in the four-colour warning, each with a one-line hint of what it means.
import { Group, Radio, Stack, Text } from '@mantine/core';
import { RISK_LEVELS, type RiskLevel } from '../../shared/domain/reference.ts';
import { RISK_HINTS } from './riskHints.ts';

export function RiskLevelField({
  value,
  onChange,
  error,
}: {
  value: RiskLevel;
  onChange: (level: RiskLevel) => void;
  error?: string | undefined;
}) {
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
                  {RISK_HINTS[level.code]}
                </Text>
              </Group>
            }
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
