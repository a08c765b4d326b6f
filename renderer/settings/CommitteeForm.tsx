// 添加调委会: a committee whose records this office keeps (a village committee, an industry committee, a
// studio…), under the office's own committee. A village below the office's area fills in code, name and
// abbreviation; any other area is typed as its 12-digit statistical code.
import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { contract } from '../../shared/api/contract.ts';
import type { Committee } from '../../shared/domain/committee.ts';
import { COMMITTEE_KINDS, type CommitteeKind } from '../../shared/domain/reference.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifyError, notifySuccess } from '../api/errors.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { clearError, errorsFromServer, issuesToErrors, type FieldErrors } from '../common/fieldErrors.ts';
import { suggestAbbreviation, suggestCommitteeName } from '../setup/naming.ts';

interface Draft {
  name: string;
  kind: CommitteeKind;
  areaCode: string;
  abbreviation: string;
}

const EMPTY: Draft = { name: '', kind: 'village', areaCode: '', abbreviation: '' };

export function CommitteeForm({ own, onAdded }: { own: Committee; onAdded: () => void }) {
  const api = useApi();
  const villages = useApiQuery('divisions.children', { code: own.areaCode }, { notify: false });
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  function change(patch: Partial<Draft>) {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => Object.keys(patch).reduce(clearError, e));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = contract['committees.add'].input.safeParse({ ...draft, parentId: own.id });
    if (!parsed.success) {
      setErrors(issuesToErrors(parsed.error.issues));
      return;
    }
    setBusy(true);
    try {
      const added = await api.call('committees.add', parsed.data);
      notifySuccess('已添加', `${added.name}的案件和排查报告可以在本机登记了`);
      setDraft(EMPTY);
      setErrors({});
      onAdded();
    } catch (error) {
      setErrors(errorsFromServer(error) ?? {});
      notifyError(error, '调委会没有添加');
    } finally {
      setBusy(false);
    }
  }

  const choices = villages.data ?? [];
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label="添加调委会">
      <Stack gap="sm">
        <Title order={4} size="h5">
          添加调委会
        </Title>
        {choices.length > 0 && (
          <Select
            label="从本辖区的村（社区）中选择"
            description="选择后自动填写下面的区划代码、名称和案号简称，可以修改"
            data={choices.map((d) => ({ value: d.code, label: d.name }))}
            value={choices.some((d) => d.code === draft.areaCode) ? draft.areaCode : null}
            onChange={(code) => {
              const d = choices.find((c) => c.code === code);
              if (d)
                change({
                  areaCode: d.code,
                  name: suggestCommitteeName(d.name),
                  abbreviation: suggestAbbreviation(d.name),
                  kind: 'village',
                });
            }}
            searchable
            clearable
            nothingFoundMessage="没有找到，请换个字试试"
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="调委会名称"
            value={draft.name}
            onChange={(e) => change({ name: e.currentTarget.value })}
            error={errors['name']}
            required
          />
          <Select
            label="类型"
            data={COMMITTEE_KINDS.map((k) => ({ value: k.code, label: k.label }))}
            value={draft.kind}
            onChange={(v) => change({ kind: COMMITTEE_KINDS.find((k) => k.code === v)?.code ?? draft.kind })}
            error={errors['kind']}
            allowDeselect={false}
            required
          />
          <TextInput
            label="统计用区划代码"
            description="12位数字，如 320102005001"
            value={draft.areaCode}
            onChange={(e) => change({ areaCode: e.currentTarget.value.trim() })}
            error={errors['areaCode']}
            inputMode="numeric"
            maxLength={12}
            required
          />
          <TextInput
            label="案号简称"
            description="最多10个汉字、字母或数字"
            value={draft.abbreviation}
            onChange={(e) => change({ abbreviation: e.currentTarget.value })}
            error={errors['abbreviation']}
            required
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            添加调委会
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
