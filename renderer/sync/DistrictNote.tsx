// One note of the district on a record: an open one in orange with who wrote it and when, and 已处理 for a role that
// may mark it; a handled one greyed, with who marked it and when. On the 同步 page it names (and links) its record.
import type { ReactNode } from 'react';
import { Alert, Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { IconMessageReport } from '@tabler/icons-react';
import type { NoteRow } from '../../shared/sync/overview.ts';
import { useSignedIn } from '../auth/SessionContext.tsx';
import { actorLabel } from '../common/actors.ts';
import { formatInstant } from '../common/dates.ts';
import { HandleNoteButton } from './HandleNoteButton.tsx';
import { recordHref, recordText } from './recordPlace.ts';
import { kindLabel } from './syncText.ts';

interface DistrictNoteProps {
  note: NoteRow;
  /** Name the record (with a link to where it is corrected): on the 同步 page, not on the record's own page. */
  withRecord?: boolean;
  /** For a role that may mark notes as dealt with. */
  onHandled?: ((note: NoteRow) => void) | undefined;
}

function RecordName({ note }: { note: NoteRow }) {
  const href = recordHref(note.kind, note.recordId);
  const text = recordText(note.kind, note.label);
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c="dimmed">
        {kindLabel(note.kind)}
      </Text>
      {href ? (
        <Anchor href={href} fw={600} size="sm">
          {text}
        </Anchor>
      ) : (
        <Text size="sm" fw={600}>
          {text}
        </Text>
      )}
    </Group>
  );
}

function Written({ note }: { note: NoteRow }) {
  return (
    <Text size="xs" c="dimmed">
      {note.author || '区司法局'} · {formatInstant(note.createdAt)}
    </Text>
  );
}

export function DistrictNote({ note, withRecord = false, onHandled }: DistrictNoteProps) {
  const { user } = useSignedIn();
  const record: ReactNode = withRecord && <RecordName note={note} />;
  const body = (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {note.body}
    </Text>
  );
  if (note.handledAt)
    return (
      <Paper component="li" bg="gray.0" p="sm" radius="sm" c="dimmed" aria-label="已处理的意见">
        <Stack gap={4}>
          {record}
          {body}
          <Written note={note} />
          <Text size="xs">
            已处理：{note.handledBy ? actorLabel(note.handledBy, [user]) : '—'}，{formatInstant(note.handledAt)}
          </Text>
        </Stack>
      </Paper>
    );
  return (
    <li aria-label="待处理的意见">
      <Alert color="orange" variant="light" icon={<IconMessageReport />} p="sm" role="note">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} style={{ flex: 1 }}>
            {record}
            {body}
            <Written note={note} />
          </Stack>
          {onHandled && <HandleNoteButton note={note} onHandled={onHandled} />}
        </Group>
      </Alert>
    </li>
  );
}

/** The notes as a list (open ones first where the caller sorted them so). */
export function DistrictNoteList({ notes, withRecord = false, onHandled }: { notes: NoteRow[] } & Omit<DistrictNoteProps, 'note'>) {
  return (
    <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
      {notes.map((note) => (
        <DistrictNote key={note.noteId} note={note} withRecord={withRecord} onHandled={onHandled} />
      ))}
    </Stack>
  );
}
