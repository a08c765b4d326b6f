// 添加账户: login name, name, role (with what it may do) and the first password, which the administrator passes on
// to the person in person; they may change it themselves after signing in.
import { useState, type FormEvent } from 'react';
import { Alert, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { contract } from '../../shared/api/contract.ts';
import type { Role, User } from '../../shared/domain/account.ts';
import { useApi } from '../api/ApiContext.tsx';
import { USERNAME_RULES, newPasswordErrors } from '../auth/accountRules.ts';
import { NewPasswordFields } from '../auth/NewPasswordFields.tsx';
import { DialogButtons } from '../common/DialogButtons.tsx';
import { issuesToErrors } from '../common/fieldErrors.ts';
import { useFormCall } from '../common/useFormCall.ts';
import { ROLE_OPTIONS, roleAbilities, roleOf } from './roles.ts';

export function AddUserDialog({ onClose, onAdded }: { onClose: () => void; onAdded: (user: User) => void }) {
  const api = useApi();
  const form = useFormCall();
  const [username, setUsername] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | null>('clerk');
  const [password, setPassword] = useState({ value: '', again: '' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = contract['users.add'].input.safeParse({ username, name, role: role ?? '', password: password.value });
    const problems = {
      ...(parsed.success ? {} : issuesToErrors(parsed.error.issues)),
      ...newPasswordErrors(password.value, password.again, 'password', 'again'),
    };
    form.setErrors(problems);
    if (!parsed.success || Object.keys(problems).length > 0) return;
    await form.send(() => api.call('users.add', parsed.data), onAdded);
  }

  return (
    <Modal opened onClose={onClose} title="添加账户">
      <form onSubmit={submit} noValidate aria-label="添加账户">
        <Stack gap="sm">
          <TextInput
            label="登录名"
            description={USERNAME_RULES}
            {...form.bind('username', username, setUsername)}
            autoComplete="off"
            data-autofocus
            required
          />
          <TextInput label="姓名" {...form.bind('name', name, setName)} required />
          <Select
            label="角色"
            data={ROLE_OPTIONS}
            value={role}
            onChange={(v) => {
              setRole(roleOf(v));
              form.clear('role');
            }}
            description={role ? roleAbilities(role) : undefined}
            error={form.errors['role']}
            allowDeselect={false}
            required
          />
          <NewPasswordFields
            label="密码"
            value={password.value}
            again={password.again}
            errors={{ value: form.errors['password'], again: form.errors['again'] }}
            onChange={(value, again) => {
              setPassword({ value, again });
              form.clear('password');
              form.clear('again');
            }}
            random
          />
          <Text size="sm" c="dimmed">
            请把登录名和密码当面告诉本人。本人登录后，可以在右上角的账户菜单里修改密码。
          </Text>
          {form.failure && (
            <Alert color="red" title="账户没有添加">
              {form.failure}
            </Alert>
          )}
          <DialogButtons onCancel={onClose} busy={form.busy} submitLabel="添加账户" />
        </Stack>
      </form>
    </Modal>
  );
}
