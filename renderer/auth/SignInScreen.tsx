// 登录: the login name and password. A refusal is shown in the register's own words (a wrong password, a
// deactivated account, an account paused after too many wrong passwords).
import { useState, type FormEvent } from 'react';
import { Alert, Button, Code, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import type { Session } from '../../shared/domain/account.ts';
import { useApi } from '../api/ApiContext.tsx';
import type { FieldErrors } from '../common/fieldErrors.ts';
import { useFormCall } from '../common/useFormCall.ts';
import { AuthScreen } from './AuthScreen.tsx';

export function SignInScreen({ notice, onSignedIn }: { notice: string | null; onSignedIn: (session: Session) => void }) {
  const api = useApi();
  const form = useFormCall();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!username.trim()) problems['username'] = '请填写登录名';
    if (!password) problems['password'] = '请填写密码';
    form.setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    // A refused password is typed again from the start.
    await form.send(() => api.call('auth.login', { username, password }).finally(() => setPassword('')), onSignedIn);
  }

  return (
    <AuthScreen heading="登录">
      {notice && (
        <Alert color="blue" variant="light">
          {notice}
        </Alert>
      )}
      <form onSubmit={submit} noValidate aria-label="登录">
        <Stack gap="sm">
          <TextInput label="登录名" {...form.bind('username', username, setUsername)} autoComplete="username" autoFocus required />
          <PasswordInput label="密码" {...form.bind('password', password, setPassword)} autoComplete="current-password" required />
          {form.failure && (
            <Alert color="red" title="没有登录">
              {form.failure}
            </Alert>
          )}
          <Button type="submit" fullWidth mt="sm" loading={form.busy}>
            登录
          </Button>
        </Stack>
      </form>
      <Text size="xs" c="dimmed">
        忘记密码：请系统管理员重置。管理员忘记密码时，请技术人员在存放登记簿的这台电脑上用命令 <Code>fengqiao admin-reset</Code> 恢复。
      </Text>
    </AuthScreen>
  );
}
