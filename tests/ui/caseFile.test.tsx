// @vitest-environment jsdom
// The case page's lifecycle: the 办理 buttons, a step's dialog and what it sends, refusals in the service's
// words, the timeline with corrections, the read-only archived case, the catalogue and the attachments.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { CaseDetailPage } from '../../renderer/cases/CaseDetailPage.tsx';
import { MAX_ATTACHMENT_BYTES } from '../../shared/domain/attachment.ts';
import { DEFAULT_CONFIG } from '../../shared/domain/config.ts';
import { STEP_KINDS, STEP_LABELS, type Step } from '../../shared/domain/lifecycle.ts';
import { AppError } from '../../shared/errors.ts';
import { checkStep } from '../../renderer/casefile/stepCheck.ts';
import { valuesFromStep } from '../../renderer/casefile/stepValues.ts';
import type { FakeHandlers } from './fakeApi.ts';
import { renderWithApi } from './render.tsx';
import {
  ARCHIVE,
  CASE_ID,
  MEDIATING,
  MEDIATORS,
  SESSION,
  TODAY,
  WRITTEN_AGREEMENT,
  attachment,
  caseDetail,
  day,
} from './caseFileFixtures.ts';

const registered = caseDetail({ steps: [] });
const mediating = caseDetail({ steps: MEDIATING });

function handlers(detail = mediating, more: FakeHandlers = {}): FakeHandlers {
  return {
    'cases.get': () => detail,
    'mediators.list': () => MEDIATORS,
    'cases.record': ({ step }) => caseDetail({ steps: [...MEDIATING, step] }),
    ...more,
  };
}

async function openStep(user: UserEvent, label: string) {
  await user.click(within(await screen.findByRole('group', { name: '办理' })).getByRole('button', { name: label }));
  return screen.findByRole('dialog', { name: label });
}

async function fill(user: UserEvent, dialog: HTMLElement, label: string, text: string) {
  const field = within(dialog).getByRole('textbox', { name: label });
  await user.click(field);
  await user.paste(text);
}

