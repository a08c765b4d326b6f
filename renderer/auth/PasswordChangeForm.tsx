// 原密码, 新密码 twice: the form of the forced change after a reset and of 修改密码 in the user menu.
import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import type { User } from '../../shared/domain/account.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useFormCall } from '../common/useFormCall.ts';
import { newPasswordErrors } from './accountRules.ts';
import { NewPasswordFields } from './NewPasswordFields.tsx';

/** `extra`: buttons beside 修改密码 (取消 in the dialog, 退出登录 on the forced screen). */
export function PasswordChangeForm({ onChanged, extra }: { onChanged: (user: User) => void; extra?: ReactNode }) {
  const api = useApi();
  const form = useFormCall();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState({ value: '', again: '' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = newPasswordErrors(next.value, next.again, 'next', 'again');
    if (!current) problems['current'] = '请填写原密码';
    else if (current === next.value && !problems['next']) problems['next'] = '新密码不能与原密码相同';
    form.setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    await form.send(() => api.call('auth.changePassword', { current, next: next.value }), onChanged);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="修改密码">
      <Stack gap="sm">
        <PasswordInput label="原密码" {...form.bind('current', current, setCurrent)} autoComplete="current-password" autoFocus required />
        <NewPasswordFields
          label="新密码"
          value={next.value}
          again={next.again}
          errors={{ value: form.errors['next'], again: form.errors['again'] }}
          onChange={(value, again) => {
            setNext({ value, again });
            form.clear('next');
            form.clear('again');
          }}
        />
        {form.failure && (
          <Alert color="red" title="密码没有修改">
            {form.failure}
          </Alert>
        )}
        <Group justify="flex-end" mt="xs">
          {extra}
          <Button type="submit" loading={form.busy}>
            修改密码
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
