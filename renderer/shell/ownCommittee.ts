// The office's own committee is read once at the top (App) and shown in the header; a page that changes it
// (editing it on the 调委会 page) asks the top to read it again.
import { createContext, useContext } from 'react';

export const RefreshOwnCommittee = createContext<() => void>(() => {});

export function useRefreshOwnCommittee(): () => void {
  return useContext(RefreshOwnCommittee);
}
