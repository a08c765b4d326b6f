// A township clerk's first day, in real Chromium against browser mode on a real register file:
// the first administrator → first-run setup → register a dispute with two parties → find it in the list and by
// search → restart the host (everyone signed out) → sign in → still there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { choose } from './choose.ts';
import { serve, type Served } from './serve.ts';
import { createAdmin, signIn } from './signIn.ts';

let dataDir: string;
let served: Served | null = null;

test.beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-e2e-'));
});

test.afterEach(async () => {
  await served?.stop();
  served = null;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('set up, register a dispute with two parties, find it, and find it again after a restart', async ({ page }) => {
  served = await serve(dataDir);
  await page.goto(served.url);

  // The first administrator, then first-run setup from the real divisions.
  await createAdmin(page);
  await choose(page, '省', '江苏省');
  await choose(page, '市', '南京市');
  await choose(page, '区县', '玄武区');
  await choose(page, '乡镇街道', '梅园新村街道');
  await expect(page.getByRole('textbox', { name: '调委会名称' })).toHaveValue('梅园新村街道人民调解委员会');
  await page.getByRole('textbox', { name: '案号简称' }).fill('梅园');
  await expect(page.getByTestId('case-number-preview')).toContainText('梅园调字第1号');
  await page.getByRole('button', { name: '完成设置' }).click();
  await expect(page.getByTestId('committee-name')).toContainText('梅园新村街道人民调解委员会');

  // Register a dispute.
  await page.getByRole('link', { name: '纠纷登记' }).click();
  await choose(page, '纠纷类型', '邻里');
  await choose(page, '案件来源', '当事人申请');
  await page.getByRole('textbox', { name: '纠纷发生地点' }).fill('梅园新村社区');
  await page.getByRole('textbox', { name: '纠纷简要情况' }).fill('楼上住户卫生间漏水，导致楼下天花板受损，双方就维修费用协商未果。');
  await page.getByRole('button', { name: '添加申请人' }).click();
  await page.getByRole('button', { name: '添加被申请人' }).click();

  const applicant = page.getByRole('group', { name: '申请人 1', exact: true });
  await applicant.getByRole('textbox', { name: '姓名' }).fill('𠮷祥');
  // A wrong check digit is caught in the form, in Chinese, before anything is sent.
  await applicant.getByRole('textbox', { name: '身份证号码' }).fill('110105194912310021');
  await expect(applicant.getByText('身份证号码校验位不正确，请核对')).toBeVisible();
  await applicant.getByRole('textbox', { name: '身份证号码' }).fill('11010519491231002X');
  await applicant.getByRole('textbox', { name: '联系电话' }).fill('13812345678');
  const respondent = page.getByRole('group', { name: '被申请人 1', exact: true });
  await respondent.getByRole('textbox', { name: '姓名' }).fill('李四');
  await page.getByRole('button', { name: '提交登记' }).click();

  const dialog = page.getByRole('dialog', { name: '登记成功' });
  await expect(dialog.getByTestId('issued-case-number')).toHaveText(/〔\d{4}〕梅园调字第1号/);
  const number = (await dialog.getByTestId('issued-case-number').textContent())!.trim();
  await dialog.getByRole('button', { name: '继续登记' }).click();

  // In the list, and found by name, pinyin initials and facts.
  await page.getByRole('link', { name: '案件台账' }).click();
  const table = page.getByRole('table', { name: '案件台账' });
  await expect(table.getByRole('link', { name: number })).toBeVisible();
  await expect(page.getByText('共 1 件')).toBeVisible();
  for (const query of ['𠮷祥', 'jx', '漏水', '李四']) {
    await page.getByRole('searchbox', { name: '搜索' }).fill(query);
    await page.getByRole('searchbox', { name: '搜索' }).press('Enter');
    await expect(table.getByRole('link', { name: number }), query).toBeVisible();
  }
  await page.getByRole('searchbox', { name: '搜索' }).fill('不存在的人');
  await page.getByRole('searchbox', { name: '搜索' }).press('Enter');
  await expect(page.getByText('没有符合条件的案件')).toBeVisible();

  // Restart the host: a new process, a new token, the same register file; sessions live in memory, so sign in.
  await served.stop();
  served = await serve(dataDir);
  await page.goto(served.url);
  await signIn(page);
  await page.getByRole('link', { name: '案件台账' }).click();
  await page.getByRole('link', { name: number }).click();
  await expect(page.getByRole('heading', { name: number })).toBeVisible();
  const party = page.getByRole('group', { name: '申请人 1', exact: true });
  await expect(party.getByText('𠮷祥')).toBeVisible();
  await expect(party.getByText('110***********002X')).toBeVisible();
  await party.getByRole('button', { name: '显示' }).click();
  await expect(party.getByText('11010519491231002X')).toBeVisible();
});

test('refuses the page without the token', async ({ page }) => {
  served = await serve(dataDir);
  const { origin } = new URL(served.url);
  await page.goto(origin);
  await expect(page.getByRole('heading', { name: '请用程序显示的网址打开枫桥' })).toBeVisible();
});
