// @vitest-environment jsdom
// 统计: the period and the committee chosen are the ones asked for, a target under its rule reads 未达标, every
// figure lists the cases behind it (with its measure, and its type, source or committee), and the report exports.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { StatisticsPage } from '../../renderer/statistics/StatisticsPage.tsx';
import { presetPeriod, switchMode } from '../../renderer/common/period.ts';
import { AppError } from '../../shared/errors.ts';
import { renderWithApi } from './render.tsx';
import type { FakeHandlers } from './fakeApi.ts';
import { userOf } from './accountFixtures.ts';
import { COMMITTEES, MARRIAGE_CASES, REPORT, listItem, reportFor } from './statisticsFixtures.ts';
import { VILLAGE } from './workFixtures.ts';

/** Marriage and family cases for two pages of 20. */
const MANY_CASES = Array.from({ length: 25 }, (_, i) => listItem({ number: `〔2026〕玄武门调字第${31 + i}号` }));

const handlers = (patch: Partial<typeof REPORT> = {}): FakeHandlers => ({
  'committees.list': () => COMMITTEES,
  'stats.report': (query) => reportFor(query, patch),
  'stats.cases': ({ page, pageSize, disputeType }) => {
    const all = disputeType === 'marriage_family' ? MANY_CASES : disputeType === null ? MARRIAGE_CASES : [];
    return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
  },
  'stats.exportXlsx': () => ({ fileName: '人民调解统计_2026年11月.xlsx', content: btoa('PK') }),
});

// Today is 15 November 2026 in China: 本月 runs to today, 上季度 is the third quarter.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-15T04:00:00Z') });
  // jsdom lays nothing out: give the charts' containers a size, so that recharts draws them.
  const measure = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('recharts-responsive-container') ? new DOMRect(0, 0, 480, 240) : measure.call(this);
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function loaded() {
  return screen.findByRole('table', { name: '按纠纷类型统计' });
}

