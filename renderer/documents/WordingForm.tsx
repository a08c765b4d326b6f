// 文书设置: the wording a committee may adjust, one box per passage, checked with the contract's schema (the
// notice must still state 权利, 义务 and 自愿…) before it is sent; the register's problems show under their boxes.
// 恢复默认 fills in the standard wording, which is kept only once saved.
import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { contract } from '../../shared/api/contract.ts';
import { DEFAULT_WORDING, WORDING_LABELS, type DocumentWording } from '../../shared/documents/wording.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifySuccess } from '../api/errors.ts';
import { issuesToErrors } from '../common/fieldErrors.ts';
import { FormProblems } from '../common/FormProblems.tsx';
import { useDraftForm } from '../common/useDraftForm.ts';

const FIELDS = Object.keys(WORDING_LABELS) as (keyof DocumentWording)[];

/** The notice is long (one paragraph a line); the other passages are a sentence or two. */
const ROWS: Partial<Record<keyof DocumentWording, number>> = { notice: 8, confirmationStatement: 4 };

export function WordingForm({ initial, readOnly }: { initial: DocumentWording; readOnly: boolean }) {
  const api = useApi();
  const { draft, form, change } = useDraftForm<DocumentWording>(() => ({ ...initial }));
  const [saved, setSaved] = useState(false);

  function edit(patch: Partial<DocumentWording>) {
    change(patch);
    setSaved(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = contract['documents.setWording'].input.safeParse(draft);
    if (!parsed.success) {
      form.setErrors(issuesToErrors(parsed.error.issues));
      return;
    }
    form.setErrors({});
    await form.send(
      () => api.call('documents.setWording', parsed.data),
      (stored) => {
        change(stored);
        setSaved(true);
        notifySuccess('已保存', '文书设置已保存，之后生成的文书使用新的文字');
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="文书设置">
      <Stack gap="sm">
        {FIELDS.map((field) => (
          <Textarea
            key={field}
            label={WORDING_LABELS[field]}
            value={draft[field]}
            onChange={(e) => edit({ [field]: e.currentTarget.value })}
            error={form.errors[field]}
            autosize
            minRows={ROWS[field] ?? 2}
            readOnly={readOnly}
          />
        ))}
        <FormProblems title="文书设置没有保存" failure={form.failure} errors={form.errors} shown={FIELDS} />
        {readOnly ? (
          <Text size="sm" c="dimmed">
            只有可以修改设置的人员才能修改文书设置。
          </Text>
        ) : (
          <Group justify="flex-end">
            {saved && (
              <Text c="green" size="sm" role="status">
                已保存
              </Text>
            )}
            <Button variant="default" onClick={() => edit({ ...DEFAULT_WORDING })}>
              恢复默认
            </Button>
            <Button type="submit" loading={form.busy}>
              保存文书设置
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
