// 今日工作: what needs the clerk today — the district's recent announcements on top, warnings first, then
// deadlines and waiting cases, the district's open notes, then missing screening reports; a friendly word when there
// is nothing. The district's parts are read quietly: without them the page is as before.
import { Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { ATTENTIONS } from '../../shared/domain/case.ts';
import type { WorkSection } from '../../shared/domain/worklist.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { formatDate } from '../common/dates.ts';
import { useDistrictReference } from '../reference/useDistrictReference.ts';
import { AnnouncementsCard } from './AnnouncementsCard.tsx';
import { DistrictNotesReminder } from './DistrictNotesReminder.tsx';
import { ScreeningDueCard } from './ScreeningDueCard.tsx';
import { WorkSectionCard } from './WorkSectionCard.tsx';
import { LoadError } from '../common/LoadError.tsx';

/** Warnings first, the rest in the order of ATTENTIONS. */
function rank(section: WorkSection): number {
  return section.attention === 'warnings' ? -1 : ATTENTIONS.findIndex((a) => a.code === section.attention);
}

export function HomePage() {
  const work = useApiQuery('work.today', {});
  const list = work.data;
  const sections = (list?.sections ?? []).filter((s) => s.total > 0 || s.items.length > 0).sort((a, b) => rank(a) - rank(b));
  const screeningDue = (list?.screening ?? []).some((c) => c.missing.length > 0);
  const notes = useApiQuery('sync.notes', { open: true }, { notify: false });
  const openNotes = notes.data?.length ?? 0;
  const notesRead = notes.data !== undefined || notes.error !== undefined;
  const reference = useDistrictReference().data?.reference;

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="baseline">
        <Title order={2}>今日工作</Title>
        {list && <Text c="dimmed">{formatDate(list.today)}</Text>}
        {work.loading && <Loader size="sm" aria-label="正在读取" />}
      </Group>
      <LoadError title="今日工作没有读出来" query={work} />
      <AnnouncementsCard reference={reference} />
      {list && notesRead && sections.length === 0 && !screeningDue && openNotes === 0 && (
        <Paper withBorder p="xl">
          <Stack align="center" gap="xs">
            <IconCircleCheck size={40} stroke={1.4} color="var(--mantine-color-green-6)" />
            <Text fw={600}>今天没有待办事项</Text>
            <Text size="sm" c="dimmed">
              没有预警、到期的回访和期限，各调委会的排查也都已报告。
            </Text>
          </Stack>
        </Paper>
      )}
      {list && sections.map((section) => <WorkSectionCard key={section.attention} section={section} today={list.today} />)}
      <DistrictNotesReminder open={openNotes} />
      {list && <ScreeningDueCard committees={list.screening} />}
    </Stack>
  );
}
