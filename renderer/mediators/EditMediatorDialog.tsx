// 编辑调解员信息: every field of the roster entry, sent with the version read (someone else's change meanwhile is
// refused by the register and said here). Grades, trainings and honours have their own forms in the record.
import type { FormEvent } from 'react';
import { Modal, Stack } from '@mantine/core';
import type { Committee } from '../../shared/domain/committee.ts';
import type { MediatorDetail } from '../../shared/domain/mediator.ts';
import { useApi } from '../api/ApiContext.tsx';
import { DialogButtons } from '../common/DialogButtons.tsx';
import { FormProblems } from '../common/FormProblems.tsx';
import { DRAFT_PATHS, checkUpdate, draftOf } from './mediatorDraft.ts';
import { MediatorFieldsGrid } from './MediatorFieldsGrid.tsx';
import { useDraftForm } from '../common/useDraftForm.ts';

interface EditMediatorDialogProps {
  mediator: MediatorDetail;
  committees: Committee[];
  onClose: () => void;
  onSaved: (mediator: MediatorDetail) => void;
}

export function EditMediatorDialog({ mediator, committees, onClose, onSaved }: EditMediatorDialogProps) {
  const api = useApi();
  const { draft, form, change, problem } = useDraftForm(() => draftOf(mediator));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { errors, input } = checkUpdate(draft, mediator.id, mediator.version);
    form.setErrors(errors);
    if (!input) return;
    await form.send(() => api.call('mediators.update', input), onSaved);
  }

  return (
    <Modal opened onClose={onClose} title={`编辑调解员信息：${mediator.name}`} size="xl">
      <form onSubmit={submit} noValidate aria-label="编辑调解员信息">
        <Stack gap="sm">
          <MediatorFieldsGrid draft={draft} errors={form.errors} committees={committees} onChange={change} onError={problem} />
          <FormProblems title="调解员信息没有保存" failure={form.failure} errors={form.errors} shown={DRAFT_PATHS} />
          <DialogButtons onCancel={onClose} busy={form.busy} />
        </Stack>
      </form>
    </Modal>
  );
}
