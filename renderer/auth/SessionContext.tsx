// Who is signed in, and what the workbench can ask of the sign-in gate (lock, sign out, change the password).
// `useMay()` tells a page which calls the user's role may make, to hide what it cannot do.
import { createContext, useContext, type ReactNode } from 'react';
import type { MethodName } from '../../shared/api/contract.ts';
import type { User } from '../../shared/domain/account.ts';
import { mayCall } from '../../shared/rules/permissions.ts';

export interface SignedIn {
  user: User;
  /** Locks the screen now (the 锁定 button). */
  lock: () => void;
  /** Signs out and shows the sign-in screen. */
  signOut: () => void;
  /** Opens the dialog to choose a new password. */
  changePassword: () => void;
  /** The signed-in user's account as changed meanwhile (an administrator editing their own name or role). */
  userChanged: (user: User) => void;
}

const SessionContext = createContext<SignedIn | null>(null);

export function SessionProvider({ value, children }: { value: SignedIn; children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSignedIn(): SignedIn {
  const value = useContext(SessionContext);
  if (!value) throw new Error('SessionProvider is missing above this component');
  return value;
}

/** `const may = useMay(); may('cases.register')` → whether the signed-in user's role may make the call. */
export function useMay(): (method: MethodName) => boolean {
  const { user } = useSignedIn();
  return (method) => mayCall(user.role, method);
}
