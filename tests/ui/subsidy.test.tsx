// @vitest-environment jsdom
// 个案补贴: the sheet of the period chosen, a line opening to its cases, the excluded cases with their reasons,
// the export; the rules editor sending amounts in fen and showing the register's field errors on their fields.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { SubsidyPage } from '../../renderer/subsidy/SubsidyPage.tsx';
import { DEFAULT_SUBSIDY_RULES, type SubsidyRules } from '../../shared/domain/subsidy.ts';
import { AppError } from '../../shared/errors.ts';
import { renderWithApi } from './render.tsx';
import type { FakeHandlers } from './fakeApi.ts';
import { COMMITTEES, SHEET } from './statisticsFixtures.ts';

function handlers(patch: FakeHandlers = {}): FakeHandlers {
  let rules: SubsidyRules = DEFAULT_SUBSIDY_RULES;
  return {
    'committees.list': () => COMMITTEES,
    'subsidy.sheet': (query) => ({ ...SHEET, from: query.from, to: query.to, rules }),
    'subsidy.rules': () => rules,
    'subsidy.setRules': (input) => (rules = input),
    'subsidy.exportXlsx': () => ({ fileName: '个案补贴_2026年10月.xlsx', content: btoa('PK') }),
    ...patch,
  };
}

// Today is 15 November 2026 in China: the sheet opens on October.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-15T04:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function sheetTable() {
  return screen.findByRole('table', { name: '个案补贴核算表' });
}

async function openRules(user: UserEvent) {
  await user.click(screen.getByRole('tab', { name: '补贴规则' }));
  return screen.findByRole('form', { name: '补贴规则' });
}

