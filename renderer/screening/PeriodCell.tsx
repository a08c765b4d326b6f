// One committee's one screening period: reported (with the number of disputes), zero report, missing (red),
// or not yet ended. A missing or current period can be reported by clicking it.
import { Badge, Button, Stack, Text } from '@mantine/core';
import type { PeriodStatus } from '../../shared/domain/screening.ts';
import { shortPeriodLabel } from './reportDraft.ts';

export function statusText(period: PeriodStatus): string {
  switch (period.status) {
    case 'reported':
      return `已报告（${period.findings}件）`;
    case 'zero':
      return '零报告';
    case 'missing':
      return '未报告';
    case 'open':
      return '本期未到期';
  }
}

export function PeriodCell({ period, committeeName, onReport }: { period: PeriodStatus; committeeName: string; onReport: () => void }) {
  const text = statusText(period);
  const clickable = period.status === 'missing' || period.status === 'open';
  return (
    <Stack gap={2} align="center" title={period.label}>
      {clickable ? (
        <Button
          size="compact-xs"
          variant={period.status === 'missing' ? 'filled' : 'default'}
          color={period.status === 'missing' ? 'red' : 'gray'}
          onClick={onReport}
          aria-label={`${text}：${committeeName} ${period.label}，点击填报`}
        >
          {text}
        </Button>
      ) : (
        <Badge color={period.status === 'reported' ? 'green' : 'teal'} variant="light" size="sm" miw="max-content">
          {text}
        </Badge>
      )}
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {shortPeriodLabel(period.label)}
      </Text>
    </Stack>
  );
}
