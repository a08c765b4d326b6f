// 纠纷登记: the registration form. Checked with the contract's own schema before sending; the server's field
// errors come back under the same paths and show next to the same fields. When the office keeps the records of
// other committees, the clerk picks the committee whose numbering the case gets.
import { useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import type { RegisteredCase } from '../../shared/domain/case.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifyError } from '../api/errors.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { errorsFromServer } from '../common/fieldErrors.ts';
import { navigate } from '../routing/useRoute.ts';
import { emptyDraft, type CaseDraft } from './draft.ts';
import { checkDraft, serverFieldLabel } from './checks.ts';
import { focusFirstError } from './focusFirstError.ts';
import { useDraftEditor } from './useDraftEditor.ts';
import { CommitteeSelect } from './CommitteeSelect.tsx';
import { DraftFields } from './DraftFields.tsx';
import { RegisteredModal } from './RegisteredModal.tsx';

interface RegistrationFormProps {
  draft: CaseDraft;
  onDraftChange: Dispatch<SetStateAction<CaseDraft>>;
}

export function RegistrationForm({ draft, onDraftChange }: RegistrationFormProps) {
  const api = useApi();
  const editor = useDraftEditor(onDraftChange);
  const [busy, setBusy] = useState(false);
  const [registered, setRegistered] = useState<RegisteredCase | null>(null);
  const [submitted, setSubmitted] = useState(false);
  // Without the list (or with only the own committee) the case goes into the own register, as before.
  const committees = useApiQuery('committees.list', {}, { notify: false }).data ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { errors: problems, input } = checkDraft(draft);
    editor.setErrors(problems);
    setSubmitted(true);
    if (!input) {
      focusFirstError();
      return;
    }
    setBusy(true);
    try {
      const result = await api.call('cases.register', input);
      onDraftChange(emptyDraft());
      setSubmitted(false);
      setRegistered(result);
    } catch (error) {
      const fieldErrors = errorsFromServer(error);
      if (fieldErrors) {
        editor.setErrors(fieldErrors);
        focusFirstError();
      }
      notifyError(error, '登记没有完成', (path) => serverFieldLabel(draft, path));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="纠纷登记">
      <Stack gap="lg" maw={1100}>
        <div>
          <Title order={2}>纠纷登记</Title>
          <Text c="dimmed" size="sm">
            受理登记：每件纠纷都要登记建档。带红色星号的为必填项。
          </Text>
        </div>
        {draft.origin && (
          <Alert color="blue" variant="light" icon={<IconClipboardCheck size={18} />} py="xs">
            由排查发现登记：{draft.origin.period}
          </Alert>
        )}
        <DraftFields
          draft={draft}
          editor={editor}
          submitted={submitted}
          committee={
            committees.length > 1 && (
              <CommitteeSelect committees={committees} value={draft.committeeId} onChange={(id) => editor.changeField('committeeId', id)} />
            )
          }
        />
        <Group>
          <Button type="submit" size="md" loading={busy}>
            提交登记
          </Button>
        </Group>
      </Stack>
      <RegisteredModal
        registered={registered}
        onClose={() => setRegistered(null)}
        onView={(id) => {
          setRegistered(null);
          navigate({ page: 'case', id });
        }}
      />
    </form>
  );
}
