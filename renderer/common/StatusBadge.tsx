// Where a case stands (已登记, 调解中, …) as a badge.
import { Badge } from '@mantine/core';
import { CASE_STATUSES, labelOf, type CaseStatus } from '../../shared/domain/reference.ts';

const COLORS: Record<CaseStatus, string> = {
  registered: 'gray',
  accepted: 'indigo',
  refused: 'dark',
  mediating: 'cyan',
  succeeded: 'green',
  failed: 'red',
  terminated: 'dark',
  archived: 'gray',
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  return (
    <Badge color={COLORS[status]} variant="light" miw="max-content">
      {labelOf(CASE_STATUSES, status)}
    </Badge>
  );
}
