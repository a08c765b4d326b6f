// A dispute found in screening, in one line: what, type, people, risk, handling — and the way to its case, or
// to register it as one (登记为案件: the registration form filled from the finding), for a role that may.
import { Anchor, Group, Text } from '@mantine/core';
import { FINDING_HANDLINGS, type Finding } from '../../shared/domain/screening.ts';
import { DISPUTE_TYPES, labelOf } from '../../shared/domain/reference.ts';
import { RiskBadge } from '../common/RiskBadge.tsx';
import { routeHref } from '../routing/routes.ts';
import { useMay } from '../auth/SessionContext.tsx';

export function FindingSummary({ finding, committeeId }: { finding: Finding; committeeId: string }) {
  const may = useMay();
  return (
    <Group component="li" gap="xs" wrap="wrap">
      <RiskBadge level={finding.riskLevel} size="sm" />
      <Text size="sm">{finding.summary}</Text>
      <Text size="sm" c="dimmed">
        （{labelOf(DISPUTE_TYPES, finding.disputeType)}，{finding.peopleCount}人，{labelOf(FINDING_HANDLINGS, finding.handling)}）
      </Text>
      {finding.caseId ? (
        <Anchor size="sm" href={routeHref({ page: 'case', id: finding.caseId })}>
          查看案件
        </Anchor>
      ) : (
        may('cases.register') && (
          <Anchor size="sm" href={routeHref({ page: 'register', finding: finding.id, committee: committeeId })}>
            登记为案件
          </Anchor>
        )
      )}
    </Group>
  );
}
