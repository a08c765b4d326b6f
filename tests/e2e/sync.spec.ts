// The 同步 page in real Chromium against browser mode and a real district hub process (`fengqiao hub serve`):
// the administrator enrols the register with the district's one-time code, presses 立即同步 and sees nothing
// waiting and the time of the last success; the hub holds the same count and check code per committee as the
// page's 对账 shows. With the hub stopped, 立即同步 says in the clerk's words that the hub cannot be reached.
// The district's note on a case (`hub note`) comes down with the clerk's 立即同步: on the 同步 page, linked to the
// case, and on the case page, where the clerk marks it 已处理.
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

const CLERK = { username: 'wangfang', name: '王芳', role: 'clerk', password: 'wangfang-2026' } as const;

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

test('the district’s note on a case comes down with 立即同步, and the clerk marks it 已处理 on the case page', async ({ page }) => {
  const { served, committee } = township;
  // Preparations: a case registered and sent up, and a clerk's account.
  const registered = await served.call('cases.register', dispute('楼上住户卫生间漏水，导致楼下天花板受损，双方就维修费用协商未果。'));
  await served.call('sync.enrol', { hubUrl: hub.url, code: await enrolmentCode(target, XUANWU_COMMITTEE.areaCode) });
  expect((await served.call('sync.push', {})).pending).toBe(0);
  await served.call('users.add', CLERK);

  await page.goto(served.url);
  await signIn(page, CLERK.username, CLERK.password);
  const menu = page.getByRole('navigation', { name: '主菜单' });
  await menu.getByRole('link', { name: '同步' }).click();
  const notes = page.getByRole('region', { name: '区司法局意见' });
  await expect(notes.getByText('没有待处理的区司法局意见。')).toBeVisible();

  // The district leaves a note on the case at the hub (after the register's first automatic send, 10 s after start,
  // or before it: either way it is not shown until a sync brings it).
  const text = '请补充双方当事人的联系电话，并写明漏水的具体位置。';
  await hubCli(target, [
    'note',
    '--committee',
    committee.id,
    '--kind',
    'case',
    '--record',
    registered.id,
    '--text',
    text,
    '--author',
    '区司法局 周科长',
  ]);

  // 立即同步 brings the note down: listed, open, linked to the case.
  await page.getByRole('region', { name: '同步状态' }).getByRole('button', { name: '立即同步' }).click();
  await expect(page.getByText('同步完成')).toBeVisible();
  const open = notes.getByRole('listitem', { name: '待处理的意见' });
  await expect(open).toContainText(text);
  await expect(open).toContainText('区司法局 周科长');
  await expect(notes).toContainText('1 条待处理');

  // On the case page, the same note with 已处理; once marked, it is greyed with who marked it.
  await open.getByRole('link', { name: registered.number }).click();
  await expect(page.getByRole('heading', { name: '基本情况' })).toBeVisible();
  const card = page.getByRole('region', { name: '区司法局意见' });
  await expect(card.getByRole('listitem', { name: '待处理的意见' })).toContainText(text);
  await expect(card).toContainText('保存后会自动报送区司法局');
  await card.getByRole('button', { name: '已处理' }).click();
  await expect(page.getByText('已标记为已处理', { exact: true })).toBeVisible();
  const handled = card.getByRole('listitem', { name: '已处理的意见' });
  await expect(handled).toContainText(text);
  await expect(handled).toContainText(`已处理：${CLERK.name}（${CLERK.username}）`);
  await expect(card.getByRole('button', { name: '已处理' })).toHaveCount(0);

  // Back on the 同步 page nothing waits; the handled note is there on request.
  await menu.getByRole('link', { name: '同步' }).click();
  await expect(notes.getByText('没有待处理的区司法局意见。')).toBeVisible();
  await notes.getByRole('switch', { name: '显示已处理的意见' }).check();
  await expect(notes.getByRole('listitem', { name: '已处理的意见' })).toContainText(text);
});
