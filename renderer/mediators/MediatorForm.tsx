// 新增调解员: committee, name, sex, phone, post, full-time, date joined. Checked with the contract's schema.
import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { contract } from '../../shared/api/contract.ts';
import type { Committee } from '../../shared/domain/committee.ts';
import { MEDIATOR_POSTS } from '../../shared/domain/mediator.ts';
import { SEXES } from '../../shared/domain/reference.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifyError, notifySuccess } from '../api/errors.ts';
import { DateField } from '../common/DateField.tsx';
import { clearError, errorsFromServer, issuesToErrors, type FieldErrors } from '../common/fieldErrors.ts';

type Post = (typeof MEDIATOR_POSTS)[number]['code'];
type Sex = (typeof SEXES)[number]['code'];

interface Draft {
  committeeId: string | null;
  name: string;
  sex: Sex | null;
  phone: string;
  post: Post;
  fullTime: boolean;
  joinedOn: string | null;
}

const empty = (committeeId: string | null): Draft => ({
  committeeId,
  name: '',
  sex: null,
  phone: '',
  post: 'mediator',
  fullTime: false,
  joinedOn: null,
});

export function MediatorForm({ committees, onAdded }: { committees: Committee[]; onAdded: () => void }) {
  const api = useApi();
  const own = committees.find((c) => c.isOwn)?.id ?? committees[0]?.id ?? null;
  const [draft, setDraft] = useState<Draft>(() => empty(null));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const committeeId = draft.committeeId ?? own;

  function change<K extends keyof Draft>(field: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => clearError(e, field));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = contract['mediators.add'].input.safeParse({ ...draft, committeeId: committeeId ?? '' });
    if (!parsed.success) {
      setErrors(issuesToErrors(parsed.error.issues));
      return;
    }
    setBusy(true);
    try {
      const added = await api.call('mediators.add', parsed.data);
      notifySuccess('已添加', `${added.name}已加入${added.committeeName}`);
      setDraft(empty(draft.committeeId));
      setErrors({});
      onAdded();
    } catch (error) {
      setErrors(errorsFromServer(error) ?? {});
      notifyError(error, '调解员没有添加');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label="新增调解员">
      <Stack gap="sm">
        <Title order={3} size="h4">
          新增调解员
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <Select
            label="调委会"
            data={committees.map((c) => ({ value: c.id, label: c.name }))}
            value={committeeId}
            onChange={(v) => change('committeeId', v)}
            error={errors['committeeId']}
            allowDeselect={false}
            required
          />
          <TextInput
            label="姓名"
            value={draft.name}
            onChange={(e) => change('name', e.currentTarget.value)}
            error={errors['name']}
            required
          />
          <Select
            label="性别"
            data={SEXES.map((s) => ({ value: s.code, label: s.label }))}
            value={draft.sex}
            onChange={(v) => change('sex', SEXES.find((s) => s.code === v)?.code ?? null)}
            error={errors['sex']}
            clearable
          />
          <TextInput
            label="联系电话"
            value={draft.phone}
            onChange={(e) => change('phone', e.currentTarget.value)}
            error={errors['phone']}
          />
          <Select
            label="职务"
            data={MEDIATOR_POSTS.map((p) => ({ value: p.code, label: p.label }))}
            value={draft.post}
            onChange={(v) => change('post', MEDIATOR_POSTS.find((p) => p.code === v)?.code ?? 'mediator')}
            error={errors['post']}
            allowDeselect={false}
          />
          <DateField label="加入日期" value={draft.joinedOn} onChange={(v) => change('joinedOn', v)} error={errors['joinedOn']} clearable />
        </SimpleGrid>
        <Group justify="space-between">
          <Checkbox label="专职" checked={draft.fullTime} onChange={(e) => change('fullTime', e.currentTarget.checked)} />
          <Button type="submit" loading={busy}>
            添加调解员
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
