// The top of the UI once signed in: first-run setup until the office has chosen its committee, then the
// workbench. Setting up is for a role that may (the administrator, the director); others are told to wait.
import { useApiQuery } from './api/useApiQuery.ts';
import { useMay } from './auth/SessionContext.tsx';
import { SetupPending } from './setup/SetupPending.tsx';
import { SetupWizard } from './setup/SetupWizard.tsx';
import { Workbench } from './shell/Workbench.tsx';
import { RefreshOwnCommittee } from './shell/ownCommittee.ts';
import { StartupError, StartupLoading } from './startup/StartupScreen.tsx';

export function App() {
  const status = useApiQuery('setup.status', {}, { notify: false });
  const may = useMay();
  if (status.error) return <StartupError error={status.error} onRetry={status.reload} />;
  if (!status.data) return <StartupLoading />;
  if (!status.data.done || !status.data.ownCommittee)
    return may('setup.complete') ? <SetupWizard onDone={status.reload} /> : <SetupPending onRetry={status.reload} />;
  return (
    <RefreshOwnCommittee.Provider value={status.reload}>
      <Workbench committee={status.data.ownCommittee} />
    </RefreshOwnCommittee.Provider>
  );
}
