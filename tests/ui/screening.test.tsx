// @vitest-environment jsdom
// 排查: the grid tells a report from a zero report from a missing one; a zero report and a report with
// findings are sent as the contract says; the schema's problems show next to the fields.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { ScreeningPage } from '../../renderer/screening/ScreeningPage.tsx';
import type { ScreeningReport } from '../../shared/domain/screening.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { newId } from '../../shared/rules/ids.ts';
import { AppError } from '../../shared/errors.ts';
import { COMMITTEE } from './fixtures.ts';
import { OVERVIEW, REPORT, VILLAGE } from './workFixtures.ts';
import { renderWithApi } from './render.tsx';
import type { FakeHandlers } from './fakeApi.ts';

const handlers: FakeHandlers = {
  'screening.overview': () => OVERVIEW,
  'screening.list': ({ committeeId }) => (committeeId === COMMITTEE.id ? [REPORT] : []),
  'screening.report': (input): ScreeningReport => ({
    id: newId(),
    committeeId: input.committeeId,
    periodKind: 'week',
    periodStart: input.periodDate,
    periodEnd: input.periodDate,
    zero: input.zero,
    findings: input.findings.map((f) => ({ ...f, id: newId(), caseId: f.caseId })),
    reportedOn: input.reportedOn,
    reporter: input.reporter,
    note: input.note,
    createdAt: '2026-11-30T02:00:00.000Z',
  }),
};

