// `fengqiao admin-reset`: the recovery of an administrator's password at the PC, as a real process.
import { describe, expect, it } from 'vitest';
import { openRegister } from '../../services/register.ts';
import { changesOf } from '../../services/audit/log.ts';
import { fengqiao } from '../helpers/runCli.ts';
import { firstAdmin, signIn } from '../helpers/accounts.ts';
import { tempDir } from '../helpers/tempDir.ts';

describe('fengqiao admin-reset', () => {
  it('prints a temporary password that signs in once, and leaves a trace', async () => {
    const dataDir = tempDir();
    const register = await openRegister({ dataDir, mode: 'cli' });
    await firstAdmin(register);
    await register.close();

    const run = await fengqiao(['admin-reset', '--data-dir', dataDir, '--json']);
    expect(run.code).toBe(0);
    const { username, temporaryPassword } = JSON.parse(run.stdout) as { username: string; temporaryPassword: string };
    expect(username).toBe('admin');
    expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{12}$/);

    const again = await openRegister({ dataDir, mode: 'cli' });
    try {
      const admin = await signIn(again, 'admin', temporaryPassword);
      expect(await admin.api.call('auth.status', {})).toMatchObject({
        user: { mustChangePassword: true, passwordResetBy: expect.stringMatching(/^cli:.+@.+（本机恢复）$/) },
      });
      const user = (await again.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id;
      expect((await changesOf(again.db, 'user', user)).map((c) => c.action)).toContain('password.recover');
    } finally {
      await again.close();
    }
  });

  it('names the administrators when it cannot tell which, and exits 4 for an unknown one', async () => {
    const dataDir = tempDir();
    const register = await openRegister({ dataDir, mode: 'cli' });
    const admin = await firstAdmin(register);
    await admin.api.call('users.add', { username: 'li', name: '李四', role: 'admin', password: 'another-pass' });
    await register.close();
    const ambiguous = await fengqiao(['admin-reset', '--data-dir', dataDir]);
    expect(ambiguous.code).toBe(3);
    expect(ambiguous.stderr).toContain('有多个管理员账户，请用 --username 指定：admin、li');
    const unknown = await fengqiao(['admin-reset', '--data-dir', dataDir, '--username', 'wang']);
    expect(unknown.code).toBe(4);
    expect((await fengqiao(['admin-reset', '--data-dir', dataDir, '--username', 'li'])).code).toBe(0);
  });
});
