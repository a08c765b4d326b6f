// Renders a piece of the UI as the app does (Mantine, Chinese dates, notifications) over a fake API, signed in
// (as an administrator, in browser mode, unless told otherwise); or the whole app behind its sign-in gate.
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { User } from '../../shared/domain/account.ts';
import { AppProviders } from '../../renderer/AppProviders.tsx';
import { ApiProvider } from '../../renderer/api/ApiContext.tsx';
import type { AppMode } from '../../renderer/api/transport.ts';
import { App } from '../../renderer/App.tsx';
import { AuthGate } from '../../renderer/auth/AuthGate.tsx';
import { SessionProvider, type SignedIn } from '../../renderer/auth/SessionContext.tsx';
import { ADMIN } from './accountFixtures.ts';
import { fakeApi, type FakeHandlers } from './fakeApi.ts';

/** A signed-in session whose lock, sign-out and password change do nothing (the gate's own tests cover them). */
export function signedInAs(user: User): SignedIn {
  return { user, lock: () => {}, signOut: () => {}, changePassword: () => {}, userChanged: () => {} };
}

export function renderWithApi(ui: ReactElement, handlers: FakeHandlers, options: { user?: User; mode?: AppMode } = {}) {
  return renderRaw(<SessionProvider value={signedInAs(options.user ?? ADMIN)}>{ui}</SessionProvider>, handlers, options.mode);
}

/** The app as Root shows it: the sign-in gate (answering `auth.status` is up to the handlers), then the app. */
export function renderApp(handlers: FakeHandlers) {
  return renderRaw(
    <AuthGate>
      <App />
    </AuthGate>,
    handlers,
  );
}

function renderRaw(ui: ReactElement, handlers: FakeHandlers, mode: AppMode = 'browser') {
  const api = fakeApi(handlers);
  const user = userEvent.setup();
  const view = render(
    <AppProviders env="test">
      <ApiProvider transport={api.transport} mode={mode}>
        {ui}
      </ApiProvider>
    </AppProviders>,
  );
  return { api, user, ...view };
}
