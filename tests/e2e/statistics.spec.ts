// The statistics and the subsidy sheet of last year in real Chromium against browser mode on a real register file:
// two written agreements, a police hand-over that failed and was diverted to court, a failure not diverted (and a
// case this year that last year's figures leave out). The success rate falls short of its target, the 调解成功
// figure lists exactly the two agreements and the police line of the sources its hand-over, the report downloads
// as a workbook, and once the rules count unarchived cases by their outcome the mediator's subsidy line shows
// both agreements.
import { expect, test, type Page } from '@playwright/test';
import type { CaseRegistrationInput } from '../../shared/domain/case.ts';
import type { StepKind } from '../../shared/domain/lifecycle.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { sampleCase } from '../helpers/sampleCase.ts';
import { sampleStep } from '../helpers/steps.ts';
import { closeTownship, servedTownship, type Served, type Township } from './serve.ts';
import { signIn } from './signIn.ts';

/** Last year in China. */
const year = Number(todayInChina().slice(0, 4)) - 1;
const on = (monthDay: string) => `${year}-${monthDay}`;

let township: Township;
let served: Served;
/** The numbers of last year's cases. */
let numbers: Record<'neighbours' | 'wages' | 'handover' | 'undiverted', string>;

/** Registers a case on `registeredOn`, accepts it, assigns the mediator and holds a session that day. */
async function mediated(mediatorId: string, registeredOn: string, overrides: Partial<CaseRegistrationInput> = {}) {
  const { id, number } = await served.call('cases.register', sampleCase({ registeredOn, occurredOn: registeredOn, ...overrides }));
  const record = (kind: StepKind, day: string, extra: Record<string, unknown> = {}) =>
    served.call('cases.record', { caseId: id, step: sampleStep(kind, day, extra) });
  await record('accept', registeredOn);
  await record('assign', registeredOn, { mediators: [{ mediatorId, lead: true }] });
  await record('session', registeredOn);
  return { number, record };
}

test.beforeEach(async () => {
  township = await servedTownship();
  served = township.served;
  const mediator = await served.call('mediators.add', {
    committeeId: township.committee.id,
    name: '王调解',
    post: 'mediator',
    fullTime: true,
    joinedOn: `${year - 3}-01-01`,
  });

  const neighbours = await mediated(mediator.id, on('03-02'));
  await neighbours.record('agreement_written', on('03-20'));
  const wages = await mediated(mediator.id, on('05-06'), { disputeType: 'labour' });
  await wages.record('agreement_written', on('05-28'));
  const handover = await mediated(mediator.id, on('07-01'), {
    source: 'police',
    referral: { body: '南京市公安局玄武分局梅园新村派出所', date: on('06-30') },
  });
  await handover.record('failure', on('07-15')); // diverted to court
  const undiverted = await mediated(mediator.id, on('09-01'));
  await undiverted.record('failure', on('09-10'), { divertedTo: null, divertedBody: null });
  numbers = { neighbours: neighbours.number, wages: wages.number, handover: handover.number, undiverted: undiverted.number };

  // This year's agreement counts this year only.
  const today = todayInChina();
  const recent = await mediated(mediator.id, today);
  await recent.record('agreement_written', today);
});

test.afterEach(async () => {
  await closeTownship(township);
});

/** Picks a preset (上年…) of a period picker, named 统计期间 or 核算期间: its radios are hidden under their labels. */
async function choosePeriod(page: Page, picker: string, preset: string) {
  const group = page.getByRole('radiogroup', { name: picker });
  await group.getByText(preset, { exact: true }).click();
  await expect(group.getByRole('radio', { name: preset, exact: true })).toBeChecked();
}

const lastYearText = `${year}年1月1日至${year}年12月31日`;

