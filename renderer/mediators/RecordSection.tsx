// One part of a mediator's record with its history (等级变动, 培训记录, 考核与奖励) and, for a role that may add
// to it, a button that opens the form for a new entry above the history.
import { useState, type ReactNode } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { MediatorDetail } from '../../shared/domain/mediator.ts';

/** What each part of the record gets: the mediator, whether the role may add to it, and the record after a change. */
export interface RecordPartProps {
  mediator: MediatorDetail;
  editable: boolean;
  onSaved: (mediator: MediatorDetail) => void;
}

/** What the form for a new entry gets. */
export interface EntryFormProps {
  onCancel: () => void;
  onSaved: (mediator: MediatorDetail) => void;
}

interface RecordSectionProps {
  /** The button's words, e.g. '评定新等级'; null: the role may not add (or the entry makes no sense now). */
  addLabel: string | null;
  /** The form for a new entry; it closes when cancelled or saved. */
  form: (props: EntryFormProps) => ReactNode;
  onSaved: (mediator: MediatorDetail) => void;
  /** What the history shows when empty, e.g. '还没有培训记录'. */
  emptyText: string;
  isEmpty: boolean;
  children: ReactNode;
}

export function RecordSection({ addLabel, form, onSaved, emptyText, isEmpty, children }: RecordSectionProps) {
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="sm" pt="sm">
      {addLabel !== null &&
        (adding ? (
          form({
            onCancel: () => setAdding(false),
            onSaved: (mediator) => {
              setAdding(false);
              onSaved(mediator);
            },
          })
        ) : (
          <Group justify="flex-end">
            <Button size="sm" variant="light" leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
              {addLabel}
            </Button>
          </Group>
        ))}
      {isEmpty ? (
        <Text c="dimmed" size="sm" ta="center" py="md">
          {emptyText}
        </Text>
      ) : (
        children
      )}
    </Stack>
  );
}