describe('案件办理', () => {
  it('offers one button per step the case can take next', async () => {
    renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers(registered));
    const bar = await screen.findByRole('group', { name: '办理' });
    expect(
      within(bar)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['受理', '不予受理', '调整风险等级']);
  });

  it('records a mediation session and shows the case the service returns', async () => {
    const { user, api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers());
    const dialog = await openStep(user, '调解记录');
    await user.type(within(dialog).getByRole('textbox', { name: '时间' }), '09:30');
    await fill(user, dialog, '地点', '社区调解室');
    await user.type(within(dialog).getByRole('combobox', { name: '在场人员' }), '张三{Enter}李四{Enter}');
    await fill(user, dialog, '调解情况', '双方同意按维修报价分担费用。');
    await fill(user, dialog, '记录人', '刘文书');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await screen.findByRole('group', { name: `调解记录 ${formatted(TODAY)} 09:30` })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: '调解记录' })).not.toBeInTheDocument();
    expect(api.inputsOf('cases.record')).toEqual([
      {
        caseId: CASE_ID,
        step: {
          kind: 'session',
          on: TODAY,
          time: '09:30',
          place: '社区调解室',
          present: ['张三', '李四'],
          content: '双方同意按维修报价分担费用。',
          noteTaker: '刘文书',
        },
      },
    ]);
  });

  it("shows the service's refusal in its own words inside the dialog", async () => {
    const refusing = handlers(registered, {
      'cases.record': () => {
        throw new AppError('CONFLICT', '案件已受理，不能再受理');
      },
    });
    const { user } = renderWithApi(<CaseDetailPage id={CASE_ID} />, refusing);
    const dialog = await openStep(user, '受理');
    await user.click(within(dialog).getByRole('checkbox', { name: /当事人均同意调解/ }));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('案件已受理，不能再受理');
    expect(screen.getByRole('dialog', { name: '受理' })).toBeInTheDocument();
  });

  it('asks for consent before accepting, without sending anything', async () => {
    const { user, api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers(registered));
    const dialog = await openStep(user, '受理');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText(/不得受理调解/)).toBeInTheDocument();
    expect(api.inputsOf('cases.record')).toHaveLength(0);
  });

  it('sends a written agreement’s numbered terms, and its amount in fen', async () => {
    const { user, api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers());
    const dialog = await openStep(user, '达成书面协议');
    await fill(user, dialog, '第1条', '李四赔偿张三维修费。');
    await user.click(within(dialog).getByRole('button', { name: '添加条款' }));
    await fill(user, dialog, '第2条', '双方就此事再无其他纠纷。');
    await fill(user, dialog, '涉及金额（元）', '1,200.50');
    await fill(user, dialog, '履行方式', '银行转账');
    await fill(user, dialog, '履行地点', '社区调解室');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await screen.findByRole('group', { name: `达成书面协议 ${formatted(TODAY)}` });
    const [sent] = api.inputsOf('cases.record') as [{ step: Record<string, unknown> }];
    expect(sent.step).toMatchObject({
      kind: 'agreement_written',
      terms: ['李四赔偿张三维修费。', '双方就此事再无其他纠纷。'],
      amountFen: 120_050,
      performanceDeadline: TODAY,
      followUpDue: day(30),
    });
  });

  it('proposes the follow-up after the interval the committee configured', async () => {
    const config = structuredClone(DEFAULT_CONFIG);
    config.followUpAfterDays = 14;
    const { user, api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers(mediating, { 'config.get': () => config }));
    const dialog = await openStep(user, '达成口头协议');
    await fill(user, dialog, '口头协议内容', '双方互相谅解，李四当面道歉。');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await screen.findByRole('group', { name: `达成口头协议 ${formatted(TODAY)}` });
    const [sent] = api.inputsOf('cases.record') as [{ step: Record<string, unknown> }];
    expect(sent.step).toMatchObject({ kind: 'agreement_oral', followUpDue: day(14) });
  });

  it("puts the service's field issues next to the field they name", async () => {
    const refusing = handlers(mediating, {
      'cases.record': () => {
        throw new AppError('VALIDATION', '输入有误', [{ path: 'step.terms.0', message: '条款中的金额与涉及金额不一致' }]);
      },
    });
    const { user } = renderWithApi(<CaseDetailPage id={CASE_ID} />, refusing);
    const dialog = await openStep(user, '达成书面协议');
    await fill(user, dialog, '第1条', '李四赔偿张三维修费5000元。');
    await fill(user, dialog, '履行方式', '现金');
    await fill(user, dialog, '履行地点', '社区调解室');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await within(dialog).findByText('条款中的金额与涉及金额不一致')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: '第1条' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows who handed the case over', async () => {
    const referred = {
      ...mediating,
      source: 'police' as const,
      referral: { body: '梅园派出所', reference: '玄公梅调〔2026〕12号', date: day(-31) },
    };
    renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers(referred));
    expect(await screen.findByText('梅园派出所')).toBeInTheDocument();
    expect(screen.getByText('玄公梅调〔2026〕12号')).toBeInTheDocument();
    expect(screen.getByText('公安移送（公调对接）')).toBeInTheDocument();
  });

  it('shows the deadlines: judicial confirmation days left, a follow-up overdue, performance past due', async () => {
    renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers(caseDetail({ steps: [...MEDIATING, WRITTEN_AGREEMENT] })));
    const deadlines = await screen.findByTestId('case-deadlines');
    expect(deadlines).toHaveTextContent(`司法确认申请期限：${formatted(day(20))}还剩 20 天`);
    expect(deadlines).toHaveTextContent(`计划回访：${formatted(day(-1))}逾期`);
    expect(deadlines).toHaveTextContent('履行期限');
    expect(deadlines).toHaveTextContent('已过期，未履行完毕');
  });

  it('assigns the mediators chosen from the committee’s roster, the first one presiding', async () => {
    const { user, api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers());
    const dialog = await openStep(user, '指派调解员');
    await user.click(within(dialog).getByRole('combobox', { name: '调解员' }));
    await user.click(await screen.findByRole('option', { name: /李秀英/ }));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await screen.findByRole('group', { name: `指派调解员 ${formatted(TODAY)}` });
    expect(api.inputsOf('mediators.list')).toEqual([{ committeeId: mediating.committeeId }]);
    const [sent] = api.inputsOf('cases.record') as [{ step: Record<string, unknown> }];
    expect(sent.step).toMatchObject({ kind: 'assign', mediators: [{ mediatorId: MEDIATORS[1]!.id, lead: true }], chosenByParties: false });
  });
});

