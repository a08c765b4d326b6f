// The sign-in screens as a person goes through them in the page: the first administrator, and signing in.
import { expect, type Page } from '@playwright/test';
import { ADMIN } from './serve.ts';

/** A password field's label (password inputs have no role; Mantine's required asterisk may be in the label). */
export const passwordLabel = (label: string) => new RegExp(`^${label}\\s*\\*?$`);

/** On a register without accounts: creates the first administrator through the first-run screen. */
export async function createAdmin(page: Page) {
  const form = page.getByRole('form', { name: '创建管理员账户' });
  await form.getByRole('textbox', { name: '登录名' }).fill(ADMIN.username);
  await form.getByRole('textbox', { name: '姓名' }).fill(ADMIN.name);
  await form.getByLabel(passwordLabel('密码')).fill(ADMIN.password);
  await form.getByLabel(passwordLabel('再次输入密码')).fill(ADMIN.password);
  await form.getByRole('button', { name: '创建管理员账户' }).click();
  await expect(form).toBeHidden();
}

/** Signs in through the sign-in screen (the administrator unless told otherwise). */
export async function signIn(page: Page, username: string = ADMIN.username, password: string = ADMIN.password) {
  const form = page.getByRole('form', { name: '登录' });
  await form.getByRole('textbox', { name: '登录名' }).fill(username);
  await form.getByLabel(passwordLabel('密码')).fill(password);
  await form.getByRole('button', { name: '登录' }).click();
  await expect(form).toBeHidden();
}
