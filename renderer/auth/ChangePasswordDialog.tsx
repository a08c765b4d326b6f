// 修改密码 from the user menu. The register signs the user out everywhere else; this window stays signed in.
import { Button, Modal } from '@mantine/core';
import type { User } from '../../shared/domain/account.ts';
import { notifySuccess } from '../api/errors.ts';
import { PasswordChangeForm } from './PasswordChangeForm.tsx';

export function ChangePasswordDialog({ onClose, onChanged }: { onClose: () => void; onChanged: (user: User) => void }) {
  return (
    <Modal opened onClose={onClose} title="修改密码">
      <PasswordChangeForm
        onChanged={(user) => {
          notifySuccess('密码已修改', '下次登录请使用新密码；在其他电脑或窗口上的登录已经退出。');
          onChanged(user);
        }}
        extra={
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
        }
      />
    </Modal>
  );
}