describe('每个环节的表单', () => {
  it('opens a dialog titled with the step’s name for every kind of step, each field labelled', async () => {
    const everything = { ...mediating, progress: { ...mediating.progress, availableSteps: [...STEP_KINDS] } };
    const { user } = renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers(everything));
    for (const kind of STEP_KINDS) {
      const dialog = await openStep(user, STEP_LABELS[kind]);
      for (const field of within(dialog).queryAllByRole('textbox')) expect(field).toHaveAccessibleName();
      await user.click(within(dialog).getByRole('button', { name: '取消' }));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    }
  });

  it('fills a correction with what the step says, and gives the same step back', () => {
    const failure: Step = {
      kind: 'failure',
      on: day(-2),
      reason: '双方分歧过大',
      routesExplained: ['litigation'],
      divertedTo: null,
      divertedBody: null,
      followUpDue: null,
    };
    const followUp: Step = {
      kind: 'follow_up',
      on: day(-1),
      visited: '张三',
      performed: 'partly',
      satisfied: false,
      lawsuit: false,
      risk: null,
      findings: '已支付一半',
      action: null,
      mediator: '王建国',
      nextDue: day(10),
    };
    for (const step of [...MEDIATING, WRITTEN_AGREEMENT, ARCHIVE, failure, followUp]) {
      expect(checkStep(step.kind, valuesFromStep(step)).step).toEqual(step);
    }
  });
});

describe('时间轴与更正', () => {
  const session = SESSION;
  const corrected = caseDetail({
    steps: MEDIATING,
    corrections: [{ index: 2, step: { ...session, noteTaker: '赵文书' }, reason: '记录人写错了' }],
  });
  const title = `调解记录 ${formatted(session.on)} 14:30`;

  it('shows a corrected entry struck through, and its correction with the reason', async () => {
    renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers(corrected));
    const original = await screen.findByRole('group', { name: title });
    expect(original).toHaveTextContent('已更正');
    expect(original).toHaveTextContent('刘文书');
    const correction = screen.getByRole('group', { name: `调解记录（更正） ${formatted(session.on)} 14:30` });
    expect(correction).toHaveTextContent('更正：记录人写错了');
    expect(correction).toHaveTextContent('赵文书');
    expect(within(correction).queryByRole('button', { name: '更正' })).not.toBeInTheDocument();
  });

  it('corrects the original record, starting from what is in force, with a reason', async () => {
    const { user, api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers(corrected, { 'cases.correct': () => corrected }));
    const original = await screen.findByRole('group', { name: title });
    await user.click(within(original).getByRole('button', { name: '更正' }));
    const dialog = await screen.findByRole('dialog', { name: '更正：调解记录' });
    expect(within(dialog).getByRole('textbox', { name: '记录人' })).toHaveValue('赵文书');

    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请写明更正理由，至少2个字')).toBeInTheDocument();
    expect(api.inputsOf('cases.correct')).toHaveLength(0);

    await fill(user, dialog, '更正理由', '调解地点记错了');
    const place = within(dialog).getByRole('textbox', { name: '地点' });
    await user.clear(place);
    await user.type(place, '社区调解室');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await screen.findByText('调解记录已更正');
    const targetId = corrected.progress.timeline[2]!.id;
    expect(api.inputsOf('cases.correct')).toEqual([
      {
        caseId: CASE_ID,
        correction: {
          on: TODAY,
          targetId,
          reason: '调解地点记错了',
          replacement: { ...session, place: '社区调解室', noteTaker: '赵文书' },
        },
      },
    ]);
  });

  it('keeps an archived case read-only: no 办理 bar and no upload, only 更正', async () => {
    const archived = caseDetail({ steps: [...MEDIATING, WRITTEN_AGREEMENT, ARCHIVE], attachments: [attachment('身份证.jpg', 'id_proof')] });
    renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers(archived));
    expect(await screen.findByText('已归档，只读')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: '办理' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '归档' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '上传' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: '更正' })).toHaveLength(5);
    expect(within(screen.getByRole('region', { name: '卷宗' })).getByText('2026-调-007')).toBeInTheDocument();
  });
});

