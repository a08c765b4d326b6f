// A case's whole life in real Chromium against browser mode on a real register file: a hand-over from the
// police is registered, mediated in two sessions, ends in a written agreement, is followed up and archived
// with a complete catalogue; a second case fails and is diverted to court.
import { expect, test, type Page } from '@playwright/test';
import { addDays, todayInChina } from '../../shared/rules/dates.ts';
import { addTags, choose } from './choose.ts';
import { closeTownship, servedTownship, type Served, type Township } from './serve.ts';
import { fillParticulars, LI_SI, ZHANG_SAN } from './parties.ts';
import { signIn } from './signIn.ts';
import { PNG } from '../helpers/png.ts';

let township: Township;
let served: Served;

test.beforeEach(async () => {
  township = await servedTownship();
  served = township.served;
  await served.call('mediators.add', { committeeId: township.committee.id, name: '王调解', post: 'mediator', fullTime: true });
});

test.afterEach(async () => {
  await closeTownship(township);
});

/** Opens a step's dialog from the 办理 bar, lets `fill` complete it, saves, and waits for it to close. */
async function step(page: Page, name: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('group', { name: '办理' }).getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name, exact: true });
  await fill(dialog);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
}

async function session(page: Page, content: string) {
  await step(page, '调解记录', async (d) => {
    await d.getByRole('textbox', { name: '地点' }).fill('梅园新村街道人民调解委员会调解室');
    await addTags(d, '在场人员', ['张三', '李四', '王调解']);
    await d.getByRole('textbox', { name: '调解情况' }).fill(content);
    await d.getByRole('textbox', { name: '记录人' }).fill('赵记录');
  });
}

test('a police hand-over: registered, two sessions, a written agreement, followed up, archived', async ({ page }) => {
  const today = todayInChina();
  await page.goto(served.url);
  await signIn(page);
  await expect(page.getByRole('heading', { name: '今日工作' })).toBeVisible();

  await page.getByRole('link', { name: '纠纷登记' }).click();
  await choose(page, '纠纷类型', '邻里');
  await choose(page, '案件来源', '公安移送（公调对接）');
  const referral = page.getByRole('group', { name: '移送信息' });
  await referral.getByRole('textbox', { name: '移送单位' }).fill('南京市公安局玄武分局梅园新村派出所');
  await referral.getByRole('textbox', { name: '移送文号' }).fill('玄公（梅）调移〔2026〕37号');
  await referral.getByRole('textbox', { name: '移送日期' }).fill(today);
  await page
    .getByRole('textbox', { name: '纠纷简要情况' })
    .fill('楼上住户卫生间漏水，导致楼下天花板受损，双方争吵后报警，派出所移送调解。');
  await page.getByRole('button', { name: '添加申请人' }).click();
  await page.getByRole('button', { name: '添加被申请人' }).click();
  const applicant = page.getByRole('group', { name: '申请人 1', exact: true });
  await applicant.getByRole('textbox', { name: '姓名' }).fill('张三');
  await fillParticulars(applicant, ZHANG_SAN);
  const respondent = page.getByRole('group', { name: '被申请人 1', exact: true });
  await respondent.getByRole('textbox', { name: '姓名' }).fill('李四');
  await fillParticulars(respondent, LI_SI);
  await page.getByRole('button', { name: '提交登记' }).click();
  await page.getByRole('dialog', { name: '登记成功' }).getByRole('button', { name: '查看案件' }).click();
  await expect(page.getByText('南京市公安局玄武分局梅园新村派出所')).toBeVisible();

  await step(page, '受理', async (d) => {
    await d.getByRole('checkbox', { name: '当事人均同意调解' }).check();
    await d.getByRole('checkbox', { name: '已送达权利义务告知书' }).check();
  });
  await step(page, '指派调解员', async (d) => {
    await choose(d, '调解员', '王调解（调解员）');
    await d.getByRole('combobox', { name: '调解员', exact: true }).press('Escape');
    await choose(d, '主持调解的调解员', '王调解（调解员）');
  });
  await session(page, '第一次调解：双方各自陈述，调解员释明相邻关系的法律规定。');
  await session(page, '第二次调解：双方就维修费用达成一致意见。');
  await step(page, '达成书面协议', async (d) => {
    await d.getByRole('textbox', { name: '争议事项' }).fill('漏水原因及维修费用的承担。');
    await d.getByRole('textbox', { name: '各方责任' }).fill('李四对卫生间漏水负全部责任。');
    await d.getByRole('textbox', { name: '第1条' }).fill('李四于十日内赔偿张三维修费人民币3000元。');
    await d.getByRole('textbox', { name: '涉及金额（元）' }).fill('3000');
    await d.getByRole('textbox', { name: '履行方式' }).fill('银行转账');
    await d.getByRole('textbox', { name: '履行地点' }).fill('梅园新村街道人民调解委员会');
    await d.getByRole('textbox', { name: '履行期限' }).fill(addDays(today, 10));
  });
  await expect(page.getByText('调解成功').first()).toBeVisible();
  await expect(page.getByTestId('case-deadlines')).toContainText('司法确认申请期限');

  await step(page, '回访', async (d) => {
    await d.getByRole('textbox', { name: '回访人' }).fill('王调解');
    await d.getByRole('textbox', { name: '回访对象' }).fill('张三');
    await d.getByRole('radio', { name: '满意', exact: true }).check();
    await d.getByRole('radio', { name: '未起诉' }).check();
    await d.getByRole('textbox', { name: '回访情况' }).fill('李四已按协议支付维修费，双方关系缓和。');
  });

  // The catalogue names what is missing, then the ID copy is uploaded and the case is archived.
  const file = page.getByRole('region', { name: '卷宗' });
  await expect(file.getByRole('row', { name: /当事人身份证明/ })).toContainText('缺');
  const attachments = page.getByRole('region', { name: '附件' });
  await choose(attachments, '附件类别', '当事人身份证明');
  await attachments.locator('input[type=file]').setInputFiles({ name: '张三身份证.png', mimeType: 'image/png', buffer: PNG });
  await attachments.getByRole('button', { name: '上传' }).click();
  await expect(attachments.getByRole('table', { name: '附件' })).toContainText('张三身份证.png');
  await expect(file.getByRole('row', { name: /当事人身份证明/ })).not.toContainText('缺');

  await step(page, '归档', async (d) => {
    await d.getByRole('textbox', { name: '卷宗号' }).fill('玄武梅园2026-0001');
    await choose(d, '保管期限', '长期');
    await d.getByRole('textbox', { name: '立卷人' }).fill('赵记录');
  });
  await expect(page.getByText('已归档，只读')).toBeVisible();
  await expect(page.getByRole('group', { name: '办理' })).toBeHidden();
  await expect(file.getByRole('table', { name: '卷内目录' })).not.toContainText('缺');
  const timeline = page.getByRole('region', { name: '时间轴' });
  for (const entry of ['受理', '指派调解员', '调解记录', '达成书面协议', '回访', '归档'])
    await expect(timeline.getByRole('group', { name: new RegExp(`^${entry} `) }).first()).toBeVisible();
  await expect(timeline.getByRole('group', { name: /^调解记录 / })).toHaveCount(2);
});

