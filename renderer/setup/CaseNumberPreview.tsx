// Shows what this year's first case number will look like with the abbreviation being typed.
import { Paper, Text } from '@mantine/core';
import { ABBREVIATION_PATTERN, formatCaseNumber } from '../../shared/rules/caseNumber.ts';
import { todayInChina } from '../../shared/rules/dates.ts';

export function CaseNumberPreview({ abbreviation }: { abbreviation: string }) {
  const year = Number(todayInChina().slice(0, 4));
  const trimmed = abbreviation.trim();
  const usable = ABBREVIATION_PATTERN.test(trimmed);
  return (
    <Paper withBorder p="md" bg="var(--mantine-color-gray-0)" aria-live="polite">
      <Text size="sm" c="dimmed">
        案号示例（今年第1件）
      </Text>
      <Text size="xl" fw={700} data-testid="case-number-preview">
        {formatCaseNumber(year, usable ? trimmed : '□□', 1)}
      </Text>
      {!usable && trimmed !== '' && (
        <Text size="sm" c="red">
          简称只能是1至10个汉字、字母或数字
        </Text>
      )}
    </Paper>
  );
}
