// After an administrator's reset (or the recovery at the PC) the user chooses their own password before
// anything else: the register refuses every other call until then.
import { Button } from '@mantine/core';
import type { User } from '../../shared/domain/account.ts';
import { AuthScreen } from './AuthScreen.tsx';
import { PasswordChangeForm } from './PasswordChangeForm.tsx';

export function ChangePasswordScreen({
  user,
  onChanged,
  onSignOut,
}: {
  user: User;
  onChanged: (user: User) => void;
  onSignOut: () => void;
}) {
  return (
    <AuthScreen
      heading="请修改密码"
      intro={`${user.name}，您的密码是管理员设置的临时密码。请设置一个只有您自己知道的新密码，然后继续使用。原密码就是这个临时密码。`}
    >
      <PasswordChangeForm
        onChanged={onChanged}
        extra={
          <Button variant="default" onClick={onSignOut}>
            退出登录
          </Button>
        }
      />
    </AuthScreen>
  );
}
