// 区司法局基础数据: the version of the district's reference data this register applied (what it sets for all the
// district's committees: the four-colour warnings, the dispute-type names) and its announcements.
import { useId, type ReactNode } from 'react';
import { Paper, Text, Title } from '@mantine/core';
import type { ReferenceData } from '../../shared/sync/downward.ts';
import { FieldRows } from '../common/FieldRows.tsx';
import { formatInstant } from '../common/dates.ts';
import { AnnouncementList } from '../reference/AnnouncementList.tsx';
import { newestFirst } from '../reference/announcements.ts';
import type { DistrictReference } from '../reference/useDistrictReference.ts';

/** What the district sets for its committees in this version, in words. */
function setsText(reference: ReferenceData): string {
  const parts = [
    ...(reference.warnings ? ['四色预警标准'] : []),
    ...(reference.disputeTypes ? ['纠纷类型名称'] : []),
    ...(reference.committees.length > 0 ? [`调委会名录（${reference.committees.length} 个）`] : []),
  ];
  return parts.length > 0 ? parts.join('、') : '（无）';
}

export function ReferenceCard({ current }: { current: DistrictReference }) {
  const headingId = useId();
  const { reference, appliedAt } = current;
  const rows: [string, ReactNode][] = reference
    ? [
        ['版本', `第 ${reference.version} 版`],
        ['区司法局发布时间', formatInstant(reference.publishedAt)],
        ['本机应用时间', formatInstant(appliedAt)],
        ['统一设定', setsText(reference)],
      ]
    : [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="xs">
        区司法局基础数据
      </Title>
      {reference ? (
        <>
          <FieldRows labelWidth={130} rows={rows} />
          <Title order={4} size="h5" mt="md" mb="xs">
            通知公告
          </Title>
          {reference.announcements.length > 0 ? (
            <AnnouncementList announcements={newestFirst(reference.announcements)} label="通知公告" />
          ) : (
            <Text size="sm" c="dimmed">
              没有通知公告。
            </Text>
          )}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          还没有收到区司法局发布的基础数据。联网同步时会自动接收。
        </Text>
      )}
    </Paper>
  );
}
