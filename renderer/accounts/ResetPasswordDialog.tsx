// 重置密码: the administrator sets a temporary password for someone who forgot theirs. The person is signed out
// everywhere and must choose their own password at the next sign-in.
import { useState, type FormEvent } from 'react';
import { Alert, Modal, Stack, Text } from '@mantine/core';
import type { User } from '../../shared/domain/account.ts';
import { useApi } from '../api/ApiContext.tsx';
import { newPasswordErrors } from '../auth/accountRules.ts';
import { NewPasswordFields } from '../auth/NewPasswordFields.tsx';
import { DialogButtons } from '../common/DialogButtons.tsx';
import { useFormCall } from '../common/useFormCall.ts';

export function ResetPasswordDialog({ user, onClose, onReset }: { user: User; onClose: () => void; onReset: (user: User) => void }) {
  const api = useApi();
  const form = useFormCall();
  const [password, setPassword] = useState({ value: '', again: '' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = newPasswordErrors(password.value, password.again, 'password', 'again');
    form.setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    await form.send(() => api.call('users.resetPassword', { id: user.id, password: password.value }), onReset);
  }

  return (
    <Modal opened onClose={onClose} title={`重置密码：${user.name}`}>
      <form onSubmit={submit} noValidate aria-label="重置密码">
        <Stack gap="sm">
          <Text size="sm">
            为 {user.name}（{user.username}）设置一个临时密码。重置后，此账户在各处的登录都会退出；{user.name}
            用临时密码登录时，必须先设置自己的新密码。
          </Text>
          <NewPasswordFields
            label="临时密码"
            value={password.value}
            again={password.again}
            errors={{ value: form.errors['password'], again: form.errors['again'] }}
            onChange={(value, again) => {
              setPassword({ value, again });
              form.setErrors({});
            }}
            random
          />
          {form.failure && (
            <Alert color="red" title="密码没有重置">
              {form.failure}
            </Alert>
          )}
          <DialogButtons onCancel={onClose} busy={form.busy} submitLabel="重置密码" />
        </Stack>
      </form>
    </Modal>
  );
}
