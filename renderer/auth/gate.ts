// What the sign-in gate shows, as a state: loading, the first administrator, the sign-in, or a signed-in user
// (who may have to change the password first, and whose screen may be locked).
import type { AuthStatus, Session, User } from '../../shared/domain/account.ts';
import type { RecoveryStatus } from '../../shared/domain/backup.ts';

/** Why the screen is locked: idle here, the user's own 锁定, or the register refusing a call as locked. */
export type LockReason = 'idle' | 'asked' | 'refused';

export type Gate =
  | { step: 'loading' }
  | { step: 'failed'; error: unknown }
  /** The register failed its check at start: restore a backup before anything else. */
  | { step: 'recovery'; status: RecoveryStatus }
  | { step: 'firstAdmin' }
  | { step: 'signIn'; notice: string | null }
  | {
      step: 'in';
      user: User;
      idleMinutes: number;
      /** Why the screen is locked, or null when it is open. */
      locked: LockReason | null;
      /** Whether the workbench is mounted (under the lock, too); not when the tab opened on a locked session. */
      mounted: boolean;
    };

export const SIGNED_OUT_NOTICE = '已退出登录。';
export const SESSION_GONE_NOTICE = '登录已失效（可能是程序重新启动过、账户被停用或密码被重置），请重新登录。';

/** The gate for what `auth.status` says at start. */
export function gateOf(status: AuthStatus): Gate {
  if (!status.hasAccounts) return { step: 'firstAdmin' };
  if (!status.user) return { step: 'signIn', notice: null };
  return { step: 'in', user: status.user, idleMinutes: status.idleMinutes, locked: status.locked ? 'idle' : null, mounted: !status.locked };
}

/** Signed in (or unlocked): the workbench shows. */
export function signedIn(session: Session): Gate {
  return { step: 'in', user: session.user, idleMinutes: session.idleMinutes, locked: null, mounted: true };
}

/** Locks a signed-in gate (the workbench stays as it is beneath); any other gate is left alone. */
export function locked(gate: Gate, reason: LockReason): Gate {
  return gate.step === 'in' && !gate.locked ? { ...gate, locked: reason } : gate;
}
