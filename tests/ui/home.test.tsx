// @vitest-environment jsdom
// 今日工作 and 预警: sections with their cases and links to the filtered register list, the empty state, the
// warnings board's missing leaders and overdue reviews; the register list's attention filter and its address.
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { HomePage } from '../../renderer/home/HomePage.tsx';
import { WarningsPage } from '../../renderer/warnings/WarningsPage.tsx';
import { CaseListPage } from '../../renderer/cases/CaseListPage.tsx';
import { EMPTY_FILTERS, type CaseFilters } from '../../renderer/cases/filters.ts';
import { Workbench } from '../../renderer/shell/Workbench.tsx';
import { DEFAULT_CONFIG } from '../../shared/domain/config.ts';
import { COMMITTEE } from './fixtures.ts';
import { BOARD, EMPTY_WORKLIST, OVERDUE_VISIT, RED_CASE, WORKLIST } from './workFixtures.ts';
import { renderWithApi } from './render.tsx';
import type { FakeHandlers } from './fakeApi.ts';

const emptyList: FakeHandlers = { 'cases.list': ({ page, pageSize }) => ({ items: [], total: 0, page, pageSize }) };

describe('今日工作', () => {
  it('shows the warnings first, each section with its cases and a link to the filtered list', async () => {
    renderWithApi(<HomePage />, { 'work.today': () => WORKLIST });
    expect(await screen.findByRole('heading', { name: '今日工作' })).toBeInTheDocument();

    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['红色、橙色预警（未结）', '回访逾期', '排查未报']);
    expect(screen.queryByRole('region', { name: '待受理' })).not.toBeInTheDocument();

    const overdue = screen.getByRole('region', { name: '回访逾期' });
    expect(overdue).toHaveTextContent('共 3 件');
    expect(within(overdue).getByRole('link', { name: OVERDUE_VISIT.number })).toHaveAttribute('href', `#/cases/${OVERDUE_VISIT.caseId}`);
    expect(overdue).toHaveTextContent('王五 与 赵六');
    expect(overdue).toHaveTextContent('逾期 5 天（应于 11月25日 回访）');
    expect(overdue).toHaveTextContent('另有 2 件未列出');
    expect(within(overdue).getByRole('link', { name: '查看全部' })).toHaveAttribute('href', '#/cases?attention=follow_up_overdue');

    const warnings = screen.getByRole('region', { name: '红色、橙色预警（未结）' });
    expect(within(warnings).getByRole('link', { name: RED_CASE.number })).toBeInTheDocument();
    expect(warnings).toHaveTextContent('红色');
    expect(within(warnings).getByRole('link', { name: '查看全部' })).toHaveAttribute('href', '#/cases?attention=warnings');

    const screening = screen.getByRole('region', { name: '排查未报' });
    expect(screening).toHaveTextContent('梅园新村社区人民调解委员会');
    expect(screening).toHaveTextContent('2026年11月16日—11月22日');
    expect(screening).not.toHaveTextContent('玄武门街道人民调解委员会');
    expect(within(screening).getByRole('link', { name: '去填报' })).toHaveAttribute('href', '#/screening');
  });

  it('says so when there is nothing to do', async () => {
    renderWithApi(<HomePage />, { 'work.today': () => EMPTY_WORKLIST });
    expect(await screen.findByText('今天没有待办事项')).toBeInTheDocument();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});

describe('预警', () => {
  it('lists red and orange cases, a missing leader and an overdue review in red, and the area’s wording', async () => {
    const { user } = renderWithApi(<WarningsPage />, { 'warnings.board': () => BOARD, 'config.get': () => DEFAULT_CONFIG });
    const table = await screen.findByRole('table', { name: '预警台账' });
    const red = within(table).getByRole('link', { name: '〔2026〕玄武门调字第9号' }).closest('tr')!;
    expect(red).toHaveTextContent('未落实');
    expect(red).toHaveTextContent('2020年1月1日（已逾期）');
    expect(red).toHaveTextContent('有越级上访苗头');
    const orange = within(table).getByRole('link', { name: '〔2026〕玄武门调字第11号' }).closest('tr')!;
    expect(orange).toHaveTextContent('陈主任');
    expect(orange).not.toHaveTextContent('已逾期');

    expect(await screen.findByText(DEFAULT_CONFIG.warnings.red.criteria)).toBeInTheDocument();
    expect(screen.getByText(DEFAULT_CONFIG.warnings.orange.handling)).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: '橙色' }));
    expect(within(table).queryByRole('link', { name: '〔2026〕玄武门调字第9号' })).not.toBeInTheDocument();
    expect(within(table).getByRole('link', { name: '〔2026〕玄武门调字第11号' })).toBeInTheDocument();
  });
});

function ListHarness() {
  const [filters, setFilters] = useState<CaseFilters>(EMPTY_FILTERS);
  return <CaseListPage filters={filters} onFiltersChange={setFilters} />;
}

describe('案件台账的待办筛选', () => {
  it('sends the chosen attention, shows it in the address, and clears it', async () => {
    const { user, api } = renderWithApi(<ListHarness />, emptyList);
    await screen.findByText('还没有登记的纠纷');
    await user.click(screen.getByRole('combobox', { name: '待办筛选' }));
    await user.click(await screen.findByRole('option', { name: '回访逾期' }));

    await waitFor(() =>
      expect(api.inputsOf('cases.list')).toContainEqual(expect.objectContaining({ attention: 'follow_up_overdue', page: 1 })),
    );
    await waitFor(() => expect(window.location.hash).toBe('#/cases?attention=follow_up_overdue'));

    // One above the list, one in the empty list's message.
    await user.click(screen.getAllByRole('button', { name: '清除筛选条件' })[0]!);
    await waitFor(() => expect(window.location.hash).toBe('#/cases'));
    expect(api.inputsOf('cases.list').at(-1)).toEqual(expect.objectContaining({ attention: null }));
  });

  it('opens the register list filtered as the address says, with the new menu', async () => {
    window.location.hash = '#/cases?attention=warnings';
    const { api } = renderWithApi(<Workbench committee={COMMITTEE} />, emptyList);
    await screen.findByText('没有符合条件的案件');
    expect(api.inputsOf('cases.list')).toEqual([expect.objectContaining({ attention: 'warnings' })]);
    expect(screen.getByRole('combobox', { name: '待办筛选' })).toHaveValue('红色、橙色预警（未结）');

    const menu = screen.getByRole('navigation', { name: '主菜单' });
    expect(
      within(menu)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([
      '今日工作',
      '纠纷登记',
      '案件台账',
      '预警',
      '排查',
      '调解员',
      '调委会',
      '文书',
      '统计',
      '个案补贴',
      '同步',
      '台账导入与导出',
      '设置',
      '账户管理',
      '审计日志',
    ]);

    // Following another home-page link (a real navigation) replaces the filter.
    window.location.hash = '#/cases?attention=follow_up_overdue';
    await waitFor(() => expect(api.inputsOf('cases.list').at(-1)).toEqual(expect.objectContaining({ attention: 'follow_up_overdue' })));
    // The select shows it once it has re-rendered with the new filter (which may come after the call).
    await waitFor(() => expect(screen.getByRole('combobox', { name: '待办筛选' })).toHaveValue('回访逾期'));
  });
});
