// 恢复备份: confirms the chosen backup, asks for the passphrase when the register says this PC has no key for it
// (another PC, or a backup made under an earlier passphrase), and shows the restore running.
import { useState, type FormEvent } from 'react';
import { Alert, Group, Loader, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import type { MethodOutput } from '../../shared/api/contract.ts';
import { isAppError } from '../../shared/errors.ts';
import { useApi } from '../api/ApiContext.tsx';
import { formatInstant } from '../common/dates.ts';
import { DialogButtons } from '../common/DialogButtons.tsx';
import { useFormCall } from '../common/useFormCall.ts';
import { LOCATION_LABELS } from './backupFiles.ts';
import type { RecoveryBackup } from './RecoveryBackupTable.tsx';

export type RestoreResult = MethodOutput<'recovery.restore'>;

interface RestoreDialogProps {
  backup: RecoveryBackup;
  /** Show the passphrase field (the register asked for it before, on this page). */
  askPassphrase: boolean;
  /** The register could not open the backup with this PC's key: ask for the passphrase from now on. */
  onPassphraseNeeded: () => void;
  onClose: () => void;
  onRestored: (result: RestoreResult) => void;
}

/** A refusal that the passphrase may cure: asked for by name, or a backup the key given could not open. */
function passphraseMayHelp(error: unknown): boolean {
  if (!isAppError(error) || error.code !== 'VALIDATION') return false;
  return !error.issues?.length || error.issues.some((issue) => issue.path === 'passphrase');
}

export function RestoreDialog({ backup, askPassphrase, onPassphraseNeeded, onClose, onRestored }: RestoreDialogProps) {
  const api = useApi();
  const form = useFormCall();
  const [passphrase, setPassphrase] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    await form.send(
      () => api.call('recovery.restore', { file: backup.file, passphrase: askPassphrase && passphrase ? passphrase : null }),
      onRestored,
      (error) => {
        if (passphraseMayHelp(error)) onPassphraseNeeded();
        return false;
      },
    );
  }

  const close = () => !form.busy && onClose();
  return (
    <Modal opened onClose={close} title="恢复备份" closeOnClickOutside={false} closeOnEscape={!form.busy} withCloseButton={!form.busy}>
      <form onSubmit={submit} noValidate aria-label="恢复备份">
        <Stack gap="sm">
          <Text>
            将用 <strong>{formatInstant(backup.createdAt)}</strong> 的备份（{LOCATION_LABELS[backup.location]}）恢复登记簿。
          </Text>
          <Text size="sm">
            备份文件：
            <Text span ff="monospace" size="sm">
              {backup.file}
            </Text>
          </Text>
          <Text size="sm">
            这个备份之后登记或办理的内容不在备份中，恢复后需要补登。现在的数据文件不会删除，会改名保存在原来的文件夹里。
          </Text>
          {askPassphrase && (
            <PasswordInput
              label="备份口令"
              description="这台电脑上没有能打开这个备份的密钥（例如在另一台电脑上恢复，或口令后来改过）。请输入设置备份时抄下的备份口令。"
              {...form.bind('passphrase', passphrase, setPassphrase)}
              autoComplete="off"
              data-autofocus
              required
            />
          )}
          {form.failure && (
            <Alert color="red" title="没有恢复">
              {form.failure}
            </Alert>
          )}
          {form.busy && (
            <Group gap="xs" role="status">
              <Loader size="sm" />
              <Text size="sm">正在恢复：解密并检查备份，再放回数据文件。数据多时需要几分钟，请不要关闭程序。</Text>
            </Group>
          )}
          <DialogButtons onCancel={close} busy={form.busy} submitLabel="确认恢复" />
        </Stack>
      </form>
    </Modal>
  );
}
