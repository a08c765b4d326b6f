// Renders a piece of the UI as the app does (Mantine, Chinese dates, notifications) over a fake API.
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '../../renderer/AppProviders.tsx';
import { ApiProvider } from '../../renderer/api/ApiContext.tsx';
import { fakeApi, type FakeHandlers } from './fakeApi.ts';

export function renderWithApi(ui: ReactElement, handlers: FakeHandlers) {
  const api = fakeApi(handlers);
  const user = userEvent.setup();
  const view = render(
    <AppProviders env="test">
      <ApiProvider transport={api.transport} mode="browser">
        {ui}
      </ApiProvider>
    </AppProviders>,
  );
  return { api, user, ...view };
}