test("last year's statistics: the figures, the targets, the cases behind a figure and the workbook", async ({ page }) => {
  await page.goto(served.url);
  await signIn(page);
  await expect(page.getByRole('heading', { name: '今日工作' })).toBeVisible();

  await page.getByRole('link', { name: '统计', exact: true }).click();
  await expect(page.getByRole('heading', { name: '统计', level: 2 })).toBeVisible();
  await choosePeriod(page, '统计期间', '上年');
  await expect(page.getByText(`统计期间：${lastYearText}；范围：全部调委会`)).toBeVisible();

  const headline = page.getByRole('group', { name: '主要指标' });
  await expect(headline.getByRole('button', { name: '查看案件：受理（4件）' })).toBeVisible();
  await expect(headline.getByRole('button', { name: '查看案件：调解成功（2件）' })).toBeVisible();
  await expect(headline).toContainText('50.0%');
  await expect(headline).toContainText('调解成功 2 件，共 4 件');

  const success = page.getByRole('group', { name: '调解成功率' });
  await expect(success).toContainText('未达标');
  await expect(success).toContainText('调解成功 2 件，共 4 件');
  await expect(success.getByRole('button', { name: '查看案件：调结（4件）' })).toBeVisible();
  const diversion = page.getByRole('group', { name: '调解不成的纠纷导入法治轨道' });
  await expect(diversion).toContainText('未达标');
  await expect(diversion).toContainText('50.0%');
  await expect(page.getByRole('group', { name: '基层调委会化解纠纷占比' })).toContainText('100.0%');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出Excel' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

  const police = page.getByRole('table', { name: '案件来源' }).getByRole('row', { name: /其中：公安移送（公调对接）/ });
  await police.getByRole('button', { name: '查看案件：公安移送（公调对接） · 受理（1件）' }).click();
  const handovers = page.getByRole('dialog', { name: `公安移送（公调对接） · 受理的案件，${lastYearText}` });
  await expect(handovers.getByText('共 1 件')).toBeVisible();
  await expect(handovers.getByRole('link')).toHaveText([numbers.handover]);
  await page.keyboard.press('Escape');
  await expect(handovers).toBeHidden();

  await headline.getByRole('button', { name: '查看案件：调解成功（2件）' }).click();
  const drawer = page.getByRole('dialog', { name: `调解成功的案件，${lastYearText}` });
  await expect(drawer.getByText('共 2 件')).toBeVisible();
  const list = drawer.getByRole('table', { name: '案件台账' });
  await expect(list.getByRole('link')).toHaveCount(2);
  for (const number of [numbers.neighbours, numbers.wages])
    await expect(list.getByRole('link', { name: number, exact: true })).toBeVisible();
  await list.getByRole('link', { name: numbers.wages, exact: true }).click();
  await expect(page.getByRole('heading', { name: numbers.wages, level: 2 })).toBeVisible();
  await expect(drawer).toBeHidden();
});

test("last year's subsidies, once the rules count unarchived cases by the day of their outcome", async ({ page }) => {
  await page.goto(served.url);
  await signIn(page);
  await expect(page.getByRole('heading', { name: '今日工作' })).toBeVisible();
  await page.getByRole('link', { name: '个案补贴', exact: true }).click();

  // By default only archived cases count, by the day of archiving: last year pays nothing yet.
  await choosePeriod(page, '核算期间', '上年');
  await expect(page.getByText(`${lastYearText}；全部调委会`)).toBeVisible();
  await expect(page.getByText('本期没有计发补贴的案件')).toBeVisible();

  await page.getByRole('tab', { name: '补贴规则' }).click();
  const rules = page.getByRole('form', { name: '补贴规则' });
  await rules.getByRole('radio', { name: '按结案日期' }).check();
  await rules.getByRole('checkbox', { name: '只计已归档的案件（卷宗齐全）' }).uncheck();
  await rules.getByRole('button', { name: '保存补贴规则' }).click();
  await expect(page.getByText('补贴规则已保存')).toBeVisible();

  await page.getByRole('tab', { name: '补贴核算表' }).click();
  await expect(page.getByText(`${lastYearText}；全部调委会`)).toBeVisible();
  const sheet = page.getByRole('table', { name: '个案补贴核算表' });
  const line = sheet.getByRole('row').filter({ hasText: '王调解' });
  // 简易 50 元 for the neighbours' agreement, 一般 100 元 for the labour dispute; the failures earn nothing.
  await expect(line.getByRole('cell', { name: '2', exact: true })).toBeVisible();
  await expect(line.getByRole('cell', { name: '150.00', exact: true })).toBeVisible();
  await expect(sheet).toContainText('合计（1人）');
  await line.getByRole('button', { name: '王调解的案件' }).click();
  const items = page.getByRole('table', { name: '王调解的案件明细' });
  await expect(items).toContainText(numbers.neighbours);
  await expect(items).toContainText(numbers.wages);
  await expect(items).not.toContainText(numbers.handover);
  await expect(items).not.toContainText(numbers.undiverted);
});