async function choose(user: UserEvent, scope: HTMLElement, label: string, option: string) {
  await user.click(within(scope).getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function townshipRow() {
  const grid = await screen.findByRole('table', { name: '排查报告情况' });
  return within(grid)
    .getByRole('rowheader', { name: /玄武门街道人民调解委员会/ })
    .closest('tr')!;
}

describe('排查', () => {
  it('shows reported, zero, missing and current periods per committee, and the recent reports', async () => {
    renderWithApi(<ScreeningPage />, handlers);
    expect(screen.getByRole('heading', { name: '排查' })).toBeInTheDocument();
    const row = await townshipRow();
    expect(row).toHaveTextContent('已报告（2件）');
    expect(row).toHaveTextContent('零报告');
    expect(within(row).getByRole('button', { name: /^未报告：.*11月23日—11月29日/ })).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: /^本期未到期：/ })).toBeInTheDocument();

    const reports = await screen.findByRole('table', { name: '排查报告记录' });
    expect(reports).toHaveTextContent('小区加装电梯，一楼住户反对');
    expect(within(reports).getByRole('link', { name: '登记为案件' })).toHaveAttribute(
      'href',
      `#/register?finding=${REPORT.findings[0]!.id}&committee=${COMMITTEE.id}`,
    );
  });

  it('sends a zero report for the missing period', async () => {
    const { user, api } = renderWithApi(<ScreeningPage />, handlers);
    const row = await townshipRow();
    await user.click(within(row).getByRole('button', { name: /^未报告：/ }));
    const dialog = await screen.findByRole('dialog', { name: '填报排查情况' });
    expect(within(dialog).getByRole('combobox', { name: '报告期' })).toHaveValue('2026年11月23日—11月29日');

    await user.click(within(dialog).getByRole('switch', { name: '零报告（本期未发现纠纷）' }));
    expect(within(dialog).queryByRole('group', { name: '第 1 件纠纷' })).not.toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: '报告人' }), '王芳');
    await user.click(within(dialog).getByRole('button', { name: '提交报告' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.inputsOf('screening.report')).toEqual([
      {
        committeeId: COMMITTEE.id,
        periodDate: '2026-11-23',
        zero: true,
        findings: [],
        reportedOn: todayInChina(),
        reporter: '王芳',
        note: null,
      },
    ]);
    expect(api.inputsOf('screening.overview')).toHaveLength(2);
  });

  it('sends the disputes found, after showing what is missing next to the fields', async () => {
    const { user, api } = renderWithApi(<ScreeningPage />, handlers);
    const grid = await screen.findByRole('table', { name: '排查报告情况' });
    const village = within(grid)
      .getByRole('rowheader', { name: new RegExp(VILLAGE.name) })
      .closest('tr')!;
    await user.click(within(village).getByRole('button', { name: '填报' }));
    const dialog = await screen.findByRole('dialog', { name: '填报排查情况' });
    expect(within(dialog).getByRole('combobox', { name: '报告期' })).toHaveValue('2026年11月（本期）');

    await user.click(within(dialog).getByRole('button', { name: '提交报告' }));
    expect(await within(dialog).findByText('纠纷情况至少5个字')).toBeInTheDocument();
    expect(within(dialog).getByText('请选择纠纷类型')).toBeInTheDocument();
    expect(within(dialog).getByText('请选择处置情况')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写报告人')).toBeInTheDocument();
    expect(api.inputsOf('screening.report')).toHaveLength(0);

    const first = within(dialog).getByRole('group', { name: '第 1 件纠纷' });
    await user.type(within(first).getByRole('textbox', { name: '纠纷情况' }), '两户因排水沟堵塞发生争执');
    await choose(user, first, '纠纷类型', '邻里');
    await choose(user, first, '处置情况', '当场化解');
    await user.click(within(dialog).getByRole('button', { name: '添加一件纠纷' }));
    const second = within(dialog).getByRole('group', { name: '第 2 件纠纷' });
    await user.type(within(second).getByRole('textbox', { name: '纠纷情况' }), '十余名工人讨要工资');
    await choose(user, second, '纠纷类型', '劳动争议');
    await user.clear(within(second).getByRole('textbox', { name: '涉及人数' }));
    await user.type(within(second).getByRole('textbox', { name: '涉及人数' }), '12');
    // Twelve people is a group dispute under the common threshold (10): blue is questioned, orange is not.
    const hint = '涉及12人，已达群体性纠纷标准（10人以上），一般应定为橙色或红色预警';
    expect(within(second).getByText(hint)).toBeInTheDocument();
    await choose(user, second, '风险等级', '橙色');
    expect(within(second).queryByText(hint)).not.toBeInTheDocument();
    await choose(user, second, '处置情况', '已登记调解');
    await user.type(within(dialog).getByRole('textbox', { name: '报告人' }), '李明');
    await user.type(within(dialog).getByRole('textbox', { name: '备注' }), '已向司法所报告');
    await user.click(within(dialog).getByRole('button', { name: '提交报告' }));

    await waitFor(() => expect(api.inputsOf('screening.report')).toHaveLength(1));
    expect(api.inputsOf('screening.report')[0]).toEqual({
      committeeId: VILLAGE.id,
      periodDate: '2026-11-01',
      zero: false,
      findings: [
        {
          summary: '两户因排水沟堵塞发生争执',
          disputeType: 'neighbourhood',
          peopleCount: 1,
          riskLevel: 'blue',
          handling: 'resolved_on_spot',
          caseId: null,
        },
        {
          summary: '十余名工人讨要工资',
          disputeType: 'labour',
          peopleCount: 12,
          riskLevel: 'orange',
          handling: 'registered',
          caseId: null,
        },
      ],
      reportedOn: todayInChina(),
      reporter: '李明',
      note: '已向司法所报告',
    });
  });

  it('shows the server’s field problems next to the fields and any other refusal in an alert', async () => {
    let refusal = new AppError('VALIDATION', '输入有误', [{ path: 'reporter', message: '报告人不是本调委会的调解员' }]);
    const { user } = renderWithApi(<ScreeningPage />, {
      ...handlers,
      'screening.report': () => {
        throw refusal;
      },
    });
    const row = await townshipRow();
    await user.click(within(row).getByRole('button', { name: /^未报告：/ }));
    const dialog = await screen.findByRole('dialog', { name: '填报排查情况' });
    await user.click(within(dialog).getByRole('switch', { name: '零报告（本期未发现纠纷）' }));
    await user.type(within(dialog).getByRole('textbox', { name: '报告人' }), '王芳');
    await user.click(within(dialog).getByRole('button', { name: '提交报告' }));
    expect(await within(dialog).findByText('报告人不是本调委会的调解员')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: '报告人' })).toHaveAttribute('aria-invalid', 'true');

    refusal = new AppError('CONFLICT', '这一期已经报告过了');
    await user.click(within(dialog).getByRole('button', { name: '提交报告' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('这一期已经报告过了');
  });
});
