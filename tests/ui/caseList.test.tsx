// @vitest-environment jsdom
// 案件台账: rows with masked-free summaries, the total, search on Enter, and the empty states in words.
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { CaseListPage } from '../../renderer/cases/CaseListPage.tsx';
import { EMPTY_FILTERS, type CaseFilters } from '../../renderer/cases/filters.ts';
import type { CaseListItem } from '../../shared/domain/case.ts';
import { newId } from '../../shared/rules/ids.ts';
import { renderWithApi } from './render.tsx';
import type { FakeHandlers } from './fakeApi.ts';

function Harness() {
  const [filters, setFilters] = useState<CaseFilters>(EMPTY_FILTERS);
  return <CaseListPage filters={filters} onFiltersChange={setFilters} />;
}

const item: CaseListItem = {
  id: newId(),
  number: '〔2026〕玄武门调字第7号',
  committeeName: '玄武门街道人民调解委员会',
  disputeType: 'neighbourhood',
  source: 'party_application',
  status: 'registered',
  riskLevel: 'orange',
  registeredOn: '2026-03-01',
  applicants: ['张三'],
  respondents: ['李四', '王五'],
  factsExcerpt: '楼上漏水，损坏楼下天花板',
};

const listing = (items: CaseListItem[]): FakeHandlers => ({
  'cases.list': ({ page, pageSize, search }) => {
    const found = search ? items.filter((i) => i.applicants.includes(search)) : items;
    return { items: found, total: found.length, page, pageSize };
  },
});

describe('案件台账', () => {
  it('lists cases with their number, date, type, parties and risk, and the total', async () => {
    renderWithApi(<Harness />, listing([item]));
    const table = await screen.findByRole('table', { name: '案件台账' });
    const row = within(table).getByRole('link', { name: '〔2026〕玄武门调字第7号' }).closest('tr')!;
    expect(row).toHaveTextContent('2026年3月1日');
    expect(row).toHaveTextContent('邻里');
    expect(row).toHaveTextContent('申请人：张三');
    expect(row).toHaveTextContent('被申请人：李四、王五');
    expect(row).toHaveTextContent('橙色');
    expect(row).toHaveTextContent('已登记');
    expect(screen.getByText('共 1 件')).toBeInTheDocument();
  });

  it('searches on Enter, and says when nothing matches', async () => {
    const { user, api } = renderWithApi(<Harness />, listing([item]));
    await screen.findByText('共 1 件');
    await user.type(screen.getByRole('searchbox', { name: '搜索' }), '赵六{Enter}');
    expect(await screen.findByText('没有符合条件的案件')).toBeInTheDocument();
    expect(api.inputsOf('cases.list')).toContainEqual(expect.objectContaining({ search: '赵六', page: 1, pageSize: 20 }));
  });

  it('invites the first registration when the register is empty', async () => {
    renderWithApi(<Harness />, listing([]));
    expect(await screen.findByText('还没有登记的纠纷')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '纠纷登记' })).toBeInTheDocument();
  });
});
