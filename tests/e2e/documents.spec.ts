// The documents in real Chromium against browser mode: an agreement that lacks what the law requires cannot be
// finalised (the dialog lists the gaps as they are filled, the register refuses and says what is missing); once
// the parties are completed in 修改登记信息 it is recorded, previewed as a PDF, and downloaded as PDF and Word.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { addDays, todayInChina } from '../../shared/rules/dates.ts';
import { fillParticulars, LI_SI, ZHANG_SAN } from './parties.ts';
import { closeTownship, servedTownship, type Township } from './serve.ts';
import { signIn } from './signIn.ts';

let township: Township;

test.beforeEach(async () => {
  township = await servedTownship();
});

test.afterEach(async () => {
  await closeTownship(township);
});

test('an incomplete agreement is refused with what it lacks; completed, it is previewed and downloaded', async ({ page }) => {
  const { served, committee } = township;
  const today = todayInChina();
  const mediator = await served.call('mediators.add', { committeeId: committee.id, name: '王调解', post: 'mediator', fullTime: true });
  const { id } = await served.call('cases.register', {
    disputeType: 'neighbourhood',
    source: 'party_application',
    registeredOn: today,
    facts: '楼上住户卫生间漏水，导致楼下天花板受损，双方就维修费用协商未果。',
    parties: [
      { role: 'applicant', kind: 'person', name: '张三', ...ZHANG_SAN },
      { role: 'respondent', kind: 'person', name: '李四' },
    ],
  });
  await served.call('cases.record', { caseId: id, step: { kind: 'accept', on: today, consent: true, noticeGiven: true } });
  await served.call('cases.record', {
    caseId: id,
    step: { kind: 'assign', on: today, mediators: [{ mediatorId: mediator.id, lead: true }] },
  });
  const record = { on: today, place: '梅园新村街道人民调解委员会调解室', present: ['张三', '李四', '王调解'], noteTaker: '赵记录' };
  await served.call('cases.record', { caseId: id, step: { kind: 'session', ...record, content: '双方各自陈述，初步同意协商赔偿。' } });

  await page.goto(served.url);
  await signIn(page);
  await expect(page.getByRole('heading', { name: '今日工作' })).toBeVisible();
  await page.goto(`${new URL(served.url).origin}/#/cases/${id}`);

  const documents = page.getByRole('region', { name: '文书' });
  await expect(documents.getByRole('row', { name: /人民调解协议书/ })).toContainText('本案尚未达成书面协议');

  const openAgreement = async () => {
    await page.getByRole('group', { name: '办理' }).getByRole('button', { name: '达成书面协议', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '达成书面协议', exact: true });
    await dialog.getByRole('textbox', { name: '争议事项' }).fill('漏水原因及维修费用的承担。');
    await dialog.getByRole('textbox', { name: '第1条' }).fill('李四于十日内赔偿张三维修费人民币3000元。');
    await dialog.getByRole('textbox', { name: '履行方式' }).fill('银行转账');
    await dialog.getByRole('textbox', { name: '履行地点' }).fill('梅园新村街道人民调解委员会');
    await dialog.getByRole('textbox', { name: '履行期限' }).fill(addDays(today, 10));
    return dialog;
  };

  // What is missing shows while the clerk types, and the register refuses to finalise it.
  let dialog = await openAgreement();
  const gaps = dialog.getByRole('status').filter({ hasText: '协议书尚缺' });
  await expect(gaps).toContainText('被申请人李四的性别、民族、出生日期、身份证号码、职业、住址、联系电话');
  await expect(gaps).toContainText('各方责任');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByRole('alert')).toContainText('协议书内容不完整，不能定稿');
  await expect(dialog.getByRole('alert')).toContainText('各方责任');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await expect(documents.getByRole('row', { name: /人民调解协议书/ })).toContainText('本案尚未达成书面协议');

  // The clerk completes 李四's particulars, then records the agreement with each side's responsibility.
  await page.getByRole('button', { name: '修改登记信息' }).click();
  const edit = page.getByRole('form', { name: '修改登记信息' });
  await fillParticulars(edit.getByRole('group', { name: '被申请人 1', exact: true }), LI_SI);
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  dialog = await openAgreement();
  await dialog.getByRole('textbox', { name: '各方责任' }).fill('李四对卫生间漏水负全部责任。');
  await expect(dialog.getByText('协议书尚缺')).toBeHidden();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  const row = documents.getByRole('row', { name: /人民调解协议书/ });
  await expect(row.getByRole('button', { name: '预览' })).toBeEnabled();
  await row.getByRole('button', { name: '预览' }).click();
  const preview = page.getByRole('dialog', { name: '人民调解协议书' });
  await expect(preview.locator('iframe[title="文书预览"]')).toHaveAttribute('src', /^blob:/, { timeout: 30_000 });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-e2e-docs-'));
  try {
    const [pdf] = await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: '下载PDF' }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/人民调解协议书\.pdf$/);
    const pdfFile = path.join(dir, 'agreement.pdf');
    await pdf.saveAs(pdfFile);
    const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const field of ['人民调解协议书', '本协议一式三份', LI_SI.idNumber, '回族', '李四对卫生间漏水负全部责任', '王调解'])
      expect(text).toContain(field);
    const [word] = await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: '下载Word' }).click()]);
    expect(word.suggestedFilename()).toMatch(/人民调解协议书\.docx$/);
    const docxFile = path.join(dir, 'agreement.docx');
    await word.saveAs(docxFile);
    expect(fs.readFileSync(docxFile).subarray(0, 2).toString()).toBe('PK');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
