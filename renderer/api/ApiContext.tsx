// Hands the typed API client (and whether we run as the desktop app or in the browser) to every page. Every
// answer passes watchSession, so the sign-in gate hears of a session gone or locked wherever the call was made.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createClient, type ApiClient, type Transport } from '../../shared/api/client.ts';
import { watchSession } from './session.ts';
import type { AppMode } from './transport.ts';

interface ApiContextValue {
  client: ApiClient;
  mode: AppMode;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ transport, mode, children }: { transport: Transport; mode: AppMode; children: ReactNode }) {
  const value = useMemo(() => ({ client: createClient(watchSession(transport)), mode }), [transport, mode]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('ApiProvider is missing above this component');
  return value;
}

/** The typed client: `await useApi().call('cases.get', { id })`. */
export function useApi(): ApiClient {
  return useApiContext().client;
}

export function useAppMode(): AppMode {
  return useApiContext().mode;
}