describe('卷宗与附件', () => {
  const row = (name: string) =>
    within(screen.getByRole('table', { name: '卷内目录' }))
      .getByRole('cell', { name })
      .closest('tr')!;

  it('marks a required item missing from the case file', async () => {
    renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers());
    await screen.findByRole('table', { name: '卷内目录' });
    expect(row('当事人身份证明')).toHaveTextContent('缺');
    expect(row('人民调解记录')).toHaveTextContent('✓');
    expect(screen.getByText('归档前还需补齐')).toBeInTheDocument();
  });

  it('refuses a file over 20 MB before sending it', async () => {
    const { user, api, container } = renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers());
    await user.click(await screen.findByRole('combobox', { name: '附件类别' }));
    await user.click(await screen.findByRole('option', { name: '证据材料' }));
    const file = new File(['%PDF'], '现场照片.pdf', { type: 'application/pdf' });
    Object.defineProperty(file, 'size', { value: MAX_ATTACHMENT_BYTES + 1 });
    await user.upload(container.querySelector<HTMLInputElement>('input[type="file"]')!, file);
    await user.click(screen.getByRole('button', { name: '上传' }));

    expect(await screen.findByText('文件超过20 MB，请压缩或分开扫描后再上传')).toBeInTheDocument();
    expect(api.inputsOf('attachments.add')).toHaveLength(0);
  });

  it('uploads a file as base64, shows it after reloading the case, and previews an image', async () => {
    const added = attachment('收条.png', 'fulfilment_proof', 5, 'image/png');
    let detail = mediating;
    const { user, api, container } = renderWithApi(<CaseDetailPage id={CASE_ID} />, {
      ...handlers(),
      'cases.get': () => detail,
      'attachments.add': () => {
        detail = caseDetail({ steps: MEDIATING, attachments: [added] });
        return added;
      },
      'attachments.get': () => ({ ...added, contentBase64: 'aGVsbG8=' }),
    });
    await user.click(await screen.findByRole('combobox', { name: '附件类别' }));
    await user.click(await screen.findByRole('option', { name: '履行凭证（收据、转账记录）' }));
    await user.upload(
      container.querySelector<HTMLInputElement>('input[type="file"]')!,
      new File(['hello'], '收条.png', { type: 'image/png' }),
    );
    await user.click(screen.getByRole('button', { name: '上传' }));

    const table = await screen.findByRole('table', { name: '附件' });
    expect(api.inputsOf('attachments.add')).toEqual([
      { caseId: CASE_ID, name: '收条.png', category: 'fulfilment_proof', note: '', contentBase64: 'aGVsbG8=' },
    ]);
    expect(api.inputsOf('cases.get')).toHaveLength(2);
    await user.click(within(table).getByRole('button', { name: '收条.png' }));
    const preview = await screen.findByRole('dialog', { name: '收条.png' });
    expect(within(preview).getByRole('img', { name: '收条.png' })).toHaveAttribute('src', 'data:image/png;base64,aGVsbG8=');
  });
});

function formatted(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
