// The register list as a table; a row opens its case.
import { Anchor, Table, Text } from '@mantine/core';
import type { CaseListItem } from '../../shared/domain/case.ts';
import { DISPUTE_TYPES, labelOf } from '../../shared/domain/reference.ts';
import { formatDate } from '../common/dates.ts';
import { RiskBadge } from '../common/RiskBadge.tsx';
import { StatusBadge } from '../common/StatusBadge.tsx';
import { navigate } from '../routing/useRoute.ts';
import { routeHref } from '../routing/routes.ts';

function Names({ role, names }: { role: string; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <Text size="sm" lineClamp={1}>
      <Text span c="dimmed" size="xs">
        {role}：
      </Text>
      {names.join('、')}
    </Text>
  );
}

export function CaseTable({ items }: { items: CaseListItem[] }) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="案件台账">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>案号</Table.Th>
            <Table.Th>登记日期</Table.Th>
            <Table.Th>纠纷类型</Table.Th>
            <Table.Th>当事人</Table.Th>
            <Table.Th>风险</Table.Th>
            <Table.Th>状态</Table.Th>
            <Table.Th>简要情况</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} style={{ cursor: 'pointer' }} onClick={() => navigate({ page: 'case', id: item.id })}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor href={routeHref({ page: 'case', id: item.id })} fw={600} onClick={(e) => e.stopPropagation()}>
                  {item.number}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.registeredOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{labelOf(DISPUTE_TYPES, item.disputeType)}</Table.Td>
              <Table.Td maw={220}>
                <Names role="申请人" names={item.applicants} />
                <Names role="被申请人" names={item.respondents} />
              </Table.Td>
              <Table.Td>
                <RiskBadge level={item.riskLevel} size="sm" />
              </Table.Td>
              <Table.Td>
                <StatusBadge status={item.status} />
              </Table.Td>
              <Table.Td maw={320}>
                <Text size="sm" lineClamp={2}>
                  {item.factsExcerpt}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
