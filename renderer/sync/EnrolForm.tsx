// 登记到区级平台: the hub's address and the district's one-time code (登记码), checked in the page with the
// contract's schema and the code's own rule; the hub's refusal (a used or mistyped code) shown above the buttons.
import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { contract } from '../../shared/api/contract.ts';
import { EnrolRequest } from '../../shared/sync/protocol.ts';
import type { SyncOverview } from '../../shared/sync/overview.ts';
import { useApi } from '../api/ApiContext.tsx';
import { FormProblems } from '../common/FormProblems.tsx';
import type { FieldErrors } from '../common/fieldErrors.ts';
import { useFormCall } from '../common/useFormCall.ts';
import { notifySyncDone } from './syncNotify.ts';
import { clerkWords } from './syncText.ts';

const SHOWN = ['hubUrl', 'code'];

/** One problem per field, the first: an empty field is '请填写…', not also '应以 https:// 开头'. */
function firstProblems(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[issue.path.map(String).join('.')] ??= issue.message;
  return errors;
}

interface EnrolFormProps {
  /** The address enrolled with before (重新登记), to start from. */
  initialUrl: string | null;
  onEnrolled: (overview: SyncOverview) => void;
  onCancel?: () => void;
}

export function EnrolForm({ initialUrl, onEnrolled, onCancel }: EnrolFormProps) {
  const api = useApi();
  const form = useFormCall();
  const [hubUrl, setHubUrl] = useState(initialUrl ?? '');
  const [code, setCode] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = contract['sync.enrol'].input.safeParse({ hubUrl, code });
    const codeCheck = EnrolRequest.shape.code.safeParse(code);
    const issues = [
      ...(parsed.success ? [] : parsed.error.issues),
      ...(codeCheck.success ? [] : codeCheck.error.issues.map((i) => ({ ...i, path: ['code'] }))),
    ];
    const errors = firstProblems(issues);
    form.setErrors(errors);
    if (!parsed.success || Object.keys(errors).length > 0) return;
    await form.send(
      () => api.call('sync.enrol', parsed.data),
      (overview) => {
        notifySyncDone('登记成功', '本机已登记到区级平台，待发送的记录会自动发送');
        setCode('');
        onEnrolled(overview);
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="登记到区级平台">
      <Stack gap="sm" maw={560}>
        <TextInput
          label="区级平台地址"
          description="区司法局提供，以 https:// 或 http:// 开头"
          placeholder="如 https://tongbu.example.gov.cn"
          required
          {...form.bind('hubUrl', hubUrl, setHubUrl)}
        />
        <TextInput
          label="登记码"
          description="区司法局给的12位登记码，只能使用一次，过期后需重新申请"
          placeholder="如 7KQ2-M9XD-P4TA"
          required
          autoComplete="off"
          {...form.bind('code', code, setCode)}
        />
        <FormProblems title="没有登记" failure={form.failure && clerkWords(form.failure)} errors={form.errors} shown={SHOWN} />
        <Group gap="sm">
          <Button type="submit" loading={form.busy}>
            登记本机
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={form.busy}>
              取消
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