describe('统计', () => {
  it('asks for this month, then for the period and the committee chosen', async () => {
    const { user, api } = renderWithApi(<StatisticsPage />, handlers());
    await loaded();
    expect(api.inputsOf('stats.report')).toEqual([{ from: '2026-11-01', to: '2026-11-15', committeeId: null }]);

    await user.click(screen.getByRole('radio', { name: '上季度' }));
    await waitFor(() => expect(api.inputsOf('stats.report').at(-1)).toEqual({ from: '2026-07-01', to: '2026-09-30', committeeId: null }));
    expect(await screen.findByText('统计期间：2026年7月1日至2026年9月30日；范围：全部调委会')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: '上年' }));
    await waitFor(() => expect(api.inputsOf('stats.report').at(-1)).toEqual({ from: '2025-01-01', to: '2025-12-31', committeeId: null }));

    await user.click(screen.getByRole('radio', { name: '按季度' }));
    await user.click(screen.getByRole('combobox', { name: '季度' }));
    await user.click(await screen.findByRole('option', { name: '第二季度' }));
    await waitFor(() => expect(api.inputsOf('stats.report').at(-1)).toEqual({ from: '2025-04-01', to: '2025-06-30', committeeId: null }));

    await user.click(screen.getByRole('radio', { name: '自定义' }));
    const end = screen.getByRole('textbox', { name: '结束日期' });
    await user.clear(end);
    await user.type(end, '2025-05-15{Enter}');
    await waitFor(() => expect(api.inputsOf('stats.report').at(-1)).toEqual({ from: '2025-04-01', to: '2025-05-15', committeeId: null }));

    await user.click(screen.getByRole('combobox', { name: '调委会' }));
    await user.click(await screen.findByRole('option', { name: VILLAGE.name }));
    await waitFor(() =>
      expect(api.inputsOf('stats.report').at(-1)).toEqual({ from: '2025-04-01', to: '2025-05-15', committeeId: VILLAGE.id }),
    );
    expect(await screen.findByText(`统计期间：2025年4月1日至2025年5月15日；范围：${VILLAGE.name}`)).toBeInTheDocument();
  });

  it('shows the headline figures and each target against its rule', async () => {
    renderWithApi(
      <StatisticsPage />,
      handlers({ targets: REPORT.targets.map((t) => (t.code === 'diversion' ? { ...t, value: null, numerator: 0, denominator: 0 } : t)) }),
    );
    await loaded();
    const headline = screen.getByRole('group', { name: '主要指标' });
    expect(within(headline).getByRole('button', { name: '查看案件：受理（52件）' })).toBeInTheDocument();
    expect(headline).toHaveTextContent('95.7%');
    expect(headline).toHaveTextContent('386,500.00');

    const success = screen.getByRole('group', { name: '调解成功率' });
    expect(success).toHaveTextContent('未达标');
    expect(success).toHaveTextContent('要求：不低于98%');
    expect(success).toHaveTextContent('调解成功 45 件，共 47 件');
    expect(screen.getByRole('group', { name: '基层调委会化解纠纷占比' })).toHaveTextContent('未达标');
    expect(screen.getByRole('group', { name: '调解不成的纠纷导入法治轨道' })).toHaveTextContent('无数据');
    const petitions = screen.getByRole('group', { name: '因调解不当引发的信访' });
    expect(petitions).toHaveTextContent('达标');
    expect(petitions).not.toHaveTextContent('未达标');
  });

  it('lists the cases behind a figure of a dispute type, page by page, each linking to its case', async () => {
    const { user, api } = renderWithApi(<StatisticsPage />, handlers());
    const table = await loaded();
    const row = within(table).getByRole('rowheader', { name: '婚姻家庭' }).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: '查看案件：婚姻家庭 · 受理（12件）' }));

    const drawer = await screen.findByRole('dialog', { name: '婚姻家庭 · 受理的案件，2026年11月1日至2026年11月15日' });
    expect(drawer).toHaveTextContent('全部调委会；案件按受理日期计入统计期间');
    expect(await within(drawer).findByText('共 25 件')).toBeInTheDocument();
    expect(within(drawer).getAllByRole('link')).toHaveLength(20);
    expect(api.inputsOf('stats.cases')).toEqual([
      {
        from: '2026-11-01',
        to: '2026-11-15',
        committeeId: null,
        measure: 'accepted',
        disputeType: 'marriage_family',
        source: null,
        page: 1,
        pageSize: 20,
      },
    ]);

    await user.click(within(drawer).getByRole('button', { name: '第 2 页' }));
    const last = MANY_CASES[24]!;
    expect(await within(drawer).findByRole('link', { name: last.number })).toHaveAttribute('href', `#/cases/${last.id}`);
    expect(within(drawer).getAllByRole('link')).toHaveLength(5);
    expect(api.inputsOf('stats.cases').at(-1)).toMatchObject({ measure: 'accepted', disputeType: 'marriage_family', page: 2 });
  });

  it('lists the cases of a total, a target and a committee with their own measure', async () => {
    const { user, api } = renderWithApi(<StatisticsPage />, handlers());
    await loaded();
    await user.click(
      within(screen.getByRole('group', { name: '主要指标' })).getByRole('button', { name: '查看案件：协议涉及金额（386,500.00元）' }),
    );
    expect(await screen.findByRole('dialog', { name: /^协议涉及金额的案件/ })).toBeInTheDocument();
    expect(api.inputsOf('stats.cases').at(-1)).toMatchObject({ measure: 'amount', disputeType: null, committeeId: null });

    await user.click(within(screen.getByRole('group', { name: '调解成功率' })).getByRole('button', { name: '查看案件：调解成功（45件）' }));
    await waitFor(() => expect(api.inputsOf('stats.cases').at(-1)).toMatchObject({ measure: 'succeeded', disputeType: null }));

    const committees = screen.getByRole('table', { name: '各调委会情况' });
    const village = within(committees).getByRole('rowheader', { name: VILLAGE.name }).closest('tr')!;
    await user.click(within(village).getByRole('button', { name: `查看案件：${VILLAGE.name} · 调解成功（16件）` }));
    await waitFor(() => expect(api.inputsOf('stats.cases').at(-1)).toMatchObject({ measure: 'succeeded', committeeId: VILLAGE.id }));
    expect(screen.getByRole('dialog', { name: new RegExp(`^${VILLAGE.name} · 调解成功的案件`) })).toBeInTheDocument();

    const prevention = screen.getByRole('table', { name: '预防和减少矛盾激化' });
    await user.click(within(prevention).getByRole('button', { name: '查看案件：防止民转刑（2件）' }));
    await waitFor(() => expect(api.inputsOf('stats.cases').at(-1)).toMatchObject({ measure: 'prevent_civil_to_criminal' }));
    // A figure of nothing lists nothing: it is not a button.
    expect(within(prevention).queryByRole('button', { name: /防止群体性械斗/ })).not.toBeInTheDocument();
  });

  it("lists the cases of a target's denominator with the measure it counts", async () => {
    const { user, api } = renderWithApi(<StatisticsPage />, handlers());
    await loaded();
    const success = screen.getByRole('group', { name: '调解成功率' });
    await user.click(within(success).getByRole('button', { name: '查看案件：调结（47件）' }));
    expect(await screen.findByRole('dialog', { name: '调结的案件，2026年11月1日至2026年11月15日' })).toHaveTextContent(
      '案件按调解结果日期计入统计期间',
    );
    expect(api.inputsOf('stats.cases').at(-1)).toMatchObject({ measure: 'concluded', disputeType: null, source: null, committeeId: null });

    const grassroots = screen.getByRole('group', { name: '基层调委会化解纠纷占比' });
    await user.click(within(grassroots).getByRole('button', { name: '查看案件：调解成功（45件）' }));
    await waitFor(() => expect(api.inputsOf('stats.cases').at(-1)).toMatchObject({ measure: 'succeeded' }));
    await user.click(
      within(screen.getByRole('group', { name: '调解不成的纠纷导入法治轨道' })).getByRole('button', { name: '查看案件：调解不成（1件）' }),
    );
    await waitFor(() => expect(api.inputsOf('stats.cases').at(-1)).toMatchObject({ measure: 'failed' }));
    // The zero target counts cases and has no denominator.
    expect(screen.getByRole('group', { name: '因调解不当引发的信访' })).not.toHaveTextContent('共');
  });

  it('lists the accepted cases of a detailed source', async () => {
    const { user, api } = renderWithApi(<StatisticsPage />, handlers());
    await loaded();
    const sources = screen.getByRole('table', { name: '案件来源' });
    const police = within(sources).getByRole('rowheader', { name: '其中：公安移送（公调对接）' }).closest('tr')!;
    await user.click(within(police).getByRole('button', { name: '查看案件：公安移送（公调对接） · 受理（4件）' }));
    const drawer = await screen.findByRole('dialog', { name: '公安移送（公调对接） · 受理的案件，2026年11月1日至2026年11月15日' });
    expect(drawer).toHaveTextContent('案件按受理日期计入统计期间');
    expect(api.inputsOf('stats.cases')).toEqual([
      {
        from: '2026-11-01',
        to: '2026-11-15',
        committeeId: null,
        measure: 'accepted',
        disputeType: null,
        source: 'police',
        page: 1,
        pageSize: 20,
      },
    ]);

    // A group of one source is its own line, counted by the group's measure.
    await user.click(within(sources).getByRole('button', { name: '查看案件：当事人申请（30件）' }));
    await waitFor(() => expect(api.inputsOf('stats.cases').at(-1)).toMatchObject({ measure: 'source_applied', source: null }));
  });

  it('draws the trend by month, the mix of types and the warning colours', async () => {
    renderWithApi(<StatisticsPage />, handlers());
    await loaded();
    const trend = screen.getByRole('region', { name: '逐月趋势' });
    await waitFor(() => expect(trend.querySelector('svg.recharts-surface')).not.toBeNull());
    expect(trend).toHaveTextContent('8月');
    expect(screen.getByRole('region', { name: '纠纷类型构成（受理）' })).toHaveTextContent('邻里');
    const risk = screen.getByRole('region', { name: '风险等级（受理）' });
    expect(risk).toHaveTextContent('52 件');
    expect(risk).toHaveTextContent('橙色 4 件');
  });

  it('shows the sources, the outcomes, screening and the organisations', async () => {
    renderWithApi(<StatisticsPage />, handlers());
    await loaded();
    const sources = screen.getByRole('table', { name: '案件来源' });
    expect(within(sources).getByRole('button', { name: '查看案件：移送、委托（10件）' })).toBeInTheDocument();
    expect(within(sources).getByRole('rowheader', { name: '其中：法院委托（诉调对接）' }).closest('tr')).toHaveTextContent('3');
    expect(
      within(screen.getByRole('table', { name: '司法确认' })).getByRole('button', { name: '查看案件：司法确认有效（5件）' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: '协议履行' })).getByRole('button', { name: '查看案件：协议已履行（38件）' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: '矛盾纠纷排查' }))
        .getByRole('rowheader', { name: '其中：零报告（份）' })
        .closest('tr'),
    ).toHaveTextContent('21');
    expect(
      within(screen.getByRole('table', { name: '调解员队伍' }))
        .getByRole('rowheader', { name: '其中：专职调解员' })
        .closest('tr'),
    ).toHaveTextContent('6');
    expect(
      within(screen.getByRole('table', { name: '风险等级（受理）' })).getByRole('button', { name: '查看案件：红色预警（1件）' }),
    ).toBeInTheDocument();
  });

  it('exports the report as shown', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:stats');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user, api } = renderWithApi(<StatisticsPage />, handlers());
    await loaded();
    await user.click(screen.getByRole('radio', { name: '上季度' }));
    await user.click(screen.getByRole('button', { name: '导出Excel' }));
    await waitFor(() => expect(api.inputsOf('stats.exportXlsx')).toEqual([{ from: '2026-07-01', to: '2026-09-30', committeeId: null }]));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('人民调解统计_2026年11月.xlsx')).toBeInTheDocument();
  });

  it('prints, and lets a clerk take the figures to Excel (they hold no personal data)', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = renderWithApi(<StatisticsPage />, handlers(), { user: userOf('clerk') });
    await loaded();
    expect(screen.getByRole('button', { name: '导出Excel' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '打印' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says when the report could not be read, and reads it again', async () => {
    let fail = true;
    const { user } = renderWithApi(<StatisticsPage />, {
      ...handlers(),
      'stats.report': (query) => {
        if (fail) throw new AppError('UNAVAILABLE', '登记簿正忙，请稍后再试');
        return reportFor(query);
      },
    });
    const alert = await screen.findByRole('alert', { name: '统计数据没有读出来' });
    expect(alert).toHaveTextContent('登记簿正忙，请稍后再试');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    await loaded();
    expect(screen.queryByRole('alert', { name: '统计数据没有读出来' })).not.toBeInTheDocument();
  });
});

