// 自动锁定: after how many minutes without use the screen locks and asks for the password again (security.set).
// The register applies it at once; windows already open take it at their next sign-in or unlock.
import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Paper, Text, Title } from '@mantine/core';
import { contract } from '../../shared/api/contract.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifyError } from '../api/errors.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { errorsFromServer, issuesToErrors, type FieldErrors } from '../common/fieldErrors.ts';

export function IdleTimeForm() {
  const api = useApi();
  const stored = useApiQuery('security.get', {});
  /** What the administrator typed, until saved; null shows what is stored. */
  const [typed, setTyped] = useState<number | string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const value = typed ?? stored.data?.idleMinutes ?? '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = contract['security.set'].input.safeParse({ idleMinutes: value === '' ? undefined : Number(value) });
    if (!parsed.success) return setErrors(issuesToErrors(parsed.error.issues));
    setBusy(true);
    try {
      await api.call('security.set', parsed.data);
      setSaved(true);
      stored.reload();
      setTyped(null);
    } catch (error) {
      setErrors(errorsFromServer(error) ?? {});
      notifyError(error, '自动锁定时间没有保存');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label="自动锁定">
      <Title order={3} size="h4" mb="xs">
        自动锁定
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        离开电脑时，工作台会在无人操作一段时间后自动锁定，需要输入密码才能继续，以保护当事人的个人信息。
      </Text>
      <Group align="flex-start">
        <NumberInput
          label="无操作自动锁定时间（分钟）"
          value={value}
          onChange={(v) => {
            setTyped(v);
            setSaved(false);
            setErrors({});
          }}
          min={1}
          max={240}
          allowDecimal={false}
          error={errors['idleMinutes']}
          w={260}
          disabled={!stored.data}
        />
        <Group mt={25} gap="sm">
          <Button type="submit" loading={busy} disabled={!stored.data}>
            保存
          </Button>
          {saved && (
            <Text c="green" size="sm" role="status">
              已保存
            </Text>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
