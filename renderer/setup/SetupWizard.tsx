// First run: the office picks its committee (area, kind, name, case-number abbreviation) before anything else.
import { useState, type FormEvent } from 'react';
import { Button, Container, Divider, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { COMMITTEE_KINDS, type CommitteeKind } from '../../shared/domain/reference.ts';
import type { CommitteeInput } from '../../shared/domain/committee.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifyError, notifySuccess } from '../api/errors.ts';
import { clearError, errorsFromServer, type FieldErrors } from '../common/fieldErrors.ts';
import { isAppError } from '../../shared/errors.ts';
import { DivisionCascade } from './DivisionCascade.tsx';
import { useDivisionCascade } from './useDivisionCascade.ts';
import { suggestAbbreviation, suggestCommitteeName, suggestKind } from './naming.ts';
import { areaError, checkSetup } from './setupChecks.ts';
import { CaseNumberPreview } from './CaseNumberPreview.tsx';

export function SetupWizard({ onDone }: { onDone: () => void }) {
  const api = useApi();
  const cascade = useDivisionCascade();
  // null: follow the suggestion made from the chosen division, until the clerk types their own.
  const [kind, setKind] = useState<CommitteeKind | null>(null);
  const [name, setName] = useState<string | null>(null);
  const [abbreviation, setAbbreviation] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const deepest = cascade.deepest;
  const input: CommitteeInput = {
    areaCode: deepest?.code ?? '',
    kind: kind ?? suggestKind(deepest),
    name: name ?? (deepest ? suggestCommitteeName(deepest.name) : ''),
    abbreviation: abbreviation ?? (deepest ? suggestAbbreviation(deepest.name) : ''),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = checkSetup(input, cascade);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const committee = await api.call('setup.complete', input);
      notifySuccess('设置完成', `本机登记簿属于：${committee.name}`);
      onDone();
    } catch (error) {
      setErrors(errorsFromServer(error) ?? {});
      notifyError(error, '设置没有完成');
      if (isAppError(error) && error.code === 'ALREADY_SET_UP') onDone();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Container size="md" py="xl">
      <Paper withBorder shadow="sm" p="xl" component="form" onSubmit={submit} noValidate>
        <Stack gap="lg">
          <div>
            <Title order={1} size="h2">
              枫桥人民调解工作台 · 首次使用设置
            </Title>
            <Text c="dimmed" mt="xs">
              本机的登记簿属于一个人民调解委员会，案号按这个调委会逐年编排。请选择调委会所在的地区，再核对调委会名称和案号简称。
            </Text>
          </div>

          <Divider label="第一步：选择所在地区" labelPosition="left" />
          <DivisionCascade
            cascade={cascade}
            onChoose={(level, code) => {
              setErrors((e) => clearError(e, 'areaCode'));
              cascade.choose(level, code);
            }}
            error={areaError(errors.areaCode, input.kind, cascade)}
          />

          <Divider label="第二步：核对调委会信息" labelPosition="left" />
          <Select
            label="调委会类型"
            data={COMMITTEE_KINDS.map((k) => ({ value: k.code, label: k.label }))}
            value={input.kind}
            onChange={(value) => {
              const chosen = COMMITTEE_KINDS.find((k) => k.code === value);
              if (chosen) setKind(chosen.code);
              setErrors((e) => clearError(clearError(e, 'kind'), 'areaCode'));
            }}
            allowDeselect={false}
            error={errors.kind}
            required
          />
          <TextInput
            label="调委会名称"
            description="选好地区后自动填写，可以修改"
            value={input.name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setErrors((errs) => clearError(errs, 'name'));
            }}
            error={errors.name}
            required
          />
          <TextInput
            label="案号简称"
            description="写在案号里的调委会简称，一般是所在乡镇（街道）或村（社区）名称去掉“街道”“镇”“村”等字样；最多10个字，只能是汉字、字母或数字。启用后不宜再改。"
            value={input.abbreviation}
            onChange={(e) => {
              setAbbreviation(e.currentTarget.value);
              setErrors((errs) => clearError(errs, 'abbreviation'));
            }}
            error={errors.abbreviation}
            required
          />
          <CaseNumberPreview abbreviation={input.abbreviation} />

          <Group justify="flex-end">
            <Button type="submit" size="md" loading={busy}>
              完成设置
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Container>
  );
}
