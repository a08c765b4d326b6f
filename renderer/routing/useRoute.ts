// A tiny hash router: the current route follows `location.hash`; navigate() changes it.
import { useSyncExternalStore } from 'react';
import { parseRoute, routeHref, type Route } from './routes.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, readHash);
  return parseRoute(hash);
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/** Rewrites the address without a new history entry (and without a 'hashchange'): filters shown in the URL. */
export function replaceRoute(route: Route): void {
  const href = routeHref(route);
  if (window.location.hash !== href) window.history.replaceState(window.history.state, '', href);
}
