// One period's subsidy sheet as it is printed and signed: the heading with the period and scope, the basis of the
// calculation, the sheet, the signature line (制表人, 审核人, 日期; on paper only), and on screen the cases that
// earned nothing.
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { SubsidySheet } from '../../shared/domain/subsidy.ts';
import { periodText } from '../common/period.ts';
import { ExcludedCases } from './ExcludedCases.tsx';
import { SubsidySheetTable } from './SubsidySheetTable.tsx';
import { rulesText } from './subsidyText.ts';

const BLANK = '\u3000'.repeat(8);

export function SubsidySheetView({ sheet }: { sheet: SubsidySheet }) {
  return (
    <Stack gap="sm">
      <div>
        <Title order={3} size="h4" ta="center">
          个案补贴核算表
        </Title>
        <Text ta="center" fw={500}>{`${periodText(sheet)}；${sheet.scope}`}</Text>
      </div>
      <Text size="sm" c="dimmed">
        计算办法：{rulesText(sheet.rules)}
      </Text>
      {sheet.lines.length === 0 ? (
        <Paper withBorder p="xl">
          <Text ta="center" fw={600}>
            本期没有计发补贴的案件
          </Text>
        </Paper>
      ) : (
        <SubsidySheetTable sheet={sheet} />
      )}
      <ExcludedCases excluded={sheet.excluded} />
      <Group data-print="only" justify="space-between" mt="xl" aria-hidden>
        <Text>制表人：{BLANK}</Text>
        <Text>审核人：{BLANK}</Text>
        <Text>
          日期：{BLANK}年{BLANK.slice(0, 3)}月{BLANK.slice(0, 3)}日
        </Text>
      </Group>
    </Stack>
  );
}
