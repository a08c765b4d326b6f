// A dialog that asks before a weighty sync action (restoring from the hub, declining to): what will happen, then
// the action running with a word on what it is doing; the register's refusal stays in the dialog, in the clerk's
// words.
import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { describeForClerk } from '../api/errors.ts';
import { clerkWords } from './syncText.ts';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Shown while the action runs. */
  busyText: string;
  /** Title of the refusal shown in the dialog. */
  failedTitle: string;
  color?: string;
  /** The action: resolves when done (the dialog is then closed by the caller), throws the register's refusal. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

export function ConfirmDialog({ title, children, confirmLabel, busyText, failedTitle, color, onConfirm, onClose }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm();
    } catch (error) {
      setFailure(clerkWords(describeForClerk(error)));
      setBusy(false);
    }
  }

  const close = () => !busy && onClose();
  return (
    <Modal opened onClose={close} title={title} closeOnClickOutside={false} closeOnEscape={!busy} withCloseButton={!busy} size="lg">
      <Stack gap="sm">
        {children}
        {failure && (
          <Alert color="red" title={failedTitle}>
            {failure}
          </Alert>
        )}
        {busy && (
          <Group gap="xs" role="status">
            <Loader size="sm" />
            <Text size="sm">{busyText}</Text>
          </Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={busy}>
            取消
          </Button>
          <Button color={color} loading={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