describe('个案补贴', () => {
  it('shows last month by mediator, each line opening to its cases, and the totals', async () => {
    const { user, api } = renderWithApi(<SubsidyPage />, handlers());
    const table = await sheetTable();
    expect(api.inputsOf('subsidy.sheet')).toEqual([{ from: '2026-10-01', to: '2026-10-31', committeeId: null }]);
    expect(screen.getByText('2026年10月1日至2026年10月31日；全部调委会')).toBeInTheDocument();

    const wang = within(table)
      .getByRole('rowheader', { name: /王秀英/ })
      .closest('tr')!;
    expect(wang).toHaveTextContent('专职');
    expect(wang).toHaveTextContent('350.00');
    expect(
      within(table)
        .getByRole('rowheader', { name: /刘建国/ })
        .closest('tr'),
    ).toHaveTextContent('兼职');
    const totals = within(table).getByRole('rowheader', { name: '合计（2人）' }).closest('tr')!;
    expect(totals).toHaveTextContent('3');
    expect(totals).toHaveTextContent('500.00');

    expect(screen.queryByRole('table', { name: '王秀英的案件明细' })).not.toBeInTheDocument();
    const toggle = within(wang).getByRole('button', { name: '王秀英的案件' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const items = screen.getByRole('table', { name: '王秀英的案件明细' });
    const shared = within(items).getByRole('link', { name: '〔2026〕玄武门调字第31号' });
    expect(shared).toHaveAttribute('href', `#/cases/${SHEET.lines[0]!.items[0]!.caseId}`);
    const row = shared.closest('tr')!;
    expect(row).toHaveTextContent('劳动争议');
    expect(row).toHaveTextContent('书面协议');
    expect(row).toHaveTextContent('2026年8月12日');
    expect(row).toHaveTextContent('一般');
    expect(row).toHaveTextContent('100.00');
    expect(row).toHaveTextContent('50.00');
    expect(row).toHaveTextContent('2人平分');
    expect(within(items).getByRole('link', { name: '〔2026〕玄武门调字第40号' }).closest('tr')).toHaveTextContent('本人');

    await user.click(toggle);
    expect(screen.queryByRole('table', { name: '王秀英的案件明细' })).not.toBeInTheDocument();
  });

  it('asks for the period chosen and lists the excluded cases with their reasons', async () => {
    const { user, api } = renderWithApi(<SubsidyPage />, handlers());
    await sheetTable();
    await user.click(screen.getByRole('radio', { name: '上季度' }));
    await waitFor(() => expect(api.inputsOf('subsidy.sheet').at(-1)).toEqual({ from: '2026-07-01', to: '2026-09-30', committeeId: null }));

    expect(screen.queryByRole('table', { name: '未计补贴的案件' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '未计补贴的案件（2件）' }));
    const excluded = screen.getByRole('table', { name: '未计补贴的案件' });
    expect(within(excluded).getByRole('link', { name: '〔2026〕玄武门调字第44号' }).closest('tr')).toHaveTextContent('尚未归档');
    expect(excluded).toHaveTextContent('没有指派调解员');
  });

  it('exports the sheet of the period shown', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:subsidy');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user, api } = renderWithApi(<SubsidyPage />, handlers());
    await sheetTable();
    await user.click(screen.getByRole('button', { name: '导出Excel' }));
    await waitFor(() => expect(api.inputsOf('subsidy.exportXlsx')).toEqual([{ from: '2026-10-01', to: '2026-10-31', committeeId: null }]));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
  });

  it('saves the rules with the amounts in fen, tiers in the order set, and computes the sheet again', async () => {
    const { user, api } = renderWithApi(<SubsidyPage />, handlers());
    await sheetTable();
    const form = await openRules(user);
    expect(within(form).getByRole('radio', { name: /按归档日期/ })).toBeChecked();
    expect(within(form).getByRole('checkbox', { name: '书面协议' })).toBeChecked();
    expect(within(form).getByRole('checkbox', { name: '调解不成' })).not.toBeChecked();

    await user.click(within(form).getByRole('checkbox', { name: '调解不成' }));
    await user.click(within(form).getByRole('radio', { name: /包案调解员全额/ }));
    const second = within(form).getByRole('group', { name: '第 2 档' });
    const amount = within(second).getByRole('textbox', { name: /补贴金额（元）/ });
    expect(amount).toHaveValue('300');
    await user.clear(amount);
    await user.type(amount, '350.5');
    const third = within(form).getByRole('group', { name: '第 3 档' });
    const minAmount = within(third).getByRole('textbox', { name: '协议金额不低于（元）' });
    expect(minAmount).toHaveValue('10000');
    await user.clear(minAmount);
    await user.type(minAmount, '20000');
    await user.click(within(form).getByRole('button', { name: '上移第 2 档' }));

    await user.click(within(form).getByRole('button', { name: '添加档次' }));
    const sixth = within(form).getByRole('group', { name: '第 6 档' });
    await user.type(within(sixth).getByRole('textbox', { name: /档次名称/ }), '群体性');
    await user.type(within(sixth).getByRole('textbox', { name: /补贴金额（元）/ }), '500');
    await user.type(within(sixth).getByRole('textbox', { name: '当事人不少于（人）' }), '10');
    await user.click(within(sixth).getByRole('checkbox', { name: '只限领导包案的案件' }));

    await user.click(within(form).getByRole('button', { name: '保存补贴规则' }));
    await waitFor(() => expect(api.inputsOf('subsidy.setRules')).toHaveLength(1));
    const [first, leader, general, typed, simple] = DEFAULT_SUBSIDY_RULES.tiers;
    expect(api.inputsOf('subsidy.setRules')[0]).toEqual({
      basis: 'archive',
      outcomes: ['written', 'oral', 'failed'],
      requireArchived: true,
      split: 'lead',
      tiers: [
        { ...leader, amountFen: 35050 },
        first,
        { ...general, minAmountFen: 2000000 },
        typed,
        simple,
        { label: '群体性', amountFen: 50000, disputeTypes: [], minRisk: null, leaderCase: true, minParties: 10, minAmountFen: null },
      ],
    });
    expect(await screen.findByText('补贴规则已保存')).toBeInTheDocument();
    await waitFor(() => expect(api.inputsOf('subsidy.sheet')).toHaveLength(2));
  });

  it('shows what is missing next to the field, and the register’s refusal on the field it names', async () => {
    const { user, api } = renderWithApi(
      <SubsidyPage />,
      handlers({
        'subsidy.setRules': () => {
          throw new AppError('VALIDATION', '补贴规则有误', [{ path: 'tiers.1.amountFen', message: '疑难复杂档的补贴不能低于后面的档次' }]);
        },
      }),
    );
    await sheetTable();
    const form = await openRules(user);
    const first = within(form).getByRole('group', { name: '第 1 档' });
    await user.clear(within(first).getByRole('textbox', { name: /补贴金额（元）/ }));
    await user.type(within(first).getByRole('textbox', { name: '协议金额不低于（元）' }), '一万');
    await user.click(within(form).getByRole('button', { name: '保存补贴规则' }));
    expect(within(first).getByText('请填写补贴金额')).toBeInTheDocument();
    expect(within(first).getByText('请填写金额（元），如 100 或 100.50')).toBeInTheDocument();
    expect(api.inputsOf('subsidy.setRules')).toHaveLength(0);

    await user.type(within(first).getByRole('textbox', { name: /补贴金额（元）/ }), '300');
    await user.clear(within(first).getByRole('textbox', { name: '协议金额不低于（元）' }));
    await user.click(within(form).getByRole('button', { name: '保存补贴规则' }));
    await waitFor(() => expect(api.inputsOf('subsidy.setRules')).toHaveLength(1));
    const second = within(form).getByRole('group', { name: '第 2 档' });
    expect(await within(second).findByText('疑难复杂档的补贴不能低于后面的档次')).toBeInTheDocument();
    expect(within(second).getByRole('textbox', { name: /补贴金额（元）/ })).toHaveAttribute('aria-invalid', 'true');
    expect(within(first).queryByText('疑难复杂档的补贴不能低于后面的档次')).not.toBeInTheDocument();
    expect(screen.queryByText('补贴规则没有保存')).not.toBeInTheDocument();
  });
});
