// @vitest-environment jsdom
// The registration form: Chinese errors as the clerk types and on submit, server errors by field, success; a
// party's agent (代理人).
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { RegistrationForm } from '../../renderer/registration/RegistrationForm.tsx';
import { emptyDraft, type CaseDraft } from '../../renderer/registration/draft.ts';
import { AppError } from '../../shared/errors.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { newId } from '../../shared/rules/ids.ts';
import { renderWithApi } from './render.tsx';
import type { FakeHandlers } from './fakeApi.ts';
import { COMMITTEE } from './fixtures.ts';
import { VILLAGE } from './workFixtures.ts';

function Harness() {
  const [draft, setDraft] = useState<CaseDraft>(emptyDraft);
  return <RegistrationForm draft={draft} onDraftChange={setDraft} />;
}

const registered = { id: newId(), number: '〔2026〕玄武门调字第1号' };
const handlers: FakeHandlers = { 'cases.register': () => registered };

async function choose(user: UserEvent, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function fillCase(user: UserEvent) {
  await choose(user, '纠纷类型', '邻里');
  await choose(user, '案件来源', '当事人申请');
  await user.click(screen.getByRole('textbox', { name: '纠纷简要情况' }));
  await user.paste('楼上漏水，损坏楼下天花板，双方协商未果。');
}

/** Ticks 有代理人 in a party's card and names the agent; the kind stays as offered unless given. */
async function addAgent(user: UserEvent, card: HTMLElement, agent: { name: string; phone?: string; kind?: string }) {
  await user.click(within(card).getByRole('checkbox', { name: '有代理人' }));
  if (agent.kind) {
    await user.click(within(card).getByRole('combobox', { name: '代理人类型' }));
    await user.click(await screen.findByRole('option', { name: agent.kind }));
  }
  await user.type(within(card).getByRole('textbox', { name: '代理人姓名' }), agent.name);
  if (agent.phone) await user.type(within(card).getByRole('textbox', { name: '代理人联系电话' }), agent.phone);
}

type SentParties = [{ parties: { name: string; agent: unknown }[] }];

async function addPerson(user: UserEvent, button: '添加申请人' | '添加被申请人', group: string, name: string) {
  await user.click(screen.getByRole('button', { name: button }));
  const card = screen.getByRole('group', { name: group });
  await user.type(within(card).getByRole('textbox', { name: '姓名' }), name);
  return card;
}

describe('纠纷登记', () => {
  it('says in Chinese what is wrong with an ID number as it is typed, and fills sex and birth date from a valid one', async () => {
    const { user } = renderWithApi(<Harness />, handlers);
    const card = await addPerson(user, '添加申请人', '申请人 1', '张三');
    const id = within(card).getByRole('textbox', { name: '身份证号码' });

    await user.type(id, '110105194912310021');
    expect(within(card).getByText('身份证号码校验位不正确，请核对')).toBeInTheDocument();
    expect(id).toHaveAttribute('aria-invalid', 'true');

    await user.clear(id);
    await user.type(id, '11010519491231002x');
    expect(within(card).queryByText('身份证号码校验位不正确，请核对')).not.toBeInTheDocument();
    expect(within(card).getByText('号码有效：女，1949年12月31日出生')).toBeInTheDocument();
    expect(within(card).getByRole('combobox', { name: '性别' })).toHaveValue('女');
  });

  it('refuses to send a case without a respondent, and says so next to the parties', async () => {
    const { user, api } = renderWithApi(<Harness />, handlers);
    await fillCase(user);
    await addPerson(user, '添加申请人', '申请人 1', '张三');

    await user.click(screen.getByRole('button', { name: '提交登记' }));

    expect(await screen.findByText('至少需要一名被申请人')).toBeInTheDocument();
    expect(api.inputsOf('cases.register')).toHaveLength(0);
  });

  it('names every missing required field on submit', async () => {
    const { user } = renderWithApi(<Harness />, handlers);
    await user.click(screen.getByRole('button', { name: '提交登记' }));
    expect(await screen.findByText('请选择纠纷类型')).toBeInTheDocument();
    expect(screen.getByText('请选择案件来源')).toBeInTheDocument();
    expect(screen.getByText('纠纷简要情况至少5个字')).toBeInTheDocument();
    expect(screen.getByText('至少需要一名申请人；至少需要一名被申请人')).toBeInTheDocument();
  });

  it('registers the case, shows the issued number and empties the form', async () => {
    const { user, api } = renderWithApi(<Harness />, handlers);
    await fillCase(user);
    await addPerson(user, '添加申请人', '申请人 1', '张三');
    const respondent = await addPerson(user, '添加被申请人', '被申请人 1', '李四');
    await user.type(within(respondent).getByRole('textbox', { name: '联系电话' }), '13812345678');
    await user.click(within(screen.getByRole('radiogroup', { name: '风险等级' })).getByRole('radio', { name: /^橙色/ }));

    await user.click(screen.getByRole('button', { name: '提交登记' }));

    const dialog = await screen.findByRole('dialog', { name: '登记成功' });
    expect(within(dialog).getByText('〔2026〕玄武门调字第1号')).toBeInTheDocument();
    const [sent] = api.inputsOf('cases.register') as [
      { disputeType: string; referral: unknown; parties: { role: string; name: string; phone: string | null }[] },
    ];
    expect(sent.disputeType).toBe('neighbourhood');
    expect(sent.referral).toBeNull();
    expect(screen.queryByRole('group', { name: '移送信息' })).not.toBeInTheDocument();
    expect(sent.parties.map((p) => [p.role, p.name, p.phone])).toEqual([
      ['applicant', '张三', null],
      ['respondent', '李四', '13812345678'],
    ]);
    expect(screen.getByRole('textbox', { name: '纠纷简要情况' })).toHaveValue('');
    expect(screen.queryByRole('group', { name: '申请人 1' })).not.toBeInTheDocument();
  });

  it('asks who handed a police case over, and sends it as the referral', async () => {
    const { user, api } = renderWithApi(<Harness />, handlers);
    await fillCase(user);
    await choose(user, '案件来源', '公安移送（公调对接）');
    await addPerson(user, '添加申请人', '申请人 1', '张三');
    await addPerson(user, '添加被申请人', '被申请人 1', '李四');
    const referral = screen.getByRole('group', { name: '移送信息' });

    await user.click(screen.getByRole('button', { name: '提交登记' }));
    expect(await within(referral).findByText('请填写移送单位')).toBeInTheDocument();
    expect(api.inputsOf('cases.register')).toHaveLength(0);

    await user.type(within(referral).getByRole('textbox', { name: '移送单位' }), '玄武公安分局梅园派出所');
    await user.type(within(referral).getByRole('textbox', { name: '移送文号' }), '玄公梅调〔2026〕12号');
    await user.click(screen.getByRole('button', { name: '提交登记' }));

    await screen.findByRole('dialog', { name: '登记成功' });
    const [sent] = api.inputsOf('cases.register') as [{ source: string; referral: unknown }];
    expect(sent.source).toBe('police');
    expect(sent.referral).toEqual({ body: '玄武公安分局梅园派出所', reference: '玄公梅调〔2026〕12号', date: todayInChina() });
  });

  it('takes an organisation as a party', async () => {
    const { user, api } = renderWithApi(<Harness />, handlers);
    await fillCase(user);
    await addPerson(user, '添加申请人', '申请人 1', '张三');
    await user.click(screen.getByRole('button', { name: '添加被申请人' }));
    const respondent = screen.getByRole('group', { name: '被申请人 1' });
    await user.click(
      within(within(respondent).getByRole('radiogroup', { name: '当事人类型' })).getByRole('radio', { name: '法人或其他组织' }),
    );
    await user.type(within(respondent).getByRole('textbox', { name: '单位名称' }), '南京某物业管理有限公司');
    await user.type(within(respondent).getByRole('textbox', { name: '法定代表人' }), '王五');

    await user.click(screen.getByRole('button', { name: '提交登记' }));

    await screen.findByRole('dialog', { name: '登记成功' });
    const [sent] = api.inputsOf('cases.register') as [{ parties: { kind: string; name: string; legalRepresentative?: string }[] }];
    expect(sent.parties[1]).toMatchObject({ kind: 'organization', name: '南京某物业管理有限公司', legalRepresentative: '王五' });
  });

  it("shows the server's field errors next to the right party's field", async () => {
    const refusing: FakeHandlers = {
      'cases.register': () => {
        throw new AppError('VALIDATION', '输入有误', [{ path: 'parties.1.idNumber', message: '该身份证号码已登记为其他当事人' }]);
      },
    };
    const { user } = renderWithApi(<Harness />, refusing);
    await fillCase(user);
    await addPerson(user, '添加申请人', '申请人 1', '张三');
    const respondent = await addPerson(user, '添加被申请人', '被申请人 1', '李四');

    await user.click(screen.getByRole('button', { name: '提交登记' }));

    expect(await within(respondent).findByText('该身份证号码已登记为其他当事人')).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: '登记成功' })).not.toBeInTheDocument();
  });

  it('offers no committee choice when the office keeps only its own register', async () => {
    const { user, api } = renderWithApi(<Harness />, { ...handlers, 'committees.list': () => [COMMITTEE] });
    await fillCase(user);
    await addPerson(user, '添加申请人', '申请人 1', '张三');
    await addPerson(user, '添加被申请人', '被申请人 1', '李四');
    expect(screen.queryByRole('combobox', { name: '调委会' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '提交登记' }));
    await screen.findByRole('dialog', { name: '登记成功' });
    expect(api.inputsOf('cases.register')).toMatchObject([{ committeeId: null, screeningFindingId: null }]);
  });

  it('registers a case in the numbering of a kept village committee chosen as 调委会', async () => {
    const { user, api } = renderWithApi(<Harness />, { ...handlers, 'committees.list': () => [COMMITTEE, VILLAGE] });
    const committee = await screen.findByRole('combobox', { name: '调委会' });
    expect(committee).toHaveValue(`${COMMITTEE.name}（本调委会）`);
    await choose(user, '调委会', VILLAGE.name);
    expect(screen.getByText('案号按该调委会编号：〔年份〕梅园新村调字第N号')).toBeInTheDocument();
    await fillCase(user);
    await addPerson(user, '添加申请人', '申请人 1', '张三');
    await addPerson(user, '添加被申请人', '被申请人 1', '李四');

    await user.click(screen.getByRole('button', { name: '提交登记' }));

    await screen.findByRole('dialog', { name: '登记成功' });
    expect(api.inputsOf('cases.register')).toMatchObject([{ committeeId: VILLAGE.id }]);
  });
});

