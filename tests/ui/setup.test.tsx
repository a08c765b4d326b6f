// @vitest-environment jsdom
// First-run setup: the division cascade reads each level through 'divisions.children'; the committee's
// name, kind and abbreviation follow the choice; the case-number preview follows the abbreviation.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { SetupWizard } from '../../renderer/setup/SetupWizard.tsx';
import { todayInChina } from '../../shared/rules/dates.ts';
import { COMMITTEE, childrenOf } from './fixtures.ts';
import { renderWithApi } from './render.tsx';
import type { FakeHandlers } from './fakeApi.ts';

const handlers: FakeHandlers = {
  'divisions.children': ({ code }) => childrenOf(code),
  'setup.complete': (input) => ({ ...COMMITTEE, ...input, parentId: null }),
};

async function choose(user: UserEvent, label: string, option: string) {
  const select = screen.getByRole('combobox', { name: label });
  await waitFor(() => expect(select).toBeEnabled());
  await user.click(select);
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('首次使用设置', () => {
  it('reads each level of the cascade from divisions.children and sends the deepest code', async () => {
    const onDone = vi.fn();
    const { user, api } = renderWithApi(<SetupWizard onDone={onDone} />, handlers);

    await choose(user, '省', '江苏省');
    await choose(user, '市', '南京市');
    await choose(user, '区县', '玄武区');
    await choose(user, '乡镇街道', '玄武门街道');

    expect(api.inputsOf('divisions.children')).toEqual([
      { code: null },
      { code: '320000000000' },
      { code: '320100000000' },
      { code: '320102000000' },
      { code: '320102005000' },
    ]);
    expect(screen.getByRole('combobox', { name: '调委会类型' })).toHaveValue('乡镇（街道）人民调解委员会');
    expect(screen.getByRole('textbox', { name: '调委会名称' })).toHaveValue('玄武门街道人民调解委员会');
    expect(screen.getByRole('textbox', { name: '案号简称' })).toHaveValue('玄武门');
    const year = todayInChina().slice(0, 4);
    expect(screen.getByTestId('case-number-preview')).toHaveTextContent(`〔${year}〕玄武门调字第1号`);

    await user.clear(screen.getByRole('textbox', { name: '案号简称' }));
    await user.type(screen.getByRole('textbox', { name: '案号简称' }), '玄武');
    expect(screen.getByTestId('case-number-preview')).toHaveTextContent(`〔${year}〕玄武调字第1号`);

    await user.click(screen.getByRole('button', { name: '完成设置' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(api.inputsOf('setup.complete')).toEqual([
      { areaCode: '320102005000', kind: 'township', name: '玄武门街道人民调解委员会', abbreviation: '玄武' },
    ]);
  });

  it('suggests a village committee when a village is chosen', async () => {
    const { user } = renderWithApi(<SetupWizard onDone={() => {}} />, handlers);
    await choose(user, '省', '江苏省');
    await choose(user, '市', '南京市');
    await choose(user, '区县', '玄武区');
    await choose(user, '乡镇街道', '玄武门街道');
    await choose(user, '村社区', '梅园新村社区居委会');

    expect(screen.getByRole('combobox', { name: '调委会类型' })).toHaveValue('村（居）人民调解委员会');
    expect(screen.getByRole('textbox', { name: '调委会名称' })).toHaveValue('梅园新村社区人民调解委员会');
    expect(screen.getByRole('textbox', { name: '案号简称' })).toHaveValue('梅园新村');
  });

  it('asks for the area before sending anything', async () => {
    const { user, api } = renderWithApi(<SetupWizard onDone={() => {}} />, handlers);
    await choose(user, '省', '江苏省');
    await user.click(screen.getByRole('button', { name: '完成设置' }));

    expect(await screen.findByText('请选择调委会所在地区，至少选到区县')).toBeInTheDocument();
    expect(api.inputsOf('setup.complete')).toHaveLength(0);
  });
});
