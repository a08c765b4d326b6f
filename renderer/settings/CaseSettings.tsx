// 办案设置 section of 设置: loads the configuration, then the form edits it.
import { useId } from 'react';
import { Paper, Text, Title } from '@mantine/core';
import { useApiQuery } from '../api/useApiQuery.ts';
import { ConfigForm } from './ConfigForm.tsx';

export function CaseSettings() {
  const headingId = useId();
  const config = useApiQuery('config.get', {});
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" mb="sm" id={headingId}>
        办案设置
      </Title>
      {config.data ? <ConfigForm initial={config.data} /> : <Text c="dimmed">{config.error ? '读取失败' : '正在读取…'}</Text>}
    </Paper>
  );
}
