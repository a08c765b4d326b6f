// @vitest-environment jsdom
// 调解员名册: search and filters make the query; adding checks the fields (and shows the register's problems on
// them); a record shows every field, its grade history, trainings and honours; editing sends the version;
// leaving is confirmed with the date and reason; the roster is exported; a clerk only reads.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { MediatorsPage } from '../../renderer/mediators/MediatorsPage.tsx';
import { AppError } from '../../shared/errors.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { userOf } from './accountFixtures.ts';
import { COMMITTEE } from './fixtures.ts';
import { renderWithApi } from './render.tsx';
import { ID_NUMBER, WANG_LEFT, ZHANG, roster } from './rosterFixtures.ts';

async function rosterTable() {
  return screen.findByRole('table', { name: '调解员名册' });
}

async function openRecord(user: UserEvent, name: string) {
  await user.click(within(await rosterTable()).getByRole('button', { name }));
  return screen.findByRole('dialog', { name: `调解员记录：${name}` });
}

async function choose(user: UserEvent, scope: HTMLElement, label: string, option: string) {
  await user.click(within(scope).getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

function lastQuery(api: { inputsOf: (m: 'mediators.list') => unknown[] }) {
  return api.inputsOf('mediators.list').at(-1);
}

describe('调解员名册', () => {
  it('lists those on the roster, and searches by pinyin initials and filters by post and leaving', async () => {
    const { user, api } = renderWithApi(<MediatorsPage />, roster().handlers);
    const table = await rosterTable();
    const row = within(table).getByRole('button', { name: '张三' }).closest('tr')!;
    expect(row).toHaveTextContent('玄武门街道人民调解委员会');
    expect(row).toHaveTextContent('主任');
    expect(row).toHaveTextContent('专职');
    expect(row).toHaveTextContent('一级人民调解员');
    expect(row).toHaveTextContent('2020年3月1日');
    expect(row).toHaveTextContent('12学时');
    expect(row).toHaveTextContent('在册');
    expect(within(table).queryByText('王建国')).not.toBeInTheDocument();
    expect(lastQuery(api)).toEqual({ includeLeft: false });

    await user.type(screen.getByRole('searchbox', { name: '搜索' }), 'zs{Enter}');
    await waitFor(() => expect(lastQuery(api)).toEqual({ includeLeft: false, search: 'zs' }));
    await waitFor(() => expect(within(table).queryByText('李秀英')).not.toBeInTheDocument());
    expect(within(table).getByRole('button', { name: '张三' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '清除筛选条件' }));
    await choose(user, document.body, '职务', '委员');
    await user.click(screen.getByRole('switch', { name: '显示已退出的调解员' }));
    await waitFor(() => expect(lastQuery(api)).toEqual({ includeLeft: true, post: 'member' }));
    const left = (await within(await rosterTable()).findByRole('button', { name: '王建国' })).closest('tr')!;
    expect(left).toHaveTextContent('已退出');
    expect(left).toHaveTextContent('2026年6月30日');

    await choose(user, document.body, '专职/兼职', '专职');
    await waitFor(() => expect(lastQuery(api)).toEqual({ includeLeft: true, post: 'member', fullTime: true }));
    expect(await screen.findByText('没有符合条件的调解员')).toBeInTheDocument();
  });

  it('shows the problems of a new mediator next to the fields, the register’s too, then adds and opens the record', async () => {
    const { handlers } = roster();
    const add = handlers['mediators.add']!;
    let refused = false;
    handlers['mediators.add'] = (input) => {
      if (refused) return add(input);
      refused = true;
      throw new AppError('VALIDATION', '输入有误', [{ path: 'idNumber', message: '这个身份证号码已在名册中（张三）' }]);
    };
    const { user, api } = renderWithApi(<MediatorsPage />, handlers);
    await user.click(await screen.findByRole('button', { name: '添加调解员' }));
    const dialog = await screen.findByRole('dialog', { name: '添加调解员' });
    const name = within(dialog).getByRole('textbox', { name: '姓名' });
    await user.click(within(dialog).getByRole('button', { name: '添加调解员' }));
    expect(await within(dialog).findByText(/^请填写姓名/)).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(api.inputsOf('mediators.add')).toHaveLength(0);

    await user.type(name, '赵六');
    expect(within(dialog).queryByText(/^请填写姓名/)).not.toBeInTheDocument();
    const id = within(dialog).getByRole('textbox', { name: '身份证号码' });
    await user.type(id, '110105194912310021');
    expect(within(dialog).getByText('身份证号码校验位不正确，请核对')).toBeInTheDocument();
    await user.clear(id);
    await user.type(id, ID_NUMBER);
    expect(within(dialog).getByText('号码有效：女，1949年12月31日出生')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: '出生日期' })).toHaveValue('1949年12月31日');
    await user.type(within(dialog).getByRole('textbox', { name: '联系电话' }), '13900001111');
    await user.click(within(dialog).getByRole('radio', { name: '专职' }));
    await choose(user, dialog, '现有等级', '三级人民调解员');
    await user.click(within(dialog).getByRole('button', { name: '添加调解员' }));

    expect(await within(dialog).findByText('这个身份证号码已在名册中（张三）')).toBeInTheDocument();
    expect(id).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(dialog).getByRole('button', { name: '添加调解员' }));

    const record = await screen.findByRole('dialog', { name: '调解员记录：赵六' });
    expect(screen.queryByRole('dialog', { name: '添加调解员' })).not.toBeInTheDocument();
    expect(api.inputsOf('mediators.add').at(-1)).toEqual({
      committeeId: COMMITTEE.id,
      name: '赵六',
      sex: 'female',
      ethnicity: null,
      birthDate: '1949-12-31',
      idNumber: ID_NUMBER,
      phone: '13900001111',
      education: null,
      politicalStatus: null,
      post: 'mediator',
      fullTime: true,
      joinedOn: todayInChina(),
      occupation: null,
      note: null,
      grade: 'third',
      gradeSince: null,
    });
    expect(record).toHaveTextContent('三级人民调解员');
    expect(await within(await rosterTable()).findByRole('button', { name: '赵六' })).toBeInTheDocument();
  });

  it('opens a record with every field, the whole ID number and the cases handled, and edits it with its version', async () => {
    const { user, api } = renderWithApi(<MediatorsPage />, roster().handlers);
    expect(
      within(await rosterTable())
        .getByRole('button', { name: '张三' })
        .closest('tr'),
    ).not.toHaveTextContent(ID_NUMBER);
    const record = await openRecord(user, '张三');
    expect(await within(record).findByText(ID_NUMBER)).toBeInTheDocument();
    for (const text of ['汉族', '大学本科', '中共党员', '13812345678', '1949年12月31日'])
      expect(within(record).getByText(text)).toBeInTheDocument();
    const cases = within(record).getByRole('group', { name: '办理案件' });
    expect(cases).toHaveTextContent('办理案件41件');
    expect(cases).toHaveTextContent('正在办理3件');
    expect(cases).toHaveTextContent('调解成功36件');

    await user.click(within(record).getByRole('tab', { name: /培训记录/ }));
    expect(within(record).getByRole('table', { name: '培训记录' })).toHaveTextContent('人民调解法及调解技巧');
    expect(within(record).getByText('共 1 次，合计 12 学时')).toBeInTheDocument();

    await user.click(within(record).getByRole('button', { name: '编辑' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑调解员信息：张三' });
    const phone = within(dialog).getByRole('textbox', { name: '联系电话' });
    await user.clear(phone);
    await user.type(phone, '13700001234');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '编辑调解员信息：张三' })).not.toBeInTheDocument());
    expect(api.inputsOf('mediators.update')).toEqual([
      expect.objectContaining({ id: ZHANG.id, version: ZHANG.version, idNumber: ID_NUMBER, phone: '13700001234', post: 'director' }),
    ]);
    await user.click(within(record).getByRole('tab', { name: '基本信息' }));
    expect(await within(record).findByText('13700001234')).toBeInTheDocument();
  });

  it('records a new grade, keeping the old one in the history', async () => {
    const { user, api } = renderWithApi(<MediatorsPage />, roster().handlers);
    const record = await openRecord(user, '张三');
    await user.click(await within(record).findByRole('tab', { name: /等级变动/ }));
    await user.click(within(record).getByRole('button', { name: '评定新等级' }));
    const form = within(record).getByRole('form', { name: '评定新等级' });
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('请选择等级')).toBeInTheDocument();
    expect(api.inputsOf('mediators.grade')).toHaveLength(0);

    await choose(user, form, '新等级', '首席人民调解员');
    const since = within(form).getByRole('textbox', { name: '评定日期' });
    await user.clear(since);
    await user.type(since, '2026-06-01');
    await user.type(within(form).getByRole('textbox', { name: '备注' }), '宁司调〔2026〕12号');
    await user.click(within(form).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(within(record).queryByRole('form', { name: '评定新等级' })).not.toBeInTheDocument());
    expect(api.inputsOf('mediators.grade')).toEqual([
      { mediatorId: ZHANG.id, grade: 'chief', since: '2026-06-01', note: '宁司调〔2026〕12号' },
    ]);
    const history = within(record).getByRole('table', { name: '等级变动' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('首席人民调解员现等级2026年6月1日宁司调〔2026〕12号');
    expect(rows[1]).toHaveTextContent('一级人民调解员2021年5月1日');
  });

  it('adds a training and an evaluation, each checked before sending', async () => {
    const { user, api } = renderWithApi(<MediatorsPage />, roster().handlers);
    const record = await openRecord(user, '张三');
    await user.click(await within(record).findByRole('tab', { name: /培训记录/ }));
    await user.click(within(record).getByRole('button', { name: '添加培训' }));
    const training = within(record).getByRole('form', { name: '添加培训' });
    await user.type(within(training).getByRole('textbox', { name: '培训内容' }), '矛盾纠纷排查化解实务');
    await user.type(within(training).getByRole('textbox', { name: '学时' }), '2.3');
    await user.click(within(training).getByRole('button', { name: '保存' }));
    expect(await within(training).findByText('学时以0.5为单位')).toBeInTheDocument();
    await user.clear(within(training).getByRole('textbox', { name: '学时' }));
    await user.type(within(training).getByRole('textbox', { name: '学时' }), '2.5');
    await user.click(within(training).getByRole('button', { name: '保存' }));
    expect(await within(record).findByText('共 2 次，合计 14.5 学时')).toBeInTheDocument();
    expect(api.inputsOf('mediators.training')).toEqual([
      { mediatorId: ZHANG.id, on: todayInChina(), hours: 2.5, subject: '矛盾纠纷排查化解实务', organiser: null },
    ]);

    await user.click(within(record).getByRole('tab', { name: /考核与奖励/ }));
    await user.click(within(record).getByRole('button', { name: '添加考核或奖励' }));
    const honour = within(record).getByRole('form', { name: '添加考核或奖励' });
    await user.type(within(honour).getByRole('textbox', { name: '考核名称' }), '2026年度人民调解员考核');
    await user.click(within(honour).getByRole('button', { name: '保存' }));
    expect(await within(honour).findByText('请选择考核结果')).toBeInTheDocument();
    await choose(user, honour, '考核结果', '优秀');
    await user.click(within(honour).getByRole('button', { name: '保存' }));
    const table = await within(record).findByRole('table', { name: '考核与奖励' });
    expect(table).toHaveTextContent('考核评议2026年度人民调解员考核优秀');
    expect(api.inputsOf('mediators.honour')).toEqual([
      { mediatorId: ZHANG.id, kind: 'evaluation', on: todayInChina(), title: '2026年度人民调解员考核', result: 'excellent', issuer: null },
    ]);
  });

  it('records a mediator leaving with the date and reason, after saying what it means', async () => {
    const { user, api } = renderWithApi(<MediatorsPage />, roster().handlers);
    const record = await openRecord(user, '张三');
    await user.click(await within(record).findByRole('button', { name: '退出' }));
    const dialog = await screen.findByRole('dialog', { name: '调解员退出：张三' });
    expect(dialog).toHaveTextContent('名册记录和办理过的案件都会保留');
    expect(dialog).toHaveTextContent('不能再被指派办理新的案件');
    await user.click(within(dialog).getByRole('button', { name: '确认退出' }));
    expect(await within(dialog).findByText('退出原因至少2个字')).toBeInTheDocument();
    expect(api.inputsOf('mediators.leave')).toHaveLength(0);

    const on = within(dialog).getByRole('textbox', { name: '退出日期' });
    await user.clear(on);
    await user.type(on, '2026-10-31');
    await user.type(within(dialog).getByRole('textbox', { name: '退出原因' }), '本人申请辞去调解员职务');
    await user.click(within(dialog).getByRole('button', { name: '确认退出' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: '调解员退出：张三' })).not.toBeInTheDocument());
    expect(api.inputsOf('mediators.leave')).toEqual([{ id: ZHANG.id, on: '2026-10-31', reason: '本人申请辞去调解员职务' }]);
    expect(within(record).getByText('已于2026年10月31日退出')).toBeInTheDocument();
    expect(within(record).queryByRole('button', { name: '退出' })).not.toBeInTheDocument();
    await waitFor(async () => expect(within(await rosterTable()).queryByText('张三')).not.toBeInTheDocument());
  });

  describe('导出名册', () => {
    beforeEach(() => {
      URL.createObjectURL = vi.fn(() => 'blob:roster');
      URL.revokeObjectURL = vi.fn();
    });
    afterEach(() => vi.restoreAllMocks());

    it('exports the roster as shown (with those who left when they are shown) and saves the workbook', async () => {
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
      const { user, api } = renderWithApi(<MediatorsPage />, roster().handlers);
      await rosterTable();
      await user.click(screen.getByRole('switch', { name: '显示已退出的调解员' }));
      await user.click(screen.getByRole('button', { name: '导出名册' }));
      await waitFor(() => expect(api.inputsOf('roster.exportXlsx')).toEqual([{ includeLeft: true }]));
      await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
      expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    });
  });

  it('lets a clerk read the roster and the records, but neither add, export nor change them', async () => {
    const { user } = renderWithApi(<MediatorsPage />, roster().handlers, { user: userOf('clerk') });
    await rosterTable();
    expect(screen.queryByRole('button', { name: '添加调解员' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '导出名册' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: '显示已退出的调解员' }));
    const record = await openRecord(user, WANG_LEFT.name);
    expect(await within(record).findByText('退出原因：工作调动。记录和办理过的案件都保留，不能再指派新的案件。')).toBeInTheDocument();
    expect(within(record).queryByRole('button', { name: '编辑' })).not.toBeInTheDocument();
    expect(within(record).queryByRole('button', { name: '退出' })).not.toBeInTheDocument();
    await user.click(within(record).getByRole('tab', { name: /培训记录/ }));
    expect(within(record).queryByRole('button', { name: '添加培训' })).not.toBeInTheDocument();
    await user.click(within(record).getByRole('tab', { name: /等级变动/ }));
    expect(within(record).queryByRole('button', { name: '评定新等级' })).not.toBeInTheDocument();
  });
});
