// 个案补贴核算表: a line per mediator (件数, 金额), each opening to the cases behind it — the case, its tier, the
// case's subsidy, this mediator's share and with how many it is shared — and the totals. On paper a column
// for the mediator's signature is added.
import { Fragment, useState } from 'react';
import { ActionIcon, Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { DISPUTE_TYPES, labelOf } from '../../shared/domain/reference.ts';
import type { SubsidySheet } from '../../shared/domain/subsidy.ts';
import { formatDate } from '../common/dates.ts';
import { routeHref } from '../routing/routes.ts';
import { yuan } from '../statistics/figures.ts';
import { outcomeLabel } from './subsidyText.ts';

type Line = SubsidySheet['lines'][number];

function ItemsTable({ line }: { line: Line }) {
  return (
    <Table withTableBorder verticalSpacing={4} horizontalSpacing="xs" fz="sm" aria-label={`${line.name}的案件明细`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>案号</Table.Th>
          <Table.Th>纠纷类型</Table.Th>
          <Table.Th>调解结果</Table.Th>
          <Table.Th>计入日期</Table.Th>
          <Table.Th>补贴档次</Table.Th>
          <Table.Th ta="right">案件补贴（元）</Table.Th>
          <Table.Th ta="right">本人所得（元）</Table.Th>
          <Table.Th>办理人数</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody style={{ whiteSpace: 'nowrap' }}>
        {line.items.map((item) => (
          <Table.Tr key={item.caseId}>
            <Table.Td>
              <Anchor href={routeHref({ page: 'case', id: item.caseId })} fz="inherit">
                {item.number}
              </Anchor>
            </Table.Td>
            <Table.Td>{labelOf(DISPUTE_TYPES, item.disputeType)}</Table.Td>
            <Table.Td>{outcomeLabel(item.outcome)}</Table.Td>
            <Table.Td>{formatDate(item.on)}</Table.Td>
            <Table.Td>{item.tier}</Table.Td>
            <Table.Td ta="right">{yuan(item.caseAmountFen)}</Table.Td>
            <Table.Td ta="right" fw={600}>
              {yuan(item.shareFen)}
            </Table.Td>
            <Table.Td>{item.sharedWith > 1 ? `${item.sharedWith}人平分` : '本人'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function SubsidySheetTable({ sheet }: { sheet: SubsidySheet }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const allOpen = sheet.lines.length > 0 && sheet.lines.every((l) => open.has(l.mediatorId));
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const lineCases = sheet.lines.reduce((n, l) => n + l.cases, 0);

  return (
    <>
      <Group justify="flex-end" data-print="hide">
        <Button variant="subtle" size="xs" onClick={() => setOpen(allOpen ? new Set() : new Set(sheet.lines.map((l) => l.mediatorId)))}>
          {allOpen ? '全部收起' : '全部展开'}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table withTableBorder withColumnBorders verticalSpacing="xs" aria-label="个案补贴核算表">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={56}>序号</Table.Th>
              <Table.Th>调解员</Table.Th>
              <Table.Th>调委会</Table.Th>
              <Table.Th>专职/兼职</Table.Th>
              <Table.Th ta="right">件数</Table.Th>
              <Table.Th ta="right">补贴金额（元）</Table.Th>
              <Table.Th data-print="only" w={110}>
                领取人签字
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sheet.lines.map((line, index) => {
              const expanded = open.has(line.mediatorId);
              return (
                <Fragment key={line.mediatorId}>
                  <Table.Tr>
                    <Table.Td>{index + 1}</Table.Td>
                    <Table.Th scope="row" fw={500}>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          size="sm"
                          aria-label={`${line.name}的案件`}
                          aria-expanded={expanded}
                          onClick={() => toggle(line.mediatorId)}
                          data-print="hide"
                        >
                          {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                        </ActionIcon>
                        {line.name}
                      </Group>
                    </Table.Th>
                    <Table.Td>{line.committeeName}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={line.fullTime ? 'indigo' : 'gray'}>
                        {line.fullTime ? '专职' : '兼职'}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{line.cases}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {yuan(line.amountFen)}
                    </Table.Td>
                    <Table.Td data-print="only" />
                  </Table.Tr>
                  {expanded && (
                    <Table.Tr>
                      <Table.Td colSpan={7} bg="var(--mantine-color-gray-0)">
                        <ItemsTable line={line} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row" colSpan={4}>
                合计（{sheet.lines.length}人）
              </Table.Th>
              <Table.Td ta="right">{sheet.cases}</Table.Td>
              <Table.Td ta="right">{yuan(sheet.totalFen)}</Table.Td>
              <Table.Td data-print="only" />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {lineCases !== sheet.cases && (
        <Text size="xs" c="dimmed">
          几名调解员共同办理的案件在各人的件数中都计一次，合计中只计一次。
        </Text>
      )}
    </>
  );
}
