// 办案设置 section of 设置: loads the configuration and the district's reference data (its four-colour warnings,
// when it set them, are shown read-only), then the form edits it.
import { useId } from 'react';
import { Paper, Text, Title } from '@mantine/core';
import { useApiQuery } from '../api/useApiQuery.ts';
import { useDistrictReference } from '../reference/useDistrictReference.ts';
import { ConfigForm, type DistrictWarnings } from './ConfigForm.tsx';

export function CaseSettings() {
  const headingId = useId();
  const config = useApiQuery('config.get', {});
  const district = useDistrictReference();
  const reference = district.data?.reference;
  const warnings: DistrictWarnings | null = reference?.warnings ? { version: reference.version, warnings: reference.warnings } : null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" mb="sm" id={headingId}>
        办案设置
      </Title>
      {config.data && district.settled ? (
        <ConfigForm initial={config.data} district={warnings} />
      ) : (
        <Text c="dimmed">{config.error ? '读取失败' : '正在读取…'}</Text>
      )}
    </Paper>
  );
}
