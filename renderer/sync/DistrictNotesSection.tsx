// 区司法局意见 on the 同步 page: the district's open questions and corrections on this register's records, each
// linked to where the record is corrected (a case to its page), with 已处理 for a role that may mark them; the
// handled ones on request. Read again with the sync's state (a sync may have brought new ones).
import { useState } from 'react';
import { Switch, Text } from '@mantine/core';
import { useMay } from '../auth/SessionContext.tsx';
import { LoadError } from '../common/LoadError.tsx';
import { DistrictNoteList } from './DistrictNote.tsx';
import { NotesPanel } from './NotesPanel.tsx';
import { openFirst, useDistrictNotes } from './useDistrictNotes.ts';

interface DistrictNotesSectionProps {
  /** Read the notes again when it changes (the time the sync's state was read). */
  refreshKey: number;
}

export function DistrictNotesSection({ refreshKey }: DistrictNotesSectionProps) {
  const may = useMay();
  const [showHandled, setShowHandled] = useState(false);
  const query = useDistrictNotes({ open: !showHandled }, refreshKey);
  const shown = query.notes && openFirst(query.notes.filter((n) => showHandled || !n.handledAt));
  const open = query.notes?.filter((n) => !n.handledAt).length ?? 0;
  return (
    <NotesPanel
      open={open}
      aside={<Switch label="显示已处理的意见" checked={showHandled} onChange={(e) => setShowHandled(e.currentTarget.checked)} />}
    >
      <Text size="sm" c="dimmed" mb="sm">
        区司法局对本调委会记录的提问或更正意见。区司法局不修改本调委会的记录：请点案号或名称打开记录，照常修改，保存后会自动报送；改好后点“已处理”。
      </Text>
      <LoadError title="区司法局意见没有读出来" query={query} />
      {shown &&
        (shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            {showHandled ? '区司法局还没有提出过意见。' : '没有待处理的区司法局意见。'}
          </Text>
        ) : (
          <DistrictNoteList notes={shown} withRecord onHandled={may('sync.handleNote') ? query.handled : undefined} />
        ))}
    </NotesPanel>
  );
}
