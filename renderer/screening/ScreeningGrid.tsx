// 排查报告情况: a row per committee, a column per period (oldest on the left, the current one on the right).
// Committees may screen weekly, half-monthly or monthly, so each cell names its own period. With many periods
// the table scrolls sideways inside the page, the committee column staying in view on the left.
import type { CSSProperties } from 'react';
import { Button, Table, Text } from '@mantine/core';
import { PERIOD_KINDS, type ScreeningOverview } from '../../shared/domain/screening.ts';
import { PeriodCell } from './PeriodCell.tsx';
import type { ReportTarget } from './reportDraft.ts';

type Row = ScreeningOverview[number];

/** The target of '填报' for a row: the oldest missing period, else the current one. */
export function targetOf(row: Row, periodStart?: string): ReportTarget | null {
  const periods = row.periods.filter((p) => p.status === 'missing' || p.status === 'open');
  const first = periods.find((p) => p.start === periodStart) ?? periods.find((p) => p.status === 'missing') ?? periods[0];
  if (!first) return null;
  return { committeeId: row.committeeId, committeeName: row.committeeName, periods, periodStart: first.start };
}

const COMMITTEE_WIDTH = 220;
const PERIOD_WIDTH = 130;
/** 未报告期数 and 操作. */
const TAIL_WIDTH = 200;

/** The committee column stays put while the periods scroll under it. */
const STICKY: CSSProperties = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  minWidth: COMMITTEE_WIDTH,
  background: 'var(--mantine-color-body)',
  boxShadow: 'inset -1px 0 0 var(--table-border-color)',
};

function columnTitle(fromEnd: number): string {
  return fromEnd === 0 ? '本期' : `前 ${fromEnd} 期`;
}

export function ScreeningGrid({ overview, onReport }: { overview: ScreeningOverview; onReport: (target: ReportTarget) => void }) {
  const columns = Math.max(0, ...overview.map((r) => r.periods.length));
  return (
    <Table.ScrollContainer minWidth={COMMITTEE_WIDTH + TAIL_WIDTH + columns * PERIOD_WIDTH} scrollAreaProps={{ type: 'auto' }}>
      <Table withColumnBorders verticalSpacing="xs" aria-label="排查报告情况">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={STICKY}>调委会</Table.Th>
            {Array.from({ length: columns }, (_, i) => (
              <Table.Th key={i} ta="center" style={{ whiteSpace: 'nowrap' }}>
                {columnTitle(columns - 1 - i)}
              </Table.Th>
            ))}
            <Table.Th style={{ whiteSpace: 'nowrap' }}>未报告期数</Table.Th>
            <Table.Th>操作</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {overview.map((row) => {
            const periods = [...row.periods].sort((a, b) => a.start.localeCompare(b.start));
            const target = targetOf(row);
            return (
              <Table.Tr key={row.committeeId}>
                <Table.Th scope="row" style={STICKY}>
                  <Text size="sm" fw={600}>
                    {row.committeeName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {PERIOD_KINDS.find((k) => k.code === row.periodKind)?.label ?? ''}排查
                  </Text>
                </Table.Th>
                {Array.from({ length: columns - periods.length }, (_, i) => (
                  <Table.Td key={`pad-${i}`} />
                ))}
                {periods.map((p) => (
                  <Table.Td key={p.start}>
                    <PeriodCell
                      period={p}
                      committeeName={row.committeeName}
                      onReport={() => {
                        const t = targetOf(row, p.start);
                        if (t) onReport(t);
                      }}
                    />
                  </Table.Td>
                ))}
                <Table.Td ta="center">
                  <Text size="sm" c={row.missing > 0 ? 'red' : undefined} fw={row.missing > 0 ? 700 : undefined}>
                    {row.missing}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" disabled={!target} onClick={() => target && onReport(target)}>
                    填报
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