test('a second case fails and is diverted to court', async ({ page }) => {
  const today = todayInChina();
  const { id } = await served.call('cases.register', {
    disputeType: 'labour',
    source: 'party_application',
    registeredOn: today,
    facts: '员工要求公司支付拖欠的三个月工资，公司认为员工违反规章制度。',
    parties: [
      { role: 'applicant', kind: 'person', name: '周五' },
      { role: 'respondent', kind: 'organization', name: '南京某某物流有限公司' },
    ],
  });
  await page.goto(served.url);
  await signIn(page);
  // Once the page has taken the token and signed in (the home page shows), the tab keeps both: the case's own
  // address opens it.
  await expect(page.getByRole('heading', { name: '今日工作' })).toBeVisible();
  await page.goto(`${new URL(served.url).origin}/#/cases/${id}`);

  await step(page, '受理', async (d) => {
    await d.getByRole('checkbox', { name: '当事人均同意调解' }).check();
    await d.getByRole('checkbox', { name: '已送达权利义务告知书' }).check();
  });
  await session(page, '双方对拖欠工资的数额分歧较大，公司拒绝支付加班费。');
  await step(page, '调解不成', async (d) => {
    await d.getByRole('textbox', { name: '调解不成的原因' }).fill('双方对工资数额分歧过大，公司拒绝让步。');
    await d.getByRole('checkbox', { name: '申请仲裁' }).check();
    await d.getByRole('checkbox', { name: '向人民法院提起诉讼' }).check();
    await choose(d, '导入机构', '人民法院');
    await d.getByRole('textbox', { name: '导入机构名称' }).fill('南京市玄武区人民法院');
  });
  await expect(page.getByText('调解不成').first()).toBeVisible();
  await expect(page.getByRole('region', { name: '时间轴' })).toContainText('南京市玄武区人民法院');

  // Now a closed, unarchived case: the home page lists it, and its list is one click away.
  await page.getByRole('link', { name: '今日工作' }).click();
  const closed = page.getByRole('region', { name: '已结未归档' });
  await expect(closed).toContainText('共 1 件');
  await closed.getByRole('link', { name: '查看全部' }).click();
  await expect(page.getByRole('table', { name: '案件台账' }).getByRole('row')).toHaveCount(2);
});
