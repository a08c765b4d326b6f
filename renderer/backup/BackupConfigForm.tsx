// 备份设置: the passphrase typed twice (needed the first time; left empty later, it stays), how many backups to
// keep, and a folder for a second copy. The passphrase is what opens a backup on another PC, so the form says
// plainly that it must be written down: lost, the backups cannot be opened by anyone.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, NumberInput, PasswordInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { MIN_BACKUP_PASSPHRASE_CHARS, type BackupStatus } from '../../shared/domain/backup.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifySuccess } from '../api/errors.ts';
import { useFormCall } from '../common/useFormCall.ts';
import { checkBackupDraft, draftOf, type BackupDraft } from './backupDraft.ts';

export function BackupConfigForm({ status, onSaved }: { status: BackupStatus; onSaved: (status: BackupStatus) => void }) {
  const api = useApi();
  const form = useFormCall();
  const [draft, setDraft] = useState<BackupDraft>(() => draftOf(status));
  const [visible, setVisible] = useState(false);
  const [saved, setSaved] = useState(false);

  function edit(patch: Partial<BackupDraft>, ...paths: string[]) {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
    for (const path of paths) form.clear(path);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { errors, input } = checkBackupDraft(draft, status.configured);
    form.setErrors(errors);
    if (!input) return;
    const first = !status.configured;
    await form.send(
      () => api.call('backup.configure', input),
      (answer) => {
        setDraft(draftOf(answer));
        setVisible(false);
        setSaved(true);
        onSaved(answer);
        if (first) notifySuccess('备份口令已设置', '枫桥将在程序打开时每天自动备份一次。建议现在点“立即备份”做第一次备份。');
      },
    );
  }

  const passphraseShared = { visible, onVisibilityChange: setVisible, autoComplete: 'new-password' } as const;
  return (
    <form onSubmit={submit} noValidate aria-label="备份设置">
      <Stack gap="sm">
        {(!status.configured || draft.passphrase !== '') && (
          <Alert color="orange" icon={<IconAlertTriangle />} title="请把备份口令抄写下来，妥善保管">
            在另一台电脑上打开备份（例如这台电脑损坏后）时，必须输入这个口令。口令一旦遗忘，备份就无法打开，任何人（包括技术支持）都无法找回。本机只保存由口令生成的密钥，用于每天自动备份。
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <PasswordInput
            label="备份口令"
            description={
              status.configured
                ? '已设置。只在更换口令时填写，留空则不变；以前的备份仍用原来的口令打开'
                : `至少${MIN_BACKUP_PASSPHRASE_CHARS}个字符，建议用一句只有本所知道的话`
            }
            {...form.bind('passphrase', draft.passphrase, (passphrase) => edit({ passphrase }, 'passphraseAgain'))}
            required={!status.configured}
            {...passphraseShared}
          />
          <PasswordInput
            label="再次输入备份口令"
            {...form.bind('passphraseAgain', draft.again, (again) => edit({ again }))}
            required={!status.configured}
            {...passphraseShared}
          />
          <NumberInput
            label="保留份数"
            description="保留最近几次的自动备份（1–60），更早的自动删除"
            value={draft.keep}
            onChange={(keep) => edit({ keep }, 'keep')}
            error={form.errors['keep']}
            min={1}
            max={60}
            allowDecimal={false}
            allowNegative={false}
            required
          />
          <TextInput
            label="第二份备份的文件夹"
            description="可不填。U盘或共享文件夹的完整路径，每次备份后另存一份到这里，电脑损坏时也能恢复"
            placeholder="E:\枫桥备份"
            {...form.bind('extraFolder', draft.extraFolder, (extraFolder) => edit({ extraFolder }))}
            autoComplete="off"
          />
        </SimpleGrid>
        {form.failure && (
          <Alert color="red" title="备份设置没有保存">
            {form.failure}
          </Alert>
        )}
        <Group justify="flex-end">
          {saved && (
            <Text c="green" size="sm" role="status">
              已保存
            </Text>
          )}
          <Button type="submit" loading={form.busy}>
            保存备份设置
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
