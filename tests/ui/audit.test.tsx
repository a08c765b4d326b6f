// @vitest-environment jsdom
// 审计日志: entries newest first with who and what, filters sent as the query, earlier entries with '更多'
// (before the last one shown), and the check of the hash chain with the problems in words.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { AuditPage } from '../../renderer/audit/AuditPage.tsx';
import { NO_FILTERS, toAuditQuery } from '../../renderer/audit/auditQuery.ts';
import type { AuditEntry, AuditQuery, AuditVerification } from '../../shared/domain/account.ts';
import { newId } from '../../shared/rules/ids.ts';
import { ADMIN, userOf } from './accountFixtures.ts';
import type { FakeHandlers } from './fakeApi.ts';
import { renderWithApi } from './render.tsx';

const CLERK = userOf('clerk');
const CASE_ID = newId();

/** 120 entries, seq 1–120, every third one a clerk's read of a case. */
const LOG: AuditEntry[] = Array.from({ length: 120 }, (_, i) => {
  const seq = i + 1;
  const read = seq % 3 === 0;
  return {
    seq,
    at: new Date(Date.UTC(2026, 2, 1, 1, 0, seq)).toISOString(),
    actor: read ? `browser:${CLERK.username}` : `desktop:${ADMIN.username}`,
    userId: read ? CLERK.id : ADMIN.id,
    entity: read ? 'case' : 'session',
    entityId: read ? CASE_ID : ADMIN.id,
    action: read ? 'read' : 'login',
    summary: read ? '查看 · 案件' : '登录',
  };
});

function list(query: AuditQuery) {
  const limit = query.limit ?? 50;
  const matching = LOG.filter(
    (e) =>
      (!query.before || e.seq < query.before) &&
      (!query.userId || e.userId === query.userId) &&
      (!query.action || e.action === query.action) &&
      (!query.from || e.at >= query.from) &&
      (!query.to || e.at <= query.to),
  ).reverse();
  return { entries: matching.slice(0, limit), hasMore: matching.length > limit };
}

const BROKEN: AuditVerification = {
  entries: 120,
  ok: false,
  problems: [
    { code: 'AUDIT_EDITED', seq: 17, message: '审计日志第 17 条的内容与其校验值不符（条目被改动）' },
    { code: 'AUDIT_DELETED', seq: 40, message: '审计日志第 35–39 条缺失，链接在第 40 条断开（条目被删除）' },
  ],
};

const handlers = (verification: AuditVerification): FakeHandlers => ({
  'audit.list': list,
  'audit.verify': () => verification,
  'users.list': () => [ADMIN, CLERK],
});

describe('审计日志', () => {
  it('lists the newest entries first with the user’s name, and reads earlier ones with 更多', async () => {
    const { user, api } = renderWithApi(<AuditPage />, handlers(BROKEN));
    const table = await screen.findByRole('table', { name: '审计日志' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(51));
    const first = within(table).getAllByRole('row')[1]!;
    expect(first).toHaveTextContent('120');
    expect(first).toHaveTextContent('王芳（wangfang）');
    expect(first).toHaveTextContent('查看 · 案件');
    expect(within(first).getByRole('link', { name: CASE_ID })).toHaveAttribute('href', `#/cases/${CASE_ID}`);
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent('王主任（admin）');

    await user.click(screen.getByRole('button', { name: '更多' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(101));
    await user.click(screen.getByRole('button', { name: '更多' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(121));
    expect(screen.queryByRole('button', { name: '更多' })).not.toBeInTheDocument();
    expect(api.inputsOf('audit.list').map((q) => (q as AuditQuery).before ?? null)).toEqual([null, 71, 21]);
  });

  it('sends the chosen user and action, and starts again from the newest', async () => {
    const { user, api } = renderWithApi(<AuditPage />, handlers(BROKEN));
    const table = await screen.findByRole('table', { name: '审计日志' });
    await user.click(screen.getByRole('combobox', { name: '操作人' }));
    await user.click(await screen.findByRole('option', { name: '王芳（wangfang）' }));
    await user.click(screen.getByRole('combobox', { name: '操作' }));
    await user.click(await screen.findByRole('option', { name: '查看' }));

    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(41));
    expect(api.inputsOf('audit.list').at(-1)).toEqual(expect.objectContaining({ userId: CLERK.id, action: 'read' }));
    expect(within(table).queryByText('王主任（admin）')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '清除筛选条件' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(51));
  });

  it('says where the chain is broken, in words', async () => {
    const { user } = renderWithApi(<AuditPage />, handlers(BROKEN));
    await user.click(await screen.findByRole('button', { name: '校验审计链' }));
    const panel = screen.getByRole('region', { name: '审计链校验' });
    expect(await within(panel).findByText('审计日志有问题')).toBeInTheDocument();
    expect(panel).toHaveTextContent('共核对 120 条记录');
    expect(within(panel).getByText('审计日志第 17 条的内容与其校验值不符（条目被改动）')).toBeInTheDocument();
    expect(within(panel).getByText('审计日志第 35–39 条缺失，链接在第 40 条断开（条目被删除）')).toBeInTheDocument();
  });

  it('says the chain is intact', async () => {
    const { user } = renderWithApi(<AuditPage />, handlers({ entries: 120, ok: true, problems: [] }));
    await user.click(await screen.findByRole('button', { name: '校验审计链' }));
    expect(await screen.findByText('审计日志完整')).toBeInTheDocument();
    expect(screen.getByText('共核对 120 条记录，没有发现改动、删除或调换顺序。')).toBeInTheDocument();
  });

  it('offers a director the users seen in the entries (the account list is the administrator’s)', async () => {
    const { user, api } = renderWithApi(<AuditPage />, handlers(BROKEN), { user: userOf('director') });
    await screen.findByRole('table', { name: '审计日志' });
    await user.click(screen.getByRole('combobox', { name: '操作人' }));
    expect(await screen.findByRole('option', { name: '浏览器模式：wangfang' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: '桌面版：admin' })).toBeInTheDocument();
    expect(api.inputsOf('users.list')).toHaveLength(0);
  });
});

describe('toAuditQuery', () => {
  it('turns a range of days into the instants from the first day’s start to the last day’s end, in local time', () => {
    const query = toAuditQuery({ ...NO_FILTERS, from: '2026-03-01', to: '2026-03-02' });
    expect(dayjs(query.from!).format('YYYY-MM-DD HH:mm:ss')).toBe('2026-03-01 00:00:00');
    expect(dayjs(query.to!).format('YYYY-MM-DD HH:mm:ss.SSS')).toBe('2026-03-02 23:59:59.999');
    expect(query.from).toMatch(/Z$/);
    expect(toAuditQuery(NO_FILTERS)).toEqual({ limit: 50, userId: null, action: null, from: null, to: null });
  });
});
