// 个案补贴 (`subsidy.sheet`): the subsidies of a period per mediator, with the cases behind each line, to export
// or print and sign; and the rules they are computed by (`subsidy.rules` / `subsidy.setRules`).
import { useState } from 'react';
import { Center, Group, Loader, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { todayInChina } from '../../shared/rules/dates.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { useMay } from '../auth/SessionContext.tsx';
import { CommitteeScopeSelect } from '../common/CommitteeScopeSelect.tsx';
import { LoadError } from '../common/LoadError.tsx';
import { PeriodPicker } from '../common/PeriodPicker.tsx';
import { presetPeriod, type Period } from '../common/period.ts';
import { ExportButton, PrintButton } from '../common/ReportButtons.tsx';
import { SubsidyRulesEditor } from './SubsidyRulesEditor.tsx';
import { SubsidySheetView } from './SubsidySheetView.tsx';

export function SubsidyPage() {
  const api = useApi();
  const may = useMay();
  const today = todayInChina();
  const canEdit = may('subsidy.setRules');
  // Subsidies are paid for a period that has ended: last month unless the clerk chooses otherwise.
  const [period, setPeriod] = useState<Period>(() => presetPeriod('last_month', today));
  const [committeeId, setCommitteeId] = useState<string | null>(null);
  const query = { from: period.from, to: period.to, committeeId };
  const sheet = useApiQuery('subsidy.sheet', query);
  const rules = useApiQuery('subsidy.rules', canEdit ? {} : null);

  return (
    <Stack gap="md" maw={1200}>
      <Group gap="sm" data-print="hide">
        <Title order={2}>个案补贴</Title>
        {sheet.loading && <Loader size="sm" aria-label="正在核算" />}
      </Group>
      <Tabs defaultValue="sheet" keepMounted={false}>
        <Tabs.List data-print="hide" mb="md">
          <Tabs.Tab value="sheet">补贴核算表</Tabs.Tab>
          {canEdit && <Tabs.Tab value="rules">补贴规则</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="sheet">
          <Stack gap="md">
            <Paper withBorder p="md" data-print="hide">
              <Group justify="space-between" align="flex-start">
                <Group align="flex-start" gap="xl">
                  <PeriodPicker label="核算期间" value={period} onChange={setPeriod} today={today} />
                  <CommitteeScopeSelect value={committeeId} onChange={setCommitteeId} />
                </Group>
                <Group gap="sm">
                  {may('subsidy.exportXlsx') && <ExportButton load={() => api.call('subsidy.exportXlsx', query)} />}
                  <PrintButton disabled={!sheet.data} />
                </Group>
              </Group>
            </Paper>
            <LoadError title="补贴核算表没有读出来" query={sheet} />
            {!sheet.data && sheet.loading && (
              <Center py="xl">
                <Text c="dimmed">正在核算…</Text>
              </Center>
            )}
            {sheet.data && <SubsidySheetView sheet={sheet.data} />}
          </Stack>
        </Tabs.Panel>
        {canEdit && (
          <Tabs.Panel value="rules">
            <LoadError title="补贴规则没有读出来" query={rules} />
            {rules.data && (
              <SubsidyRulesEditor
                rules={rules.data}
                onSaved={() => {
                  rules.reload();
                  sheet.reload();
                }}
              />
            )}
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
