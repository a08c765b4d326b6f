// The four-colour warning (四色预警) of a case as a coloured badge.
import { Badge } from '@mantine/core';
import { RISK_LEVELS, type RiskLevel } from '../../shared/domain/reference.ts';

export function RiskBadge({ level, size = 'md' }: { level: RiskLevel; size?: 'sm' | 'md' | 'lg' }) {
  const risk = RISK_LEVELS.find((r) => r.code === level);
  return (
    <Badge color={risk?.color ?? 'gray'} variant="filled" autoContrast size={size} miw="max-content">
      {risk?.label ?? '未定'}
    </Badge>
  );
}
