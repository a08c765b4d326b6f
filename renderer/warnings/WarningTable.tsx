// 预警台账 as a table: one open red or orange case a row, a missing leader and an overdue review in red.
import { Anchor, Table, Text } from '@mantine/core';
import type { WarningItem } from '../../shared/domain/worklist.ts';
import { formatDate } from '../common/dates.ts';
import { RiskBadge } from '../common/RiskBadge.tsx';
import { routeHref } from '../routing/routes.ts';

function ReviewDue({ date, today }: { date: string | null; today: string }) {
  if (!date) return <Text size="sm">—</Text>;
  const overdue = date < today;
  return (
    <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
      {formatDate(date)}
      {overdue && '（已逾期）'}
    </Text>
  );
}

export function WarningTable({ items, today }: { items: WarningItem[]; today: string }) {
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="预警台账">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>风险等级</Table.Th>
            <Table.Th>案号</Table.Th>
            <Table.Th>当事人</Table.Th>
            <Table.Th>调委会</Table.Th>
            <Table.Th>预警日期</Table.Th>
            <Table.Th>原因</Table.Th>
            <Table.Th>包案领导</Table.Th>
            <Table.Th>复核期限</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.caseId}>
              <Table.Td>
                <RiskBadge level={item.riskLevel} size="sm" />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor href={routeHref({ page: 'case', id: item.caseId })} fw={600} size="sm">
                  {item.number}
                </Anchor>
              </Table.Td>
              <Table.Td maw={220}>
                <Text size="sm" lineClamp={2}>
                  {item.title}
                </Text>
              </Table.Td>
              <Table.Td maw={200}>
                <Text size="sm" lineClamp={2}>
                  {item.committeeName}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.raisedOn)}</Table.Td>
              <Table.Td maw={280}>
                <Text size="sm" lineClamp={3}>
                  {item.reason ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {item.leader ?? (
                  <Text span size="sm" c="red" fw={600}>
                    未落实
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ReviewDue date={item.reviewDue} today={today} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
