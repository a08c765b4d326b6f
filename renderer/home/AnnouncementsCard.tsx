// 区司法局通知: the district's announcements of the last 30 days at the top of the home page, each closable for
// the rest of the session (the tab's sessionStorage), and still listed on the 同步 page.
import { useState } from 'react';
import { Alert, Stack, Text } from '@mantine/core';
import { IconSpeakerphone } from '@tabler/icons-react';
import type { ReferenceData } from '../../shared/sync/downward.ts';
import { announcementDate, recentAnnouncements } from '../reference/announcements.ts';

const DISMISSED_KEY = 'fengqiao.dismissedAnnouncements';

function readDismissed(): string[] {
  try {
    const stored: unknown = JSON.parse(window.sessionStorage.getItem(DISMISSED_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function saveDismissed(ids: string[]): void {
  try {
    window.sessionStorage.setItem(DISMISSED_KEY, JSON.stringify(ids));
  } catch {
    // Storage refused (private mode, quota): closed for this page only.
  }
}

export function AnnouncementsCard({ reference }: { reference: ReferenceData | null | undefined }) {
  const [dismissed, setDismissed] = useState(readDismissed);
  // "The last 30 days" counts from when the page was opened.
  const [openedAt] = useState(() => Date.now());
  const shown = recentAnnouncements(reference, openedAt).filter((a) => !dismissed.includes(a.id));
  if (shown.length === 0) return null;

  const dismiss = (id: string) => {
    const next = [...dismissed, id];
    setDismissed(next);
    saveDismissed(next);
  };
  return (
    <Stack gap="xs" component="section" aria-label="区司法局通知">
      {shown.map((a) => (
        <Alert
          key={a.id}
          color="blue"
          variant="light"
          role="note"
          icon={<IconSpeakerphone />}
          title={a.title}
          withCloseButton
          closeButtonLabel="关闭这条通知"
          onClose={() => dismiss(a.id)}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {a.body}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            区司法局 {announcementDate(a.publishedAt)}
          </Text>
        </Alert>
      ))}
    </Stack>
  );
}
