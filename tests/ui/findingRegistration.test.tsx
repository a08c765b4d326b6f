// @vitest-environment jsdom
// 登记为案件: a screening finding not yet registered links to the registration form, which reads the finding
// from its committee's reports, fills itself in (主动调解, type, colour, facts, committee) and sends the finding's id.
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { RegistrationPage } from '../../renderer/registration/RegistrationPage.tsx';
import { emptyDraft, type CaseDraft } from '../../renderer/registration/draft.ts';
import { routeHref } from '../../renderer/routing/routes.ts';
import { useRoute } from '../../renderer/routing/useRoute.ts';
import { ScreeningPage } from '../../renderer/screening/ScreeningPage.tsx';
import type { Finding, ScreeningReport } from '../../shared/domain/screening.ts';
import { newId } from '../../shared/rules/ids.ts';
import type { FakeHandlers } from './fakeApi.ts';
import { COMMITTEE } from './fixtures.ts';
import { renderWithApi } from './render.tsx';
import { OVERVIEW, REPORT, VILLAGE } from './workFixtures.ts';

const FOUND: Finding = {
  id: newId(),
  summary: '十余名工人讨要工资，情绪激动',
  disputeType: 'labour',
  peopleCount: 12,
  riskLevel: 'orange',
  handling: 'monitoring',
  caseId: null,
};
const REGISTERED: Finding = { ...FOUND, id: newId(), summary: '两户因排水沟堵塞发生争执', riskLevel: 'blue', caseId: newId() };

const VILLAGE_REPORT: ScreeningReport = {
  ...REPORT,
  id: newId(),
  committeeId: VILLAGE.id,
  periodKind: 'month',
  periodStart: '2026-11-01',
  periodEnd: '2026-11-30',
  findings: [FOUND, REGISTERED],
};

const handlers: FakeHandlers = {
  'screening.overview': () => OVERVIEW,
  'screening.list': ({ committeeId }) => (committeeId === VILLAGE.id ? [VILLAGE_REPORT] : [REPORT]),
  'committees.list': () => [COMMITTEE, VILLAGE],
  'cases.register': () => ({ id: newId(), number: '〔2026〕梅园新村调字第1号' }),
};

/** The register page as the workbench shows it: the route's parameters, the draft kept outside the form. */
function RegisterRoute() {
  const route = useRoute();
  const [draft, setDraft] = useState<CaseDraft>(emptyDraft);
  if (route.page !== 'register') return null;
  return <RegistrationPage finding={route.finding} committee={route.committee} draft={draft} onDraftChange={setDraft} />;
}

async function addPerson(user: UserEvent, button: string, group: string, name: string) {
  await user.click(screen.getByRole('button', { name: button }));
  await user.type(within(screen.getByRole('group', { name: group })).getByRole('textbox', { name: '姓名' }), name);
}

describe('登记为案件', () => {
  it('links a finding without a case to its registration, and a registered one to its case', async () => {
    const { user } = renderWithApi(<ScreeningPage />, handlers);
    await user.click(await screen.findByRole('combobox', { name: '调委会' }));
    await user.click(await screen.findByRole('option', { name: VILLAGE.name }));

    const reports = await screen.findByRole('table', { name: '排查报告记录' });
    await waitFor(() => expect(reports).toHaveTextContent(FOUND.summary));
    const found = within(reports).getByText(FOUND.summary).closest('li')!;
    expect(within(found).getByRole('link', { name: '登记为案件' })).toHaveAttribute(
      'href',
      `#/register?finding=${FOUND.id}&committee=${VILLAGE.id}`,
    );
    const registered = within(reports).getByText(REGISTERED.summary).closest('li')!;
    expect(within(registered).queryByRole('link', { name: '登记为案件' })).not.toBeInTheDocument();
    expect(within(registered).getByRole('link', { name: '查看案件' })).toHaveAttribute('href', `#/cases/${REGISTERED.caseId}`);
  });

  it('fills the registration from the finding and sends it as 主动调解 with the finding’s id', async () => {
    window.location.hash = routeHref({ page: 'register', finding: FOUND.id, committee: VILLAGE.id });
    const { user, api } = renderWithApi(<RegisterRoute />, handlers);

    expect(await screen.findByText('由排查发现登记：2026年11月1日至2026年11月30日')).toBeInTheDocument();
    expect(api.inputsOf('screening.list')).toEqual([{ committeeId: VILLAGE.id, limit: 200 }]);
    expect(window.location.hash).toBe('#/register');
    expect(screen.getByRole('combobox', { name: '案件来源' })).toHaveValue('主动调解');
    expect(screen.getByRole('combobox', { name: '纠纷类型' })).toHaveValue('劳动争议');
    expect(screen.getByRole('textbox', { name: '纠纷简要情况' })).toHaveValue(FOUND.summary);
    expect(screen.getByRole('radio', { name: /^橙色/ })).toBeChecked();
    expect(await screen.findByRole('combobox', { name: '调委会' })).toHaveValue(VILLAGE.name);

    await addPerson(user, '添加申请人', '申请人 1', '孙七');
    await addPerson(user, '添加被申请人', '被申请人 1', '赵六');
    await user.click(screen.getByRole('button', { name: '提交登记' }));

    await screen.findByRole('dialog', { name: '登记成功' });
    expect(api.inputsOf('cases.register')).toMatchObject([
      {
        committeeId: VILLAGE.id,
        screeningFindingId: FOUND.id,
        source: 'own_initiative',
        disputeType: 'labour',
        riskLevel: 'orange',
        facts: FOUND.summary,
      },
    ]);
    expect(screen.queryByText(/^由排查发现登记/)).not.toBeInTheDocument();
  });

  it('says so when the finding was registered already, and leaves the form as it was', async () => {
    window.location.hash = routeHref({ page: 'register', finding: REGISTERED.id, committee: VILLAGE.id });
    renderWithApi(<RegisterRoute />, handlers);
    expect(await screen.findByText('这条排查发现已经登记为案件')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看案件' })).toHaveAttribute('href', `#/cases/${REGISTERED.caseId}`);
    expect(screen.getByRole('textbox', { name: '纠纷简要情况' })).toHaveValue('');
  });
});