describe('纠纷登记：代理人', () => {
  it('offers the agent only once 有代理人 is ticked, as 委托代理人 first, and sends it with the party', async () => {
    const { user, api } = renderWithApi(<Harness />, handlers);
    await fillCase(user);
    const applicant = await addPerson(user, '添加申请人', '申请人 1', '张三');
    expect(within(applicant).getByRole('checkbox', { name: '有代理人' })).not.toBeChecked();
    expect(within(applicant).queryByRole('textbox', { name: '代理人姓名' })).not.toBeInTheDocument();

    await addAgent(user, applicant, { name: '赵六', phone: '13905150000' });
    expect(within(applicant).getByRole('combobox', { name: '代理人类型' })).toHaveValue('委托代理人');
    await addPerson(user, '添加被申请人', '被申请人 1', '李四');
    await user.click(screen.getByRole('button', { name: '提交登记' }));

    await screen.findByRole('dialog', { name: '登记成功' });
    const [sent] = api.inputsOf('cases.register') as SentParties;
    expect(sent.parties.map((p) => [p.name, p.agent])).toEqual([
      ['张三', { kind: 'entrusted', name: '赵六', phone: '13905150000' }],
      ['李四', null],
    ]);
  });

  it('sends a statutory agent without a phone as chosen', async () => {
    const { user, api } = renderWithApi(<Harness />, handlers);
    await fillCase(user);
    await addPerson(user, '添加申请人', '申请人 1', '张三');
    const respondent = await addPerson(user, '添加被申请人', '被申请人 1', '李小四');
    await addAgent(user, respondent, { name: '李四', kind: '法定代理人' });
    await user.click(screen.getByRole('button', { name: '提交登记' }));

    await screen.findByRole('dialog', { name: '登记成功' });
    const [sent] = api.inputsOf('cases.register') as SentParties;
    expect(sent.parties[1]?.agent).toEqual({ kind: 'statutory', name: '李四', phone: null });
  });

  it("asks for the agent's name while 有代理人 is ticked, and sends no agent once it is unticked", async () => {
    const { user, api } = renderWithApi(<Harness />, handlers);
    await fillCase(user);
    const applicant = await addPerson(user, '添加申请人', '申请人 1', '张三');
    await addPerson(user, '添加被申请人', '被申请人 1', '李四');
    await user.click(within(applicant).getByRole('checkbox', { name: '有代理人' }));
    const agentPhone = within(applicant).getByRole('textbox', { name: '代理人联系电话' });
    await user.type(agentPhone, '12345');
    await user.tab();
    expect(agentPhone).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: '提交登记' }));
    const agentName = within(applicant).getByRole('textbox', { name: '代理人姓名' });
    await waitFor(() => expect(agentName).toHaveAccessibleDescription(/^请填写姓名/));
    expect(agentName).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('还有以下问题')).not.toBeInTheDocument();
    expect(api.inputsOf('cases.register')).toHaveLength(0);

    await user.click(within(applicant).getByRole('checkbox', { name: '有代理人' }));
    expect(within(applicant).queryByText(/请填写姓名/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '提交登记' }));

    await screen.findByRole('dialog', { name: '登记成功' });
    const [sent] = api.inputsOf('cases.register') as SentParties;
    expect(sent.parties.map((p) => p.agent)).toEqual([null, null]);
  });

  it("shows the server's problem with an agent's name under 代理人姓名 of that party", async () => {
    const refusing: FakeHandlers = {
      'cases.register': () => {
        throw new AppError('VALIDATION', '输入有误', [{ path: 'parties.0.agent.name', message: '代理人不能是对方当事人' }]);
      },
    };
    const { user } = renderWithApi(<Harness />, refusing);
    await fillCase(user);
    const applicant = await addPerson(user, '添加申请人', '申请人 1', '张三');
    await addAgent(user, applicant, { name: '李四' });
    await addPerson(user, '添加被申请人', '被申请人 1', '李四');

    await user.click(screen.getByRole('button', { name: '提交登记' }));

    const agentName = within(applicant).getByRole('textbox', { name: '代理人姓名' });
    await waitFor(() => expect(agentName).toHaveAccessibleDescription('代理人不能是对方当事人'));
    expect(agentName).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('还有以下问题')).not.toBeInTheDocument();
    expect(await screen.findByText(/申请人 1的代理人姓名/)).toBeInTheDocument();

    await user.type(agentName, '五');
    expect(agentName).not.toHaveAttribute('aria-invalid', 'true');
  });
});
