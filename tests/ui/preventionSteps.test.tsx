// @vitest-environment jsdom
// 防止纠纷激化 and 信访情况 on the case page: quiet buttons in the 办理 bar, what their forms send, the
// improper-mediation question answered rather than preset, and how the timeline shows both.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { CaseDetailPage } from '../../renderer/cases/CaseDetailPage.tsx';
import { checkStep } from '../../renderer/casefile/stepCheck.ts';
import { valuesFromStep } from '../../renderer/casefile/stepValues.ts';
import type { Step } from '../../shared/domain/lifecycle.ts';
import type { FakeHandlers } from './fakeApi.ts';
import { renderWithApi } from './render.tsx';
import { CASE_ID, MEDIATING, MEDIATORS, TODAY, WRITTEN_AGREEMENT, caseDetail, day } from './caseFileFixtures.ts';

const PREVENTION: Extract<Step, { kind: 'prevention' }> = {
  kind: 'prevention',
  on: day(-12),
  prevented: 'civil_to_criminal',
  people: 4,
  note: '一方扬言报复，调解员当晚上门疏导。',
};

const PETITION: Extract<Step, { kind: 'petition' }> = {
  kind: 'petition',
  on: day(-2),
  improperMediation: true,
  body: '玄武区信访局',
  note: '张三认为协议金额过低。',
};

function handlers(base: Step[]): FakeHandlers {
  return {
    'cases.get': () => caseDetail({ steps: base }),
    'mediators.list': () => MEDIATORS,
    'cases.record': ({ step }) => caseDetail({ steps: [...base, step] }),
  };
}

async function openStep(user: UserEvent, label: string) {
  await user.click(within(await screen.findByRole('group', { name: '办理' })).getByRole('button', { name: label }));
  return screen.findByRole('dialog', { name: label });
}

async function fill(user: UserEvent, dialog: HTMLElement, label: string, text: string) {
  await user.click(within(dialog).getByRole('textbox', { name: label }));
  await user.paste(text);
}

describe('防止纠纷激化', () => {
  it('is a quiet button in the 办理 bar, after the steps of the mediation', async () => {
    renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers([...MEDIATING, WRITTEN_AGREEMENT]));
    const bar = await screen.findByRole('group', { name: '办理' });
    const labels = within(bar)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(labels).toEqual(expect.arrayContaining(['防止纠纷激化', '信访情况']));
    expect(labels.indexOf('防止纠纷激化')).toBeGreaterThan(labels.indexOf('回访'));
    for (const name of ['防止纠纷激化', '信访情况'])
      expect(within(bar).getByRole('button', { name })).toHaveAttribute('data-variant', 'default');
  });

  it('records which escalation was prevented and the people involved, and shows it on the timeline', async () => {
    const { user, api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers(MEDIATING));
    const dialog = await openStep(user, '防止纠纷激化');
    expect(dialog).toHaveTextContent('计入统计');
    await user.click(within(dialog).getByRole('radio', { name: '防止群体性械斗' }));
    await user.type(within(dialog).getByRole('textbox', { name: '涉及人数' }), '12');
    await fill(user, dialog, '情况说明', '两村村民聚集对峙，调解员会同派出所现场劝离。');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    const entry = await screen.findByRole('group', { name: `防止纠纷激化 ${formatted(TODAY)}` });
    expect(api.inputsOf('cases.record')).toEqual([
      {
        caseId: CASE_ID,
        step: { kind: 'prevention', on: TODAY, prevented: 'group_fight', people: 12, note: '两村村民聚集对峙，调解员会同派出所现场劝离。' },
      },
    ]);
    expect(entry).toHaveTextContent('防止群体性械斗');
    expect(entry).toHaveTextContent('12人');
  });

  it('asks which escalation and how many people before sending anything', async () => {
    const { user, api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers(MEDIATING));
    const dialog = await openStep(user, '防止纠纷激化');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请选择防止了哪种激化')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写涉及人数')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: '涉及人数' })).toHaveAttribute('aria-invalid', 'true');
    expect(api.inputsOf('cases.record')).toHaveLength(0);
  });
});

describe('信访情况', () => {
  const settled = [...MEDIATING, WRITTEN_AGREEMENT];

  it('refuses to send a petition until the improper-mediation question is answered', async () => {
    const { user, api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers(settled));
    const dialog = await openStep(user, '信访情况');
    const question = within(dialog).getByRole('radiogroup', { name: /是否因调解不当引发/ });
    for (const choice of within(question).getAllByRole('radio')) expect(choice).not.toBeChecked();
    await fill(user, dialog, '信访受理机关', '玄武区信访局');
    await fill(user, dialog, '情况说明', '张三对履行期限有异议，到区信访局反映。');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await within(dialog).findByText('请选择是否因调解不当引发')).toBeInTheDocument();
    expect(api.inputsOf('cases.record')).toHaveLength(0);

    await user.click(within(question).getByRole('radio', { name: '否，不是因调解不当引发' }));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await screen.findByRole('group', { name: `信访情况 ${formatted(TODAY)}` });
    expect(api.inputsOf('cases.record')).toEqual([
      {
        caseId: CASE_ID,
        step: {
          kind: 'petition',
          on: TODAY,
          improperMediation: false,
          body: '玄武区信访局',
          note: '张三对履行期限有异议，到区信访局反映。',
        },
      },
    ]);
  });
});

describe('时间轴与更正', () => {
  it('shows both steps in words: the escalation, the people, the body and whether mediation caused it', async () => {
    renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers([...MEDIATING, PREVENTION, WRITTEN_AGREEMENT, PETITION]));
    const prevention = await screen.findByRole('group', { name: `防止纠纷激化 ${formatted(PREVENTION.on)}` });
    expect(prevention).toHaveTextContent('类别防止民转刑');
    expect(prevention).toHaveTextContent('涉及人数4人');
    expect(prevention).toHaveTextContent('一方扬言报复，调解员当晚上门疏导。');
    const petition = screen.getByRole('group', { name: `信访情况 ${formatted(PETITION.on)}` });
    expect(petition).toHaveTextContent('信访受理机关玄武区信访局');
    expect(petition).toHaveTextContent('因调解不当引发是');
    expect(petition).toHaveTextContent('张三认为协议金额过低。');
  });

  it('fills a correction with what each step says, and gives the same step back', () => {
    for (const step of [PREVENTION, PETITION, { ...PETITION, improperMediation: false }]) {
      expect(checkStep(step.kind, valuesFromStep(step)).step).toEqual(step);
    }
    expect(valuesFromStep(PETITION)['improperMediation']).toBe('yes');
  });

  it('opens a correction of a petition with its answer chosen', async () => {
    const { user } = renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers([...MEDIATING, WRITTEN_AGREEMENT, PETITION]));
    const entry = await screen.findByRole('group', { name: `信访情况 ${formatted(PETITION.on)}` });
    await user.click(within(entry).getByRole('button', { name: '更正' }));
    const dialog = await screen.findByRole('dialog', { name: '更正：信访情况' });
    expect(within(dialog).getByRole('radio', { name: '是，因调解不当引发' })).toBeChecked();
    expect(within(dialog).getByRole('textbox', { name: '信访受理机关' })).toHaveValue('玄武区信访局');
  });
});

function formatted(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
