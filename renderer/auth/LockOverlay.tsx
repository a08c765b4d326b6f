// 屏幕已锁定: a full-screen cover above the workbench, which stays mounted beneath it, so that whatever was being
// typed is still there after the same user's password opens it again. 切换用户 signs out instead.
import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, FocusTrap, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { ROLE_LABELS, type Session, type User } from '../../shared/domain/account.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useFormCall } from '../common/useFormCall.ts';
import type { LockReason } from './gate.ts';

/** Above Mantine's dialogs (200), menus (300) and its overlays (400): an open step dialog stays under the cover. */
const Z_INDEX = 1000;
/** Mantine's dialogs close on Escape unless the key comes from an element marked so. */
const KEEP_ESCAPE = { 'data-mantine-stop-propagation': 'true' };

const WHY: Record<LockReason, string> = {
  idle: '长时间未操作，屏幕已自动锁定。',
  asked: '',
  refused: '长时间未操作，登记簿已锁定本次登录，刚才的操作没有完成：解锁后请再做一次。',
};

interface LockOverlayProps {
  user: User;
  reason: LockReason;
  onUnlocked: (session: Session) => void;
  onSwitchUser: () => void;
}

export function LockOverlay({ user, reason, onUnlocked, onSwitchUser }: LockOverlayProps) {
  const api = useApi();
  const form = useFormCall();
  const [password, setPassword] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!password) return form.setErrors({ password: '请填写密码' });
    // A refused password is typed again from the start.
    await form.send(() => api.call('auth.unlock', { password }).finally(() => setPassword('')), onUnlocked);
  }

  return (
    <FocusTrap active>
      <Box
        role="dialog"
        aria-modal="true"
        aria-label="屏幕已锁定"
        tabIndex={-1}
        {...KEEP_ESCAPE}
        pos="fixed"
        inset={0}
        style={{ zIndex: Z_INDEX, backdropFilter: 'blur(6px)' }}
        bg="rgba(30, 34, 60, 0.72)"
        display="flex"
        p="md"
      >
        <Paper withBorder shadow="xl" p="xl" w="100%" maw={420} m="auto">
          <form onSubmit={submit} noValidate aria-label="解锁">
            <Stack gap="md">
              <Group gap="xs">
                <IconLock size={22} />
                <Title order={2} size="h3">
                  屏幕已锁定
                </Title>
              </Group>
              <Text size="sm">
                {WHY[reason]}
                {user.name}（{ROLE_LABELS[user.role]}），请输入密码解锁；没有保存的内容都还在。
              </Text>
              <PasswordInput
                label="密码"
                {...form.bind('password', password, setPassword)}
                autoComplete="current-password"
                data-autofocus
                {...KEEP_ESCAPE}
              />
              {form.failure && (
                <Alert color="red" title="没有解锁">
                  {form.failure}
                </Alert>
              )}
              <Group justify="space-between">
                <Button variant="subtle" onClick={onSwitchUser} {...KEEP_ESCAPE}>
                  切换用户
                </Button>
                <Button type="submit" loading={form.busy} {...KEEP_ESCAPE}>
                  解锁
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </Box>
    </FocusTrap>
  );
}
