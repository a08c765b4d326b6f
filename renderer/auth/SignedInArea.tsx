// A signed-in user's part of the gate: the forced password change, or the workbench (kept mounted and inert
// beneath the lock screen), and 修改密码 from the user menu.
import { useMemo, useState, type ReactNode } from 'react';
import type { Session, User } from '../../shared/domain/account.ts';
import { ChangePasswordDialog } from './ChangePasswordDialog.tsx';
import { ChangePasswordScreen } from './ChangePasswordScreen.tsx';
import type { Gate, LockReason } from './gate.ts';
import { LockOverlay } from './LockOverlay.tsx';
import { SessionProvider, type SignedIn } from './SessionContext.tsx';

interface SignedInAreaProps {
  gate: Extract<Gate, { step: 'in' }>;
  lock: (reason: LockReason) => void;
  signOut: () => Promise<void>;
  onUnlocked: (session: Session) => void;
  onChanged: (user: User) => void;
  children: ReactNode;
}

export function SignedInArea({ gate, lock, signOut, onUnlocked, onChanged, children }: SignedInAreaProps) {
  const [changing, setChanging] = useState(false);
  const { user } = gate;
  const session = useMemo<SignedIn>(
    () => ({
      user,
      lock: () => lock('asked'),
      signOut: () => void signOut(),
      changePassword: () => setChanging(true),
      userChanged: onChanged,
    }),
    [user, lock, signOut, onChanged],
  );

  return (
    <SessionProvider value={session}>
      {user.mustChangePassword ? (
        <ChangePasswordScreen user={user} onChanged={onChanged} onSignOut={session.signOut} />
      ) : (
        gate.mounted && <div inert={gate.locked !== null}>{children}</div>
      )}
      {gate.locked && <LockOverlay user={user} reason={gate.locked} onUnlocked={onUnlocked} onSwitchUser={session.signOut} />}
      {changing && (
        <ChangePasswordDialog
          onClose={() => setChanging(false)}
          onChanged={(changed) => {
            setChanging(false);
            onChanged(changed);
          }}
        />
      )}
    </SessionProvider>
  );
}
