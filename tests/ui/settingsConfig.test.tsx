// @vitest-environment jsdom
// 设置: the area's case settings (with the staffing rules) are edited and sent whole through config.set, problems
// next to the fields; a configuration from before the dispatched rooms and the staffing rules is completed with
// the defaults; the kept committees are listed, added and edited on the 调委会 page.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { SettingsPage } from '../../renderer/settings/SettingsPage.tsx';
import { DEFAULT_CONFIG, type LifecycleConfig } from '../../shared/domain/config.ts';
import { COMMITTEE, DIVISIONS } from './fixtures.ts';
import { renderWithApi } from './render.tsx';
import { UNSET } from './backupFixtures.ts';
import type { FakeHandlers } from './fakeApi.ts';

const handlers: FakeHandlers = {
  'app.info': () => ({ version: '0.1.0', mode: 'browser', dataDir: '/data', databaseFile: '/data/fengqiao.db', schemaVersion: 3 }),
  'divisions.path': () => [DIVISIONS['320102000000']![0]!],
  'committees.list': () => [COMMITTEE],
  'config.get': () => DEFAULT_CONFIG,
  'backup.status': () => UNSET,
  'config.set': (config) => config,
};

async function caseSettings() {
  await screen.findByRole('button', { name: '保存办案设置' });
  return screen.getByRole('form', { name: '办案设置' });
}

describe('设置 · 办案设置', () => {
  it('sends the edited configuration and says it is saved', async () => {
    const { user, api } = renderWithApi(<SettingsPage committee={COMMITTEE} />, handlers);
    const form = await caseSettings();
    expect(screen.getByRole('heading', { name: '本所管理的调委会' })).toBeInTheDocument();

    const red = within(form).getByRole('group', { name: '红色等级' });
    await user.clear(within(red).getByRole('textbox', { name: '名称' }));
    await user.type(within(red).getByRole('textbox', { name: '名称' }), '一级预警');
    await user.clear(within(red).getByRole('textbox', { name: '复核间隔天数' }));
    await user.type(within(red).getByRole('textbox', { name: '复核间隔天数' }), '2');
    await user.clear(within(form).getByRole('textbox', { name: '群体性纠纷人数' }));
    await user.type(within(form).getByRole('textbox', { name: '群体性纠纷人数' }), '20');
    await user.clear(within(form).getByRole('textbox', { name: '提醒提前天数' }));
    await user.type(within(form).getByRole('textbox', { name: '提醒提前天数' }), '10');
    await user.click(within(form).getByRole('combobox', { name: '村（居）人民调解委员会' }));
    await user.click(await screen.findByRole('option', { name: '每半月' }));
    await user.type(within(form).getByRole('textbox', { name: '排查起始日期' }), '2026-01-01');
    await user.click(within(form).getByRole('combobox', { name: '派驻调解室（工作室）' }));
    await user.click(await screen.findByRole('option', { name: '每月' }));
    const staffing = within(form).getByRole('group', { name: '调解员配备要求' });
    const fullTime = within(staffing).getByRole('textbox', { name: '行业性专业性人民调解委员会：其中专职至少（名）' });
    await user.clear(fullTime);
    await user.type(fullTime, '1');
    await user.click(within(form).getByRole('button', { name: '保存办案设置' }));

    await waitFor(() => expect(api.inputsOf('config.set')).toHaveLength(1));
    const expected: LifecycleConfig = {
      ...DEFAULT_CONFIG,
      warnings: { ...DEFAULT_CONFIG.warnings, red: { ...DEFAULT_CONFIG.warnings.red, label: '一级预警', reviewDays: 2 }, groupSize: 20 },
      screening: { periods: { ...DEFAULT_CONFIG.screening.periods, village: 'half_month', dispatched: 'month' }, since: '2026-01-01' },
      reminderDays: 10,
      staffing: { ...DEFAULT_CONFIG.staffing, fullTime: { ...DEFAULT_CONFIG.staffing.fullTime, industry: 1 } },
    };
    expect(api.inputsOf('config.set')[0]).toEqual(expected);
    expect(await within(form).findByRole('status')).toHaveTextContent('已保存');
  });

  it('shows problems next to the fields and sends nothing', async () => {
    const { user, api } = renderWithApi(<SettingsPage committee={COMMITTEE} />, handlers);
    const form = await caseSettings();
    const orange = within(form).getByRole('group', { name: '橙色等级' });
    await user.clear(within(orange).getByRole('textbox', { name: '名称' }));
    await user.clear(within(form).getByRole('textbox', { name: '群体性纠纷人数' }));
    await user.click(within(form).getByRole('button', { name: '保存办案设置' }));

    expect(await within(orange).findByText('请填写预警名称')).toBeInTheDocument();
    expect(within(form).getByText('人数应为数字')).toBeInTheDocument();
    expect(api.inputsOf('config.set')).toHaveLength(0);
  });

  it('checks the staffing minimums, and completes an older configuration with the defaults', async () => {
    const { screening, staffing: _staffing, ...rest } = DEFAULT_CONFIG;
    const { dispatched: _dispatched, ...periods } = screening.periods;
    // What a register from before the dispatched rooms and the staffing rules stored (the client does not parse it).
    const older = { ...rest, screening: { ...screening, periods } } as LifecycleConfig;
    const { user, api } = renderWithApi(<SettingsPage committee={COMMITTEE} />, { ...handlers, 'config.get': () => older });
    const form = await caseSettings();
    expect(within(form).getByRole('combobox', { name: '派驻调解室（工作室）' })).toHaveValue('每周');
    const staffing = within(form).getByRole('group', { name: '调解员配备要求' });
    const members = within(staffing).getByRole('textbox', { name: '派驻调解室（工作室）：调解员至少（名）' });
    expect(members).toHaveValue('2');
    await user.clear(members);
    await user.click(within(form).getByRole('button', { name: '保存办案设置' }));
    expect(await within(staffing).findByText('调解员人数应为数字')).toBeInTheDocument();
    expect(api.inputsOf('config.set')).toHaveLength(0);

    await user.type(members, '3');
    await user.click(within(form).getByRole('button', { name: '保存办案设置' }));
    await waitFor(() => expect(api.inputsOf('config.set')).toHaveLength(1));
    expect(api.inputsOf('config.set')[0]).toEqual({
      ...DEFAULT_CONFIG,
      staffing: { ...DEFAULT_CONFIG.staffing, members: { ...DEFAULT_CONFIG.staffing.members, dispatched: 3 } },
    });
  });
});

describe('设置 · 本所管理的调委会', () => {
  it('lists the kept committees and leads to the 调委会 page to add or edit them', async () => {
    renderWithApi(<SettingsPage committee={COMMITTEE} />, handlers);
    const section = await screen.findByRole('region', { name: '本所管理的调委会' });
    expect(await within(section).findByRole('table', { name: '本所管理的调委会' })).toHaveTextContent(COMMITTEE.name);
    expect(within(section).getByRole('link', { name: /添加或编辑调委会/ })).toHaveAttribute('href', '#/committees');
    expect(screen.queryByRole('form', { name: '添加调委会' })).not.toBeInTheDocument();
  });
});
