// First run of a register without accounts: the first system administrator (登录名, 姓名, a password typed
// twice), who is signed in at once and then sets up the committee or adds the other accounts.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { contract } from '../../shared/api/contract.ts';
import type { Session } from '../../shared/domain/account.ts';
import { isAppError } from '../../shared/errors.ts';
import { useApi } from '../api/ApiContext.tsx';
import { issuesToErrors } from '../common/fieldErrors.ts';
import { useFormCall } from '../common/useFormCall.ts';
import { AuthScreen } from './AuthScreen.tsx';
import { USERNAME_RULES, newPasswordErrors } from './accountRules.ts';
import { NewPasswordFields } from './NewPasswordFields.tsx';

export function FirstAdminScreen({ onSignedIn, onTaken }: { onSignedIn: (session: Session) => void; onTaken: () => void }) {
  const api = useApi();
  const form = useFormCall();
  const [username, setUsername] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState({ value: '', again: '' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { username, name, password: password.value };
    const parsed = contract['auth.setupAdmin'].input.safeParse(input);
    const problems = {
      ...(parsed.success ? {} : issuesToErrors(parsed.error.issues)),
      ...newPasswordErrors(password.value, password.again, 'password', 'again'),
    };
    form.setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    await form.send(() => api.call('auth.setupAdmin', input), onSignedIn, taken);
  }

  /** Someone else created the first administrator meanwhile (another window): sign in instead. */
  function taken(error: unknown): boolean {
    if (!isAppError(error) || error.code !== 'ALREADY_SET_UP') return false;
    onTaken();
    return true;
  }

  return (
    <AuthScreen
      heading="创建管理员账户"
      intro="本机的登记簿还没有账户。请先创建系统管理员账户：用它登录后，可以完成调委会设置，并为登记员、调解员等添加各自的账户。请牢记登录名和密码。"
    >
      <form onSubmit={submit} noValidate aria-label="创建管理员账户">
        <Stack gap="sm">
          <TextInput
            label="登录名"
            description={USERNAME_RULES}
            {...form.bind('username', username, setUsername)}
            autoComplete="username"
            autoFocus
            required
          />
          <TextInput label="姓名" {...form.bind('name', name, setName)} required />
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
          />
          {form.failure && (
            <Alert color="red" title="账户没有创建">
              {form.failure}
            </Alert>
          )}
          <Button type="submit" fullWidth mt="sm" loading={form.busy}>
            创建管理员账户
          </Button>
        </Stack>
      </form>
    </AuthScreen>
  );
}
