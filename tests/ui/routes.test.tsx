// @vitest-environment jsdom
// The register page's address: '#/register', or with a screening finding to register and its committee.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../renderer/routing/routes.ts';

describe('#/register', () => {
  it('carries a finding and its committee, and nothing when there is none', () => {
    expect(routeHref({ page: 'register' })).toBe('#/register');
    expect(parseRoute('#/register')).toEqual({ page: 'register' });
    expect(routeHref({ page: 'register', finding: 'f1', committee: 'c1' })).toBe('#/register?finding=f1&committee=c1');
    expect(parseRoute('#/register?finding=f1&committee=c1')).toEqual({ page: 'register', finding: 'f1', committee: 'c1' });
    expect(parseRoute('#/register?committee=c1&finding=f1')).toEqual({ page: 'register', finding: 'f1', committee: 'c1' });
    expect(parseRoute('#/register?finding=&committee=c1')).toEqual({ page: 'register', committee: 'c1' });
    expect(parseRoute('#/register?other=1')).toEqual({ page: 'register' });
  });

  it('reads back what it writes, also for ids that need escaping', () => {
    const route = { page: 'register', finding: 'a&b=c', committee: '委员会 1' } as const;
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('leaves the other pages as they were', () => {
    expect(parseRoute(routeHref({ page: 'cases', attention: 'warnings' }))).toEqual({ page: 'cases', attention: 'warnings' });
    expect(parseRoute(routeHref({ page: 'case', id: 'abc' }))).toEqual({ page: 'case', id: 'abc' });
    expect(parseRoute('#/screening?finding=f1')).toEqual({ page: 'screening' });
    expect(parseRoute('#/nowhere?finding=f1')).toEqual({ page: 'home' });
  });
});
