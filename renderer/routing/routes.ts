// The pages of the workbench and their addresses in the URL fragment: '#/register', '#/cases/<id>', …

export type Route =
  | { page: 'register' }
  | { page: 'cases' }
  | { page: 'case'; id: string }
  | { page: 'mediators' }
  | { page: 'documents' }
  | { page: 'statistics' }
  | { page: 'sync' }
  | { page: 'settings' };

export type PageName = Route['page'];

const SIMPLE_PAGES = ['register', 'cases', 'mediators', 'documents', 'statistics', 'sync', 'settings'] as const;

export const DEFAULT_ROUTE: Route = { page: 'register' };

/** `parseRoute('#/cases/0193…')` → `{ page: 'case', id: '0193…' }`; anything unknown (also '#token=…') → the default. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second] = parts;
  if (first === 'cases' && second) return { page: 'case', id: second };
  const simple = SIMPLE_PAGES.find((p) => p === first);
  return simple ? { page: simple } : DEFAULT_ROUTE;
}

/** `routeHref({ page: 'cases' })` → `'#/cases'`. */
export function routeHref(route: Route): string {
  return route.page === 'case' ? `#/cases/${encodeURIComponent(route.id)}` : `#/${route.page}`;
}
