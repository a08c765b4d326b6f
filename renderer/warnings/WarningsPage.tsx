// 预警: the open red and orange cases of all committees the office keeps, with the area's wording of the levels.
import { useId, useState } from 'react';
import { Group, Loader, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { todayInChina } from '../../shared/rules/dates.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { WarningLegend } from './WarningLegend.tsx';
import { WarningTable } from './WarningTable.tsx';
import { LoadError } from '../common/LoadError.tsx';

type LevelFilter = 'all' | 'red' | 'orange';

const LEVEL_OPTIONS: { value: LevelFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'red', label: '红色' },
  { value: 'orange', label: '橙色' },
];

export function WarningsPage() {
  const board = useApiQuery('warnings.board', {});
  const config = useApiQuery('config.get', {}, { notify: false });
  const [level, setLevel] = useState<LevelFilter>('all');
  const labelId = useId();
  const today = todayInChina();
  const items = (board.data ?? []).filter((i) => level === 'all' || i.riskLevel === level);

  return (
    <Stack gap="md" maw={1300}>
      <Group justify="space-between">
        <Title order={2}>预警</Title>
        {board.loading && <Loader size="sm" aria-label="正在读取" />}
      </Group>
      {config.data && <WarningLegend config={config.data} />}
      <Group gap="sm">
        <Text size="sm" fw={500} id={labelId}>
          预警等级
        </Text>
        <SegmentedControl
          aria-labelledby={labelId}
          data={LEVEL_OPTIONS}
          value={level}
          onChange={(v) => setLevel(LEVEL_OPTIONS.find((o) => o.value === v)?.value ?? 'all')}
        />
        {board.data && (
          <Text size="sm" fw={500} aria-live="polite">
            共 {items.length} 件
          </Text>
        )}
      </Group>
      <LoadError title="预警台账没有读出来" query={board} />
      {board.data && items.length === 0 ? (
        <Paper withBorder p="xl">
          <Text ta="center" fw={600}>
            没有未结的{level === 'red' ? '红色' : level === 'orange' ? '橙色' : '红色、橙色'}预警案件
          </Text>
        </Paper>
      ) : (
        board.data && <WarningTable items={items} today={today} />
      )}
    </Stack>
  );
}
