// Accounts in real Chromium against browser mode: the administrator adds a clerk and signs out; the clerk signs
// in, is not offered 账户管理, locks the screen while typing a registration and unlocks it with the text intact.
import { expect, test } from '@playwright/test';
import { SESSION_HEADER, TOKEN_HEADER, type ApiResult } from '../../shared/api/result.ts';
import { choose } from './choose.ts';
import { closeTownship, servedTownship, type Served, type Township } from './serve.ts';
import { passwordLabel, signIn } from './signIn.ts';

const CLERK = { username: 'wangfang', name: '王芳', password: 'wangfang-2026' };

let township: Township;
let served: Served;

test.beforeEach(async () => {
  township = await servedTownship();
  served = township.served;
});

test.afterEach(async () => {
  await closeTownship(township);
});

test('an administrator adds a clerk; the clerk signs in without 账户管理, locks the screen and unlocks it', async ({ page }) => {
  await page.goto(served.url);
  await signIn(page);
  await expect(page.getByTestId('current-user')).toHaveText('王主任（系统管理员）');

  // The administrator adds the clerk's account.
  await page.getByRole('link', { name: '账户管理' }).click();
  await page.getByRole('button', { name: '添加账户' }).click();
  const dialog = page.getByRole('dialog', { name: '添加账户' });
  await dialog.getByRole('textbox', { name: '登录名' }).fill(CLERK.username);
  await dialog.getByRole('textbox', { name: '姓名' }).fill(CLERK.name);
  await choose(dialog, '角色', '登记员');
  await dialog.getByLabel(passwordLabel('密码')).fill(CLERK.password);
  await dialog.getByLabel(passwordLabel('再次输入密码')).fill(CLERK.password);
  await dialog.getByRole('button', { name: '添加账户' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('table', { name: '账户' }).getByRole('row', { name: /王芳/ });
  await expect(row).toContainText('登记员');
  await expect(row).toContainText('从未登录');

  // Signs out.
  await page.getByTestId('current-user').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page.getByText('已退出登录。')).toBeVisible();

  // A wrong password is refused in words; the right one signs the clerk in.
  const form = page.getByRole('form', { name: '登录' });
  await form.getByRole('textbox', { name: '登录名' }).fill(CLERK.username);
  await form.getByLabel(passwordLabel('密码')).fill('not-the-password');
  await form.getByRole('button', { name: '登录' }).click();
  await expect(form.getByText('登录名或密码不正确')).toBeVisible();
  await signIn(page, CLERK.username, CLERK.password);
  await expect(page.getByTestId('current-user')).toHaveText('王芳（登记员）');

  const menu = page.getByRole('navigation', { name: '主菜单' });
  await expect(menu.getByRole('link', { name: '纠纷登记' })).toBeVisible();
  await expect(menu.getByRole('link', { name: '账户管理' })).toHaveCount(0);
  await expect(menu.getByRole('link', { name: '审计日志' })).toHaveCount(0);
  await expect(menu.getByRole('link', { name: '设置' })).toHaveCount(0);

  // Half a registration typed, then the clerk locks the screen: the page stays beneath the lock.
  await menu.getByRole('link', { name: '纠纷登记' }).click();
  const facts = page.getByRole('textbox', { name: '纠纷简要情况' });
  await facts.fill('楼上住户卫生间漏水，双方就维修费用协商未果。');
  await page.getByRole('button', { name: '锁定' }).click();
  const lock = page.getByRole('dialog', { name: '屏幕已锁定' });
  await expect(lock).toContainText('王芳（登记员）');
  // The register locked the session too: a call with the page's session is refused until the password is given.
  const answerTo = async (method: string) => {
    // What the page keeps for this tab (renderer/api/transport.ts and session.ts).
    const [token, session] = await page.evaluate(() => {
      const tab = (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } }).sessionStorage;
      return [tab.getItem('fengqiao.token') ?? '', tab.getItem('fengqiao.session') ?? ''];
    });
    const response = await fetch(`${new URL(served.url).origin}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token!, [SESSION_HEADER]: session! },
      body: '{}',
    });
    const result = (await response.json()) as ApiResult<unknown>;
    return result.ok ? 'ok' : result.error.code;
  };
  await expect.poll(() => answerTo('work.today')).toBe('SESSION_LOCKED');

  await lock.getByLabel(passwordLabel('密码')).fill('not-the-password');
  await lock.getByRole('button', { name: '解锁' }).click();
  await expect(lock.getByText('密码不正确')).toBeVisible();
  await lock.getByLabel(passwordLabel('密码')).fill(CLERK.password);
  await lock.getByRole('button', { name: '解锁' }).click();
  await expect(lock).toBeHidden();
  await expect(facts).toHaveValue('楼上住户卫生间漏水，双方就维修费用协商未果。');
  expect(await answerTo('work.today')).toBe('ok');

  // Still signed in after a reload of the tab (browser mode keeps the session for the tab).
  await page.reload();
  await expect(page.getByTestId('current-user')).toHaveText('王芳（登记员）');
});
