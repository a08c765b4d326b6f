// 区司法局意见 on the case page: the district's questions and corrections on this case, the open ones first in
// orange, with 已处理 for a role that may mark them. The district never edits the case: the clerk corrects it as
// usual and the new version goes up by itself. Nothing is shown when the district has said nothing.
import { Text } from '@mantine/core';
import { useMay } from '../auth/SessionContext.tsx';
import { DistrictNoteList } from '../sync/DistrictNote.tsx';
import { NotesPanel } from '../sync/NotesPanel.tsx';
import { openFirst, useDistrictNotes } from '../sync/useDistrictNotes.ts';

export function CaseNotesCard({ caseId }: { caseId: string }) {
  const may = useMay();
  const { notes, handled } = useDistrictNotes({ recordId: caseId });
  if (!notes || notes.length === 0) return null;
  const open = notes.filter((n) => !n.handledAt).length;
  return (
    <NotesPanel open={open}>
      <Text size="sm" c="dimmed" mb="sm">
        请按意见照常修改本案（修改登记信息、办理或更正记录），保存后会自动报送区司法局；改好后点“已处理”。
      </Text>
      <DistrictNoteList notes={openFirst(notes)} onHandled={may('sync.handleNote') ? handled : undefined} />
    </NotesPanel>
  );
}
