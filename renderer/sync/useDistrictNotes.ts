// The district's notes (区司法局意见) on this register's records, newest first: of one record (the case page) or
// all, only the open ones or every one; read again when `refreshKey` changes (after a sync). A note marked 已处理
// here is kept as the register answered it, without reading the list again.
import { useCallback, useMemo, useState } from 'react';
import type { NoteRow } from '../../shared/sync/overview.ts';
import { useApiQuery } from '../api/useApiQuery.ts';

export interface DistrictNotesQuery {
  notes: NoteRow[] | undefined;
  error: unknown;
  reload: () => void;
  /** A note as the register answered 已处理. */
  handled: (note: NoteRow) => void;
}

export function useDistrictNotes(input: { recordId?: string; open?: boolean }, refreshKey?: string | number): DistrictNotesQuery {
  const query = useApiQuery('sync.notes', input, { notify: false, ...(refreshKey === undefined ? {} : { refreshKey }) });
  const [answered, setAnswered] = useState<ReadonlyMap<string, NoteRow>>(new Map());
  const handled = useCallback((note: NoteRow) => setAnswered((prev) => new Map(prev).set(note.noteId, note)), []);
  const notes = useMemo(() => query.data?.map((n) => (n.handledAt ? n : (answered.get(n.noteId) ?? n))), [query.data, answered]);
  return { notes, error: query.error, reload: query.reload, handled };
}

/** The open notes first, then the handled ones, each newest first (the register's order). */
export function openFirst(notes: readonly NoteRow[]): NoteRow[] {
  return [...notes.filter((n) => !n.handledAt), ...notes.filter((n) => n.handledAt)];
}
