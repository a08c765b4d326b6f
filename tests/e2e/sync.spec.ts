// The 同步 page in real Chromium against browser mode and a real district hub process (`fengqiao hub serve`):
// the administrator enrols the register with the district's one-time code, presses 立即同步 and sees nothing
// waiting and the time of the last success; the hub holds the same count and check code per committee as the
// page's 对账 shows. With the hub stopped, 立即同步 says in the clerk's words that the hub cannot be reached.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { MethodInput } from '../../shared/api/contract.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { enrolmentCode, hubCli, startHub, type HubProcess, type HubTarget } from '../helpers/hubProcess.ts';
import { XUANWU_COMMITTEE } from '../helpers/sampleCase.ts';
import { closeTownship, servedTownship, type Township } from './serve.ts';
import { signIn } from './signIn.ts';

let township: Township;
let hubDir: string;
let target: HubTarget;
let hub: HubProcess;

test.beforeEach(async () => {
  township = await servedTownship();
  hubDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-e2e-hub-'));
  target = { dataDir: hubDir };
  hub = await startHub(target);
});

test.afterEach(async () => {
  await hub.stop();
  await closeTownship(township);
  fs.rmSync(hubDir, { recursive: true, force: true });
});

const dispute = (facts: string): MethodInput<'cases.register'> => ({
  disputeType: 'neighbourhood',
  source: 'party_application',
  registeredOn: todayInChina(),
  facts,
  parties: [
    { role: 'applicant', kind: 'person', name: '张三' },
    { role: 'respondent', kind: 'person', name: '李四' },
  ],
});

interface HubStatusJson {
  committees: { committeeId: string; name: string | null; records: number; hash: string }[];
}

test('enrols with the district hub, sends, reconciles with it, and says so plainly when the hub is gone', async ({ page }) => {
  const { served, committee } = township;
  await served.call('cases.register', dispute('楼上住户卫生间漏水，导致楼下天花板受损，双方就维修费用协商未果。'));
  const code = await enrolmentCode(target, XUANWU_COMMITTEE.areaCode);

  await page.goto(served.url);
  await signIn(page);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '同步' }).click();
  await expect(page.getByRole('heading', { name: '同步', level: 2 })).toBeVisible();

  // Not enrolled: the state says so, the records wait, and the form is in view.
  const status = page.getByRole('region', { name: '同步状态' });
  await expect(status.getByText('未登记', { exact: true })).toBeVisible();
  await expect(status).toContainText(/待发送 [1-9]\d* 条/);
  const form = page.getByRole('form', { name: '登记到区级平台' });
  await form.getByRole('textbox', { name: '区级平台地址' }).fill(hub.url);
  await form.getByRole('textbox', { name: '登记码' }).fill(code);
  await form.getByRole('button', { name: '登记本机' }).click();
  await expect(page.getByText('登记成功')).toBeVisible();
  await expect(form).toBeHidden();
  await expect(status.getByText(hub.url)).toBeVisible();

  // 立即同步: nothing left waiting, and the last success just now.
  await status.getByRole('button', { name: '立即同步' }).click();
  await expect(page.getByText('同步完成')).toBeVisible();
  await expect(status.getByText('待发送 0 条')).toBeVisible();
  await expect(status.getByText('正常', { exact: true })).toBeVisible();
  await expect(status.getByText(/^刚刚（\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}）$/)).toBeVisible();

  // The hub holds what the page's 对账 shows: the same count and the same check code.
  const atHub = (JSON.parse(await hubCli(target, ['status', '--json'])) as HubStatusJson).committees.find(
    (c) => c.committeeId === committee.id,
  );
  expect(atHub).toBeDefined();
  expect(atHub!.records).toBeGreaterThanOrEqual(2);
  const row = page.getByRole('table', { name: '对账' }).getByRole('row', { name: new RegExp(committee.name) });
  await expect(row.getByRole('cell')).toHaveText([committee.name, `${atHub!.records} 条`, atHub!.hash.slice(0, 12)]);

  // The hub stops; a new case waits; 立即同步 says in words why it did not go.
  await hub.stop();
  await served.call('cases.register', dispute('相邻两户因院墙边界发生争执，多次协商未果。'));
  await status.getByRole('button', { name: '立即同步' }).click();
  await expect(page.getByText('同步没有完成')).toBeVisible();
  const problem = status.getByRole('alert', { name: '上次发送没有成功' });
  await expect(problem).toContainText('无法连接区级平台（网络不通或平台未开启），稍后会自动重试');
  await expect(problem).toContainText('待发送的记录都保存在本机，不会丢失');
  await expect(problem).not.toContainText('ECONNREFUSED');
  await expect(status.getByText('上次发送失败', { exact: true })).toBeVisible();
  await expect(status.getByText('待发送 1 条')).toBeVisible();
});
