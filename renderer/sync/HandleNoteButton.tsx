// 已处理: the clerk says the district's note is dealt with (the correction itself went up with the record).
import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { NoteRow } from '../../shared/sync/overview.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifySyncDone, notifySyncError } from './syncNotify.ts';

export function HandleNoteButton({ note, onHandled }: { note: NoteRow; onHandled: (note: NoteRow) => void }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);

  async function handle() {
    setBusy(true);
    try {
      const row = await api.call('sync.handleNote', { noteId: note.noteId });
      notifySyncDone('已标记为已处理', '这条区司法局意见不再列为待处理');
      onHandled(row);
    } catch (error) {
      notifySyncError(error, '没有标记为已处理');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button size="xs" variant="light" color="orange" leftSection={<IconCheck size={14} />} loading={busy} onClick={() => void handle()}>
      已处理
    </Button>
  );
}
