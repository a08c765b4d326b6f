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
