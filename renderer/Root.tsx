// Connects to the register (desktop bridge, or browser mode's token), then shows the app behind the sign-in
// gate — or, in browser mode without a token, how to open the right address. Pasting that address into the same tab only changes
// the fragment (no reload), so the page listens for it.
import { useEffect, useState } from 'react';
import { ApiProvider } from './api/ApiContext.tsx';
import { connect } from './api/transport.ts';
import { App } from './App.tsx';
import { AuthGate } from './auth/AuthGate.tsx';
import { NoTokenPage } from './startup/NoTokenPage.tsx';

export function Root() {
  // Runs before anything reads the hash: browser mode's '#token=…' is taken out of the address bar here.
  const [connection, setConnection] = useState(() => connect(window));

  useEffect(() => {
    if (connection.transport) return;
    const retry = () => {
      const next = connect(window);
      if (next.transport) setConnection(next);
    };
    window.addEventListener('hashchange', retry);
    return () => window.removeEventListener('hashchange', retry);
  }, [connection]);

  if (!connection.transport) return <NoTokenPage />;
  return (
    <ApiProvider transport={connection.transport} mode={connection.mode}>
      <AuthGate>
        <App />
      </AuthGate>
    </ApiProvider>
  );
}