describe('统计期间', () => {
  it('turns the presets into days, across the turn of the year', () => {
    expect(presetPeriod('last_month', '2027-01-10')).toEqual({ mode: 'last_month', from: '2026-12-01', to: '2026-12-31' });
    expect(presetPeriod('last_quarter', '2027-02-28')).toEqual({ mode: 'last_quarter', from: '2026-10-01', to: '2026-12-31' });
    expect(presetPeriod('last_month', '2028-03-31')).toEqual({ mode: 'last_month', from: '2028-02-01', to: '2028-02-29' });
    expect(presetPeriod('this_quarter', '2026-11-15')).toEqual({ mode: 'this_quarter', from: '2026-10-01', to: '2026-11-15' });
    expect(presetPeriod('this_year', '2026-01-01')).toEqual({ mode: 'this_year', from: '2026-01-01', to: '2026-01-01' });
  });

  it('starts a chosen month, quarter or year from the period shown', () => {
    const third = presetPeriod('last_quarter', '2026-11-15');
    expect(switchMode(third, 'month', '2026-11-15')).toEqual({ mode: 'month', from: '2026-07-01', to: '2026-07-31' });
    expect(switchMode(third, 'quarter', '2026-11-15')).toEqual({ mode: 'quarter', from: '2026-07-01', to: '2026-09-30' });
    expect(switchMode(third, 'year', '2026-11-15')).toEqual({ mode: 'year', from: '2026-01-01', to: '2026-12-31' });
    expect(switchMode(third, 'custom', '2026-11-15')).toEqual({ mode: 'custom', from: '2026-07-01', to: '2026-09-30' });
  });
});
