// The report of a dry run or an import: the totals, and each problem of each refused row with where it is
// (row number, column letter and header) and what is wrong, in the register's words.
import { Alert, Group, Paper, Table, Text } from '@mantine/core';
import { ledgerFieldLabel, type LedgerIssue, type LedgerReport } from '../../shared/domain/ledger.ts';

function Total({ label, value, unit, color }: { label: string; value: number; unit: string; color?: string | undefined }) {
  return (
    <Paper withBorder px="md" py="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} c={color}>
        {value}
        {unit}
      </Text>
    </Paper>
  );
}

/** `'D（申请人身份证号）'`; a problem of the whole row → '—'. */
function columnText(issue: LedgerIssue): string {
  if (!issue.column) return '—';
  return issue.header ? `${issue.column}（${issue.header}）` : issue.column;
}

export function LedgerReportView({ report }: { report: LedgerReport }) {
  return (
    <>
      <Group gap="sm" data-testid="ledger-totals">
        <Total label="共" value={report.totalRows} unit="行" />
        <Total label="可导入" value={report.valid} unit="条" color="green" />
        <Total label="已导入过" value={report.alreadyImported} unit="条" />
        <Total label="有错误" value={report.rejectedRows} unit="行" color={report.rejectedRows > 0 ? 'red' : undefined} />
      </Group>
      {report.rejected.length > 0 && (
        <Table.ScrollContainer minWidth={640} maxHeight={480}>
          <Table aria-label="有错误的行" striped withTableBorder stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>行号</Table.Th>
                <Table.Th>列</Table.Th>
                <Table.Th>内容</Table.Th>
                <Table.Th>问题</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rejected.map((issue, i) => (
                <Table.Tr key={`${issue.row}-${issue.column ?? ''}-${i}`}>
                  <Table.Td>第{issue.row}行</Table.Td>
                  <Table.Td>{columnText(issue)}</Table.Td>
                  <Table.Td>{issue.field ? ledgerFieldLabel(issue.field) : '—'}</Table.Td>
                  <Table.Td>{issue.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {report.truncated && (
        <Alert color="orange">问题太多，这里只列出前{report.rejected.length}条；有错误的行数按全部行统计。请改正后再试导入。</Alert>
      )}
    </>
  );
}
