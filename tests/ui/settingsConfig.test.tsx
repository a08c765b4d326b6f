// @vitest-environment jsdom
// 设置: the area's case settings are edited and sent whole through config.set, problems next to the fields;
// a kept committee is added under the office's own.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { SettingsPage } from '../../renderer/settings/SettingsPage.tsx';
import { DEFAULT_CONFIG, type LifecycleConfig } from '../../shared/domain/config.ts';
import { COMMITTEE, DIVISIONS, childrenOf } from './fixtures.ts';
import { VILLAGE } from './workFixtures.ts';
import { renderWithApi } from './render.tsx';
import { UNSET } from './backupFixtures.ts';
import type { FakeHandlers } from './fakeApi.ts';

const handlers: FakeHandlers = {
  'app.info': () => ({ version: '0.1.0', mode: 'browser', dataDir: '/data', databaseFile: '/data/fengqiao.db', schemaVersion: 3 }),
  'divisions.path': () => [DIVISIONS['320102000000']![0]!],
  'divisions.children': ({ code }) => childrenOf(code),
  'committees.list': () => [COMMITTEE],
  'committees.add': (input) => ({ ...VILLAGE, ...input, parentId: input.parentId }),
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
    await user.click(within(form).getByRole('button', { name: '保存办案设置' }));

    await waitFor(() => expect(api.inputsOf('config.set')).toHaveLength(1));
    const expected: LifecycleConfig = {
      ...DEFAULT_CONFIG,
      warnings: { ...DEFAULT_CONFIG.warnings, red: { ...DEFAULT_CONFIG.warnings.red, label: '一级预警', reviewDays: 2 }, groupSize: 20 },
      screening: { periods: { ...DEFAULT_CONFIG.screening.periods, village: 'half_month' }, since: '2026-01-01' },
      reminderDays: 10,
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
});

describe('设置 · 本所管理的调委会', () => {
  it('adds a village committee chosen from the office’s area, under the office’s committee', async () => {
    const { user, api } = renderWithApi(<SettingsPage committee={COMMITTEE} />, handlers);
    const form = await screen.findByRole('form', { name: '添加调委会' });
    await user.click(await within(form).findByRole('combobox', { name: '从本辖区的村（社区）中选择' }));
    await user.click(await screen.findByRole('option', { name: '梅园新村社区居委会' }));
    expect(within(form).getByRole('textbox', { name: '调委会名称' })).toHaveValue('梅园新村社区人民调解委员会');
    await user.click(within(form).getByRole('button', { name: '添加调委会' }));

    await waitFor(() => expect(api.inputsOf('committees.add')).toHaveLength(1));
    expect(api.inputsOf('committees.add')[0]).toEqual({
      areaCode: '320102005001',
      name: '梅园新村社区人民调解委员会',
      kind: 'village',
      abbreviation: '梅园新村',
      parentId: COMMITTEE.id,
    });
    expect(api.inputsOf('committees.list')).toHaveLength(2);
  });
});
