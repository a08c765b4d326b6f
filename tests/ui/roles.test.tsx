// @vitest-environment jsdom
// What each role is offered: the menu's entries, an address the role may not use, and the case page's buttons
// (the register refuses anyway; hiding them is courtesy).
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { CaseDetailPage } from '../../renderer/cases/CaseDetailPage.tsx';
import { Workbench } from '../../renderer/shell/Workbench.tsx';
import type { Role } from '../../shared/domain/account.ts';
import { userOf } from './accountFixtures.ts';
import { ARCHIVE, CASE_ID, MEDIATING, MEDIATORS, WRITTEN_AGREEMENT, caseDetail } from './caseFileFixtures.ts';
import { COMMITTEE } from './fixtures.ts';
import type { FakeHandlers } from './fakeApi.ts';
import { renderWithApi } from './render.tsx';
import { EMPTY_WORKLIST } from './workFixtures.ts';

const home: FakeHandlers = { 'work.today': () => EMPTY_WORKLIST };

async function menuOf(role: Role) {
  renderWithApi(<Workbench committee={COMMITTEE} />, home, { user: userOf(role) });
  const menu = await screen.findByRole('navigation', { name: '主菜单' });
  return within(menu)
    .getAllByRole('link')
    .map((l) => l.textContent);
}

describe('菜单按角色', () => {
  it('offers a mediator neither registration, settings, accounts nor the audit log', async () => {
    expect(await menuOf('mediator')).toEqual(['今日工作', '案件台账', '预警', '排查', '调解员', '调委会', '文书', '统计', '同步']);
  });

  it('offers a clerk registration, but not settings, accounts or the audit log', async () => {
    expect(await menuOf('clerk')).toEqual(['今日工作', '纠纷登记', '案件台账', '预警', '排查', '调解员', '调委会', '文书', '统计', '同步']);
  });

  it('offers a director settings and the audit log, but not accounts', async () => {
    const entries = await menuOf('director');
    expect(entries).toContain('设置');
    expect(entries).toContain('审计日志');
    expect(entries).not.toContain('账户管理');
  });

  it('says so when a mediator opens the registration’s address', async () => {
    window.location.hash = '#/register';
    renderWithApi(<Workbench committee={COMMITTEE} />, home, { user: userOf('mediator') });
    expect(await screen.findByText('无权使用这个页面')).toBeInTheDocument();
    expect(screen.getByText(/您的角色是调解员/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: '纠纷登记' })).not.toBeInTheDocument();
  });

  it('shows who is signed in, in the header', async () => {
    renderWithApi(<Workbench committee={COMMITTEE} />, home, { user: userOf('clerk') });
    expect(await screen.findByTestId('current-user')).toHaveTextContent('王芳（登记员）');
    expect(screen.getByRole('button', { name: '锁定' })).toBeInTheDocument();
  });
});

describe('案件页按角色', () => {
  const handlers: FakeHandlers = { 'cases.get': () => caseDetail({ steps: MEDIATING }), 'mediators.list': () => MEDIATORS };

  it('lets a mediator record steps, but not edit the registration or correct a record', async () => {
    renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers, { user: userOf('mediator') });
    expect(await screen.findByRole('group', { name: '办理' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '修改登记信息' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '更正' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '上传' })).toBeInTheDocument();
  });

  it('gives a director every button', async () => {
    renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers, { user: userOf('director') });
    expect(await screen.findByRole('button', { name: '修改登记信息' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: '更正' }).length).toBeGreaterThan(0);
  });

  it('tells a mediator on an archived case who can correct it, instead of pointing at a button they do not have', async () => {
    const archived: FakeHandlers = {
      'cases.get': () => caseDetail({ steps: [...MEDIATING, WRITTEN_AGREEMENT, ARCHIVE] }),
      'mediators.list': () => MEDIATORS,
    };
    renderWithApi(<CaseDetailPage id={CASE_ID} />, archived, { user: userOf('mediator') });
    expect(await screen.findByText(/请告知调委会主任在时间轴上更正/)).toBeInTheDocument();
  });
});
