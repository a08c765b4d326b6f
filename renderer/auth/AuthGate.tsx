// The sign-in gate around the app: `auth.status` at start, then the first administrator, the sign-in, a
// password to change, or the workbench — with the lock screen above it when the user was idle too long (here,
// or as the register says), and the user's own lock, sign-out and password change.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Session, User } from '../../shared/domain/account.ts';
import { useApi } from '../api/ApiContext.tsx';
import { onSessionProblem, setSession } from '../api/session.ts';
import { replaceRoute } from '../routing/useRoute.ts';
import { StartupError, StartupLoading } from '../startup/StartupScreen.tsx';
import { RecoveryPage } from '../startup/RecoveryPage.tsx';
import { isAppError } from '../../shared/errors.ts';
import { FirstAdminScreen } from './FirstAdminScreen.tsx';
import { SESSION_GONE_NOTICE, SIGNED_OUT_NOTICE, gateOf, locked, signedIn, type Gate, type LockReason } from './gate.ts';
import { useIdle } from './idle.ts';
import { SignedInArea } from './SignedInArea.tsx';
import { SignInScreen } from './SignInScreen.tsx';

export function AuthGate({ children }: { children: ReactNode }) {
  const api = useApi();
  const [gate, setGate] = useState<Gate>({ step: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    api.call('auth.status', {}).then(
      (status) => {
        if (!current) return;
        if (!status.user) setSession(null); // kept from before the register restarted: no longer valid
        setGate(gateOf(status));
      },
      async (error: unknown) => {
        // A damaged register answers nothing but its recovery: find out what can bring it back.
        const recovery = isAppError(error) && error.code === 'DB_INVALID' ? await api.call('recovery.status', {}).catch(() => null) : null;
        if (!current) return;
        setGate(recovery?.problem ? { step: 'recovery', status: recovery } : { step: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [api, round]);

  useEffect(
    () =>
      onSessionProblem((problem) =>
        setGate((g) => {
          if (problem === 'SESSION_LOCKED') return locked(g, 'refused');
          return g.step === 'in' ? { step: 'signIn', notice: SESSION_GONE_NOTICE } : g;
        }),
      ),
    [],
  );

  const lock = useCallback(
    (reason: LockReason) => {
      setGate((g) => locked(g, reason));
      // The register is told too. Should that fail, the screen is locked all the same, and auth.unlock opens
      // the session whether or not the register had locked it; a session already gone is heard by the gate.
      api.call('auth.lock', {}).catch(() => undefined);
    },
    [api],
  );

  const signOut = useCallback(async () => {
    try {
      await api.call('auth.logout', {});
    } catch {
      // Gone at the register already (a restart, a reset): this window signs out either way.
    }
    setSession(null);
    // The next person starts on the home page, not on whatever page (a case, the accounts) was left open.
    replaceRoute({ page: 'home' });
    setGate({ step: 'signIn', notice: SIGNED_OUT_NOTICE });
  }, [api]);

  const enter = useCallback((session: Session) => {
    setSession(session.token);
    setGate(signedIn(session));
  }, []);
  const unlocked = useCallback((session: Session) => {
    setGate((g) => (g.step === 'in' ? { ...g, user: session.user, idleMinutes: session.idleMinutes, locked: null, mounted: true } : g));
  }, []);
  const changed = useCallback((user: User) => {
    setGate((g) => (g.step === 'in' ? { ...g, user } : g));
  }, []);

  const open = gate.step === 'in' && gate.locked === null;
  const touch = useCallback(() => {
    // Best effort: a session found locked or gone is heard by the gate from the next real call.
    api.call('auth.touch', {}).catch(() => undefined);
  }, [api]);
  useIdle(open, gate.step === 'in' ? gate.idleMinutes : 0, () => lock('idle'), touch);

  switch (gate.step) {
    case 'loading':
      return <StartupLoading />;
    case 'failed':
      return (
        <StartupError
          error={gate.error}
          onRetry={() => {
            setGate({ step: 'loading' });
            setRound((r) => r + 1);
          }}
        />
      );
    case 'recovery':
      return <RecoveryPage status={gate.status} />;
    case 'firstAdmin':
      return <FirstAdminScreen onSignedIn={enter} onTaken={() => setGate({ step: 'signIn', notice: '已经有管理员账户，请登录。' })} />;
    case 'signIn':
      return <SignInScreen notice={gate.notice} onSignedIn={enter} />;
    case 'in':
      return (
        <SignedInArea gate={gate} lock={lock} signOut={signOut} onUnlocked={unlocked} onChanged={changed}>
          {children}
        </SignedInArea>
      );
    default: {
      const unreachable: never = gate;
      return unreachable;
    }
  }
}
