// 修改账户: a user's name and role. The register keeps at least one active administrator and says so when a
// change would leave none.
import { useState, type FormEvent } from 'react';
import { Alert, Modal, Select, Stack, TextInput } from '@mantine/core';
import { contract } from '../../shared/api/contract.ts';
import type { Role, User } from '../../shared/domain/account.ts';
import { useApi } from '../api/ApiContext.tsx';
import { DialogButtons } from '../common/DialogButtons.tsx';
import { issuesToErrors } from '../common/fieldErrors.ts';
import { useFormCall } from '../common/useFormCall.ts';
import { ROLE_OPTIONS, roleAbilities, roleOf } from './roles.ts';

export function EditUserDialog({ user, onClose, onSaved }: { user: User; onClose: () => void; onSaved: (user: User) => void }) {
  const api = useApi();
  const form = useFormCall();
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<Role>(user.role);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Only what changed is sent.
    const parsed = contract['users.update'].input.safeParse({
      id: user.id,
      ...(name !== user.name ? { name } : {}),
      ...(role !== user.role ? { role } : {}),
    });
    if (!parsed.success) return form.setErrors(issuesToErrors(parsed.error.issues));
    if (parsed.data.name === undefined && parsed.data.role === undefined) return onClose();
    await form.send(() => api.call('users.update', parsed.data), onSaved);
  }

  return (
    <Modal opened onClose={onClose} title={`修改账户：${user.name}`}>
      <form onSubmit={submit} noValidate aria-label="修改账户">
        <Stack gap="sm">
          <TextInput label="登录名" value={user.username} readOnly description="登录名不能修改" />
          <TextInput label="姓名" {...form.bind('name', name, setName)} required />
          <Select
            label="角色"
            data={ROLE_OPTIONS}
            value={role}
            onChange={(v) => setRole(roleOf(v) ?? role)}
            description={roleAbilities(role)}
            error={form.errors['role']}
            allowDeselect={false}
            required
          />
          {form.failure && (
            <Alert color="red" title="账户没有修改">
              {form.failure}
            </Alert>
          )}
          <DialogButtons onCancel={onClose} busy={form.busy} />
        </Stack>
      </form>
    </Modal>
  );
}
