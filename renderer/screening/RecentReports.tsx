// 最近的排查报告 of one committee (newest first): the period, zero or the disputes found, who reported and when.
import { Paper, Stack, Table, Text } from '@mantine/core';
import type { ScreeningReport } from '../../shared/domain/screening.ts';
import { formatDate } from '../common/dates.ts';
import { FindingSummary } from './FindingSummary.tsx';

export function RecentReports({ reports }: { reports: ScreeningReport[] }) {
  if (reports.length === 0)
    return (
      <Paper withBorder p="md">
        <Text c="dimmed" ta="center">
          这个调委会还没有排查报告
        </Text>
      </Paper>
    );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" aria-label="排查报告记录">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>报告期</Table.Th>
            <Table.Th>排查结果</Table.Th>
            <Table.Th>报告人</Table.Th>
            <Table.Th>报告日期</Table.Th>
            <Table.Th>备注</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(r.periodStart)} 至 {formatDate(r.periodEnd)}
              </Table.Td>
              <Table.Td>
                {r.zero ? (
                  <Text size="sm">零报告</Text>
                ) : (
                  <Stack gap={4}>
                    <Text size="sm" fw={600}>
                      发现纠纷 {r.findings.length} 件
                    </Text>
                    <Stack component="ul" gap={2} m={0} p={0} style={{ listStyle: 'none' }}>
                      {r.findings.map((f) => (
                        <FindingSummary key={f.id} finding={f} committeeId={r.committeeId} />
                      ))}
                    </Stack>
                  </Stack>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.reporter}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(r.reportedOn)}</Table.Td>
              <Table.Td maw={220}>
                <Text size="sm" lineClamp={3}>
                  {r.note ?? '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
