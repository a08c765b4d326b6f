// The top of the UI: first-run setup until the office has chosen its committee, then the workbench.
import { useApiQuery } from './api/useApiQuery.ts';
import { SetupWizard } from './setup/SetupWizard.tsx';
import { Workbench } from './shell/Workbench.tsx';
import { StartupError, StartupLoading } from './startup/StartupScreen.tsx';

export function App() {
  const status = useApiQuery('setup.status', {}, { notify: false });
  if (status.error) return <StartupError error={status.error} onRetry={status.reload} />;
  if (!status.data) return <StartupLoading />;
  if (!status.data.done || !status.data.ownCommittee) return <SetupWizard onDone={status.reload} />;
  return <Workbench committee={status.data.ownCommittee} />;
}
