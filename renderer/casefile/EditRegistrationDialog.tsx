// 修改登记信息: the registration form in a dialog, filled from the case as it was read. The committee and the
// registration date are shown but stay (the case number depends on them); the colour changes by the step
// 调整风险等级. Sent as 'cases.update' with the version read, so that someone else's change is not overwritten.
import { useState, type FormEvent } from 'react';
import { Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { CaseDetail } from '../../shared/domain/case.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifyError, notifySuccess } from '../api/errors.ts';
import { errorsFromServer } from '../common/fieldErrors.ts';
import { isAppError } from '../../shared/errors.ts';
import { checkUpdate, serverFieldLabel } from '../registration/checks.ts';
import { DraftFields } from '../registration/DraftFields.tsx';
import { focusFirstError } from '../registration/focusFirstError.ts';
import { draftFromDetail } from '../registration/prefill.ts';
import { useDraftEditor } from '../registration/useDraftEditor.ts';
import { DialogButtons } from '../common/DialogButtons.tsx';

interface EditRegistrationDialogProps {
  /** The case as the page shows it; the dialog keeps this version even if the page reloads the case. */
  detail: CaseDetail;
  onSaved: (detail: CaseDetail) => void;
  /** Someone else changed the case meanwhile (CONFLICT): the page reads it again for the next attempt. */
  onStale: () => void;
  onClose: () => void;
}

export function EditRegistrationDialog({ detail, onSaved, onStale, onClose }: EditRegistrationDialogProps) {
  const api = useApi();
  const [target] = useState(() => ({ id: detail.id, version: detail.version }));
  const [draft, setDraft] = useState(() => draftFromDetail(detail));
  const editor = useDraftEditor(setDraft);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    const { errors, input } = checkUpdate(draft, target);
    editor.setErrors(errors);
    setSubmitted(true);
    if (!input) {
      focusFirstError();
      return;
    }
    setBusy(true);
    try {
      const saved = await api.call('cases.update', input);
      notifySuccess('登记信息已保存', `${saved.number}的登记信息已更新`);
      onSaved(saved);
    } catch (error) {
      const fieldErrors = errorsFromServer(error);
      if (fieldErrors) {
        editor.setErrors(fieldErrors);
        focusFirstError();
      }
      if (isAppError(error) && error.code === 'CONFLICT') onStale();
      notifyError(error, '登记信息没有保存', (path) => serverFieldLabel(draft, path));
      setBusy(false);
    }
  }

  const fixed = (
    <Stack gap={4}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="案号" value={detail.number} readOnly variant="filled" />
        <TextInput label="调委会" value={detail.committeeName} readOnly variant="filled" />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        调委会和登记日期关系到案号，不能修改；风险等级请用“调整风险等级”办理。
      </Text>
    </Stack>
  );

  return (
    <Modal opened onClose={onClose} title="修改登记信息" size={1100} centered={false}>
      <form onSubmit={submit} noValidate aria-label="修改登记信息">
        <Stack gap="lg">
          <DraftFields draft={draft} editor={editor} submitted={submitted} committee={fixed} editing />
          <DialogButtons onCancel={onClose} busy={busy} />
        </Stack>
      </form>
    </Modal>
  );
}
