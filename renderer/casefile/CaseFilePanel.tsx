// 卷宗: the catalogue of the case file (卷内目录, 13 items in the MoJ order) with what is there and what is still
// missing, and, once archived, the file's number, retention, compiler and date.
import { Alert, Paper, Table, Text, Title } from '@mantine/core';
import type { CaseDetail } from '../../shared/domain/case.ts';
import { RETENTION_PERIODS } from '../../shared/domain/lifecycle.ts';
import { labelOf } from '../../shared/domain/reference.ts';
import { FieldRows } from '../common/FieldRows.tsx';
import { formatDate } from '../common/dates.ts';

export function CaseFilePanel({ detail }: { detail: CaseDetail }) {
  const { catalogue, archive } = detail.progress;
  const missing = catalogue.filter((item) => item.required && !item.present);
  return (
    <Paper withBorder p="md" component="section" aria-label="卷宗">
      <Title order={3} size="h4" mb="sm">
        卷宗
      </Title>
      {archive && (
        <FieldRows
          labelWidth={110}
          size="sm"
          rows={[
            ['卷宗号', archive.archiveNumber],
            ['保管期限', labelOf(RETENTION_PERIODS, archive.retention)],
            ['立卷人', archive.compiledBy],
            ['归档日期', formatDate(archive.on)],
            ['卷宗情况说明', archive.remarks ?? '—'],
          ]}
        />
      )}
      {!archive && missing.length > 0 && (
        <Alert color="orange" variant="light" mb="sm" title="归档前还需补齐">
          {missing.map((m) => m.name).join('、')}
        </Alert>
      )}
      <Table aria-label="卷内目录" striped={false} mt={archive ? 'md' : 0} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>序号</Table.Th>
            <Table.Th>材料名称</Table.Th>
            <Table.Th w={60}>必备</Table.Th>
            <Table.Th w={70}>状态</Table.Th>
            <Table.Th w={60}>份数</Table.Th>
            <Table.Th>说明</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {catalogue.map((item) => {
            const lacking = item.required && !item.present;
            return (
              <Table.Tr key={item.no} bg={lacking ? 'red.0' : undefined} data-missing={lacking || undefined}>
                <Table.Td>{item.no}</Table.Td>
                <Table.Td fw={lacking ? 700 : undefined}>{item.name}</Table.Td>
                <Table.Td>{item.required ? '是' : '否'}</Table.Td>
                <Table.Td>
                  {item.present ? (
                    <Text span c="green.8" fw={700}>
                      ✓
                    </Text>
                  ) : (
                    <Text span c={lacking ? 'red.7' : 'dimmed'} fw={lacking ? 700 : undefined}>
                      {lacking ? '缺' : '无'}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{item.count}</Table.Td>
                <Table.Td c="dimmed">{item.note}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
