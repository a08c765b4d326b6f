// The pages of the workbench and their addresses in the URL fragment: '#/home', '#/cases?attention=…',
// '#/cases/<id>', '#/register?finding=<id>&committee=<id>', …
import { ATTENTION_CODES, type Attention } from '../../shared/domain/case.ts';

export type Route =
  | { page: 'home' }
  /** With a screening finding (and its committee) to register as a case (主动调解). */
  | { page: 'register'; finding?: string | undefined; committee?: string | undefined }
  | { page: 'cases'; attention?: Attention | undefined }
  | { page: 'case'; id: string }
  | { page: 'warnings' }
  | { page: 'screening' }
  | { page: 'mediators' }
  | { page: 'committees' }
  | { page: 'subsidy' }
  | { page: 'documents' }
  | { page: 'statistics' }
  | { page: 'sync' }
  | { page: 'settings' }
  | { page: 'accounts' }
  | { page: 'audit' }
  | { page: 'ledger' };

export type PageName = Route['page'];

const SIMPLE_PAGES = [
  'home',
  'warnings',
  'screening',
  'mediators',
  'committees',
  'subsidy',
  'documents',
  'statistics',
  'sync',
  'settings',
  'accounts',
  'audit',
  'ledger',
] as const satisfies readonly PageName[];

export const DEFAULT_ROUTE: Route = { page: 'home' };

function attentionOf(query: string): Attention | undefined {
  const code = new URLSearchParams(query).get('attention');
  return ATTENTION_CODES.find((a) => a === code);
}

/** `#/register?finding=…&committee=…`: only the parameters that are there (and not empty). */
function registerRoute(query: string): Route {
  const params = new URLSearchParams(query);
  const finding = params.get('finding') || undefined;
  const committee = params.get('committee') || undefined;
  return { page: 'register', ...(finding ? { finding } : {}), ...(committee ? { committee } : {}) };
}

/**
 * `parseRoute('#/cases/0193…')` → `{ page: 'case', id: '0193…' }`; `'#/cases?attention=follow_up_overdue'` →
 * `{ page: 'cases', attention: 'follow_up_overdue' }`; anything unknown (also '#token=…') → the default.
 */
export function parseRoute(hash: string): Route {
  const rest = hash.replace(/^#\/?/, '');
  const q = rest.indexOf('?');
  const path = q < 0 ? rest : rest.slice(0, q);
  const query = q < 0 ? '' : rest.slice(q + 1);
  const [first, second] = path.split('/').filter(Boolean).map(safeDecode);
  if (first === 'cases') {
    if (second) return { page: 'case', id: second };
    const attention = attentionOf(query);
    return attention ? { page: 'cases', attention } : { page: 'cases' };
  }
  if (first === 'register') return registerRoute(query);
  const simple = SIMPLE_PAGES.find((p) => p === first);
  return simple ? { page: simple } : DEFAULT_ROUTE;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * `routeHref({ page: 'cases' })` → `'#/cases'`; with an attention → `'#/cases?attention=warnings'`; a finding to
 * register → `'#/register?finding=…&committee=…'`.
 */
export function routeHref(route: Route): string {
  switch (route.page) {
    case 'case':
      return `#/cases/${encodeURIComponent(route.id)}`;
    case 'cases':
      return route.attention ? `#/cases?attention=${route.attention}` : '#/cases';
    case 'register': {
      const params = new URLSearchParams();
      if (route.finding) params.set('finding', route.finding);
      if (route.committee) params.set('committee', route.committee);
      const query = params.toString();
      return query ? `#/register?${query}` : '#/register';
    }
    default:
      return `#/${route.page}`;
  }
}
