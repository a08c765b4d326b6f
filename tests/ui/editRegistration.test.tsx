// @vitest-environment jsdom
// 修改登记信息 on the case page: the registration form filled from the case, sent as 'cases.update' with the
// version read; a concurrent change (CONFLICT) and field problems shown as the registration form shows them;
// no editing once the case is archived. A party's agent (代理人): on the party's card, filled in the form, removed.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { CaseDetailPage } from '../../renderer/cases/CaseDetailPage.tsx';
import type { CaseDetail, Party } from '../../shared/domain/case.ts';
import { AppError } from '../../shared/errors.ts';
import { newId } from '../../shared/rules/ids.ts';
import type { FakeHandlers } from './fakeApi.ts';
import { renderWithApi } from './render.tsx';
import { ARCHIVE, CASE_ID, MEDIATING, MEDIATORS, WRITTEN_AGREEMENT, caseDetail } from './caseFileFixtures.ts';

const party = (patch: Partial<Party> & Pick<Party, 'role' | 'kind' | 'name'>): Party => ({
  id: newId(),
  sex: null,
  ethnicity: null,
  birthDate: null,
  idNumber: null,
  phone: null,
  occupation: null,
  address: null,
  legalRepresentative: null,
  representativeTitle: null,
  agent: null,
  ...patch,
});

const PARTIES: Party[] = [
  party({ role: 'applicant', kind: 'person', name: '张三', ethnicity: '汉族', phone: '13812345678' }),
  party({ role: 'respondent', kind: 'organization', name: '南京某物业管理有限公司', legalRepresentative: '王五' }),
];

const withParties = (detail: CaseDetail): CaseDetail => ({ ...detail, parties: PARTIES, version: 4 });
const mediating = withParties(caseDetail({ steps: MEDIATING }));

function handlers(detail: CaseDetail, more: FakeHandlers = {}): FakeHandlers {
  return {
    'cases.get': () => detail,
    'mediators.list': () => MEDIATORS,
    'cases.update': (input) => ({ ...detail, place: input.place, facts: input.facts, version: input.version + 1 }),
    ...more,
  };
}

async function openEdit(answers: FakeHandlers) {
  const { user, api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, answers);
  await user.click(await screen.findByRole('button', { name: '修改登记信息' }));
  const dialog = await screen.findByRole('dialog', { name: '修改登记信息' });
  return { user, api, dialog };
}

describe('修改登记信息', () => {
  it('fills the form from the case and sends the edit with the version it read', async () => {
    const { user, api, dialog } = await openEdit(handlers(mediating));
    expect(within(dialog).getByRole('textbox', { name: '纠纷简要情况' })).toHaveValue('楼上漏水，损坏楼下天花板。');
    expect(within(dialog).getByRole('combobox', { name: '纠纷类型' })).toHaveValue('邻里');
    expect(within(dialog).getByRole('textbox', { name: '登记日期' })).toHaveAttribute('readonly');
    expect(within(dialog).getByRole('textbox', { name: '调委会' })).toHaveAttribute('readonly');
    expect(within(dialog).queryByRole('radiogroup', { name: '风险等级' })).not.toBeInTheDocument();
    const applicant = within(dialog).getByRole('group', { name: '申请人 1' });
    expect(within(applicant).getByRole('textbox', { name: '姓名' })).toHaveValue('张三');
    const respondent = within(dialog).getByRole('group', { name: '被申请人 1' });
    expect(within(respondent).getByRole('textbox', { name: '单位名称' })).toHaveValue('南京某物业管理有限公司');

    const place = within(dialog).getByRole('textbox', { name: '纠纷发生地点' });
    await user.clear(place);
    await user.type(place, '梅园新村6栋');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await screen.findByText('登记信息已保存')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '修改登记信息' })).not.toBeInTheDocument());
    expect(screen.getByText('梅园新村6栋')).toBeInTheDocument();
    const [sent] = api.inputsOf('cases.update') as [Record<string, unknown>];
    expect(sent).toMatchObject({
      id: CASE_ID,
      version: 4,
      registeredOn: mediating.registeredOn,
      disputeType: 'neighbourhood',
      source: 'party_application',
      place: '梅园新村6栋',
      referral: null,
      parties: [
        { role: 'applicant', kind: 'person', name: '张三', phone: '13812345678' },
        { role: 'respondent', kind: 'organization', name: '南京某物业管理有限公司', legalRepresentative: '王五' },
      ],
    });
    expect(sent).not.toHaveProperty('riskLevel');
    expect(sent).not.toHaveProperty('committeeId');
  });

  it('says so when someone else changed the case meanwhile, and reads the case again', async () => {
    const conflicting = handlers(mediating, {
      'cases.update': () => {
        throw new AppError('CONFLICT', '这件案件刚被其他人修改过，请重新打开后再改');
      },
    });
    const { user, api, dialog } = await openEdit(conflicting);
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await screen.findByText('这件案件刚被其他人修改过，请重新打开后再改')).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: '修改登记信息' })).toBeInTheDocument();
    await waitFor(() => expect(api.inputsOf('cases.get')).toHaveLength(2));
  });

  it('checks the edit before sending, and shows the service’s field problems next to the fields', async () => {
    const refusing = handlers(mediating, {
      'cases.update': () => {
        throw new AppError('VALIDATION', '输入有误', [{ path: 'parties.1.name', message: '单位名称与登记的统一社会信用代码不符' }]);
      },
    });
    const { user, api, dialog } = await openEdit(refusing);
    const facts = within(dialog).getByRole('textbox', { name: '纠纷简要情况' });
    await user.clear(facts);
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('纠纷简要情况至少5个字')).toBeInTheDocument();
    expect(api.inputsOf('cases.update')).toHaveLength(0);

    await user.type(facts, '楼上漏水，损坏楼下天花板和墙面。');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    const respondent = within(dialog).getByRole('group', { name: '被申请人 1' });
    expect(await within(respondent).findByText('单位名称与登记的统一社会信用代码不符')).toBeInTheDocument();
  });

  it('offers no edit once the case is archived', async () => {
    const archived = withParties(caseDetail({ steps: [...MEDIATING, WRITTEN_AGREEMENT, ARCHIVE] }));
    renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers(archived));
    expect(await screen.findByText('已归档，只读')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '修改登记信息' })).not.toBeInTheDocument();
  });
});

describe('代理人 on the case page', () => {
  const AGENT = { kind: 'entrusted', name: '赵六', phone: '13905150000' } as const;
  const withAgent: CaseDetail = {
    ...mediating,
    parties: [{ ...PARTIES[0]!, agent: AGENT }, PARTIES[1]!],
  };

  it("shows a party's agent on its card, the phone masked until 显示", async () => {
    const { user } = renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers(withAgent));
    const applicant = await screen.findByRole('group', { name: '申请人 1' });
    expect(within(applicant).getByText('委托代理人 赵六 139****0000')).toBeInTheDocument();
    await user.click(within(applicant).getByRole('button', { name: '显示' }));
    expect(within(applicant).getByText('委托代理人 赵六 13905150000')).toBeInTheDocument();
    const respondent = screen.getByRole('group', { name: '被申请人 1' });
    expect(within(respondent).queryByText('代理人')).not.toBeInTheDocument();
  });

  it('fills the agent in 修改登记信息, and sends it back as it was', async () => {
    const { user, api, dialog } = await openEdit(handlers(withAgent));
    const applicant = within(dialog).getByRole('group', { name: '申请人 1' });
    expect(within(applicant).getByRole('checkbox', { name: '有代理人' })).toBeChecked();
    expect(within(applicant).getByRole('combobox', { name: '代理人类型' })).toHaveValue('委托代理人');
    expect(within(applicant).getByRole('textbox', { name: '代理人姓名' })).toHaveValue('赵六');
    expect(within(applicant).getByRole('textbox', { name: '代理人联系电话' })).toHaveValue('13905150000');
    const respondent = within(dialog).getByRole('group', { name: '被申请人 1' });
    expect(within(respondent).getByRole('checkbox', { name: '有代理人' })).not.toBeChecked();

    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await screen.findByText('登记信息已保存');
    const [sent] = api.inputsOf('cases.update') as [{ parties: { agent: unknown }[] }];
    expect(sent.parties.map((p) => p.agent)).toEqual([AGENT, null]);
  });

  it('removes the agent when 有代理人 is unticked', async () => {
    const { user, api, dialog } = await openEdit(handlers(withAgent));
    const applicant = within(dialog).getByRole('group', { name: '申请人 1' });
    await user.click(within(applicant).getByRole('checkbox', { name: '有代理人' }));
    expect(within(applicant).queryByRole('textbox', { name: '代理人姓名' })).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await screen.findByText('登记信息已保存');
    const [sent] = api.inputsOf('cases.update') as [{ parties: { name: string; agent: unknown }[] }];
    expect(sent.parties.map((p) => [p.name, p.agent])).toEqual([
      ['张三', null],
      ['南京某物业管理有限公司', null],
    ]);
  });

  it("shows the service's problem with an agent's name under 代理人姓名", async () => {
    const refusing = handlers(withAgent, {
      'cases.update': () => {
        throw new AppError('VALIDATION', '输入有误', [{ path: 'parties.0.agent.name', message: '代理人不能是对方当事人' }]);
      },
    });
    const { user, dialog } = await openEdit(refusing);
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    const applicant = within(dialog).getByRole('group', { name: '申请人 1' });
    const agentName = within(applicant).getByRole('textbox', { name: '代理人姓名' });
    await waitFor(() => expect(agentName).toHaveAccessibleDescription('代理人不能是对方当事人'));
    expect(within(dialog).queryByText('还有以下问题')).not.toBeInTheDocument();
  });
});
