// @vitest-environment jsdom
// What the district hub hands down besides notes. A replacement PC: the 同步 page's card of the replaced PC's
// records, 从区级平台恢复 and 不恢复 each confirmed first (the refusal kept in the dialog), neither for a clerk.
// The district's reference data: its version and announcements on the 同步 page, the recent announcements on the
// home page (closable for the session), its four-colour warnings read-only in 设置, and its dispute-type names in
// the registration form without the types it stopped offering — except the one a case already has.
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { CaseDetailPage } from '../../renderer/cases/CaseDetailPage.tsx';
import { formatInstant } from '../../renderer/common/dates.ts';
import { HomePage } from '../../renderer/home/HomePage.tsx';
import { disputeTypeOptions } from '../../renderer/reference/disputeTypes.ts';
import { RegistrationForm } from '../../renderer/registration/RegistrationForm.tsx';
import { emptyDraft, type CaseDraft } from '../../renderer/registration/draft.ts';
import { SettingsPage } from '../../renderer/settings/SettingsPage.tsx';
import { SyncPage } from '../../renderer/sync/SyncPage.tsx';
import type { MethodOutput } from '../../shared/api/contract.ts';
import { DEFAULT_CONFIG } from '../../shared/domain/config.ts';
import { AppError } from '../../shared/errors.ts';
import type { SyncOverview } from '../../shared/sync/overview.ts';
import { userOf } from './accountFixtures.ts';
import { UNSET } from './backupFixtures.ts';
import { CASE_ID, MEDIATING, MEDIATORS, caseDetail } from './caseFileFixtures.ts';
import { DISTRICT_TYPES, DISTRICT_WARNINGS, NO_REFERENCE, current, daysAgo, enrolled, reference } from './districtFixtures.ts';
import type { FakeHandlers } from './fakeApi.ts';
import { COMMITTEE, DIVISIONS } from './fixtures.ts';
import { renderWithApi } from './render.tsx';
import { EMPTY_WORKLIST } from './workFixtures.ts';

const RESTORED: MethodOutput<'sync.restore'> = {
  records: 12,
  committees: 1,
  mediators: 3,
  cases: 7,
  screeningReports: 1,
  attachments: 2,
  files: 1,
};

/** The 同步 page of a replacement PC whose hub holds 12 records of the PC it replaced. */
function replacementPc(more: FakeHandlers = {}) {
  let status: SyncOverview = enrolled({
    pending: 1,
    restorable: 12,
    lastSuccessAt: null,
    lastError: { code: 'conflict', message: '区级平台存有本调委会原来电脑上的 12 条记录：请先在同步页面“从区级平台恢复”' },
  });
  const handlers: FakeHandlers = {
    'sync.status': () => status,
    'sync.notes': () => [],
    'reference.current': () => NO_REFERENCE,
    'setup.status': () => ({ done: true, ownCommittee: COMMITTEE }),
    'sync.restore': () => {
      status = { ...status, restorable: 0, pending: 0, lastError: null };
      return RESTORED;
    },
    'sync.declineRestore': () => {
      status = { ...status, restorable: 0, lastError: null };
      return status;
    },
    ...more,
  };
  return handlers;
}

async function restoreCard() {
  return screen.findByRole('region', { name: '区级平台存有本调委会原来电脑上的 12 条记录' });
}

describe('换电脑后从区级平台恢复', () => {
  it('explains that sending waits, asks before restoring, shows it running, then the counts', async () => {
    let finish: () => void = () => {};
    const running = new Promise<void>((resolve) => (finish = resolve));
    const handlers = replacementPc();
    const restore = handlers['sync.restore']!;
    const { user, api } = renderWithApi(<SyncPage />, {
      ...handlers,
      'sync.restore': async (input) => {
        await running;
        return restore(input);
      },
    });
    const card = await restoreCard();
    expect(card).toHaveTextContent('恢复（或选择不恢复）之前，本机不向区级平台发送任何记录');

    await user.click(within(card).getByRole('button', { name: '从区级平台恢复' }));
    const dialog = await screen.findByRole('dialog', { name: '从区级平台恢复' });
    expect(dialog).toHaveTextContent('将从区级平台取回本调委会原来电脑上的 12 条记录，写入本机登记簿');
    expect(dialog).toHaveTextContent('只能恢复到还没有登记案件的新登记簿');
    expect(api.inputsOf('sync.restore')).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: '确认恢复' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('正在从区级平台取回记录并写入本机');
    expect(within(dialog).getByRole('button', { name: '取消' })).toBeDisabled();
    finish();

    expect(await screen.findByText('已从区级平台恢复')).toBeInTheDocument();
    expect(
      screen.getByText('共 12 条记录：调委会 1 个、调解员 3 名、案件 7 件、排查报告 1 份、附件 2 个（取回附件文件 1 个）'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '从区级平台恢复' })).not.toBeInTheDocument());
    await waitFor(() => expect(screen.queryByRole('region', { name: /原来电脑上的/ })).not.toBeInTheDocument());
    expect(api.inputsOf('sync.restore')).toHaveLength(1);
    expect(within(await screen.findByRole('region', { name: '同步状态' })).getByText('待发送 0 条')).toBeInTheDocument();
  });

  it('keeps the register’s refusal in the dialog', async () => {
    const { user } = renderWithApi(
      <SyncPage />,
      replacementPc({
        'sync.restore': () => {
          throw new AppError('CONFLICT', '本机登记簿已有案件或其他记录（案件3），只能恢复到新安装的登记簿：恢复不会覆盖或合并已有的记录');
        },
      }),
    );
    await user.click(within(await restoreCard()).getByRole('button', { name: '从区级平台恢复' }));
    const dialog = await screen.findByRole('dialog', { name: '从区级平台恢复' });
    await user.click(within(dialog).getByRole('button', { name: '确认恢复' }));
    expect(await within(dialog).findByRole('alert', { name: '没有恢复' })).toHaveTextContent('本机登记簿已有案件或其他记录（案件3）');
    expect(screen.getByRole('region', { name: /原来电脑上的 12 条记录/ })).toBeInTheDocument();
  });

  it('declines only once confirmed: the new register goes up as it is, the old records stay at the district', async () => {
    const { user, api } = renderWithApi(<SyncPage />, replacementPc());
    const card = await restoreCard();

    await user.click(within(card).getByRole('button', { name: '不恢复' }));
    let dialog = await screen.findByRole('dialog', { name: '不恢复原来电脑上的记录' });
    expect(dialog).toHaveTextContent('本机的新登记簿将按现状报送区级平台');
    expect(dialog).toHaveTextContent('原来电脑上的 12 条记录只保留在区级平台，不会恢复到本机');
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '不恢复原来电脑上的记录' })).not.toBeInTheDocument());
    expect(api.inputsOf('sync.declineRestore')).toHaveLength(0);

    await user.click(within(card).getByRole('button', { name: '不恢复' }));
    dialog = await screen.findByRole('dialog', { name: '不恢复原来电脑上的记录' });
    await user.click(within(dialog).getByRole('button', { name: '确认不恢复' }));
    expect(await screen.findByText('已选择不恢复')).toBeInTheDocument();
    expect(api.inputsOf('sync.declineRestore')).toHaveLength(1);
    expect(api.inputsOf('sync.restore')).toHaveLength(0);
    await waitFor(() => expect(screen.queryByRole('region', { name: /原来电脑上的/ })).not.toBeInTheDocument());
    expect(within(screen.getByRole('region', { name: '同步状态' })).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tells a clerk whom to ask, without either button', async () => {
    renderWithApi(<SyncPage />, replacementPc(), { user: userOf('clerk') });
    const card = await restoreCard();
    expect(card).toHaveTextContent('请调委会主任或系统管理员在本页面选择“从区级平台恢复”或“不恢复”');
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
  });
});

const ANNOUNCEMENTS = [
  { id: 'a-old', title: '关于开展矛盾纠纷排查的通知', body: '请各调委会于月底前完成排查。', publishedAt: daysAgo(45).slice(0, 10) },
  { id: 'a-new', title: '关于元旦期间值班安排的通知', body: '元旦期间各调委会\n须安排专人值班。', publishedAt: daysAgo(3) },
  { id: 'a-week', title: '调解员培训报名', body: '12月10日在区司法局三楼培训。', publishedAt: daysAgo(8).slice(0, 10) },
];

describe('区司法局基础数据', () => {
  it('shows on the 同步 page the version applied, when, and every announcement newest first', async () => {
    const ref = reference({ warnings: DISTRICT_WARNINGS, disputeTypes: DISTRICT_TYPES, announcements: ANNOUNCEMENTS });
    const appliedAt = daysAgo(1);
    renderWithApi(<SyncPage />, {
      'sync.status': () => enrolled(),
      'sync.notes': () => [],
      'reference.current': () => current(ref, appliedAt),
    });
    const card = await screen.findByRole('region', { name: '区司法局基础数据' });
    expect(card).toHaveTextContent('版本第 3 版');
    expect(card).toHaveTextContent(`区司法局发布时间${formatInstant(ref.publishedAt)}`);
    expect(card).toHaveTextContent(`本机应用时间${formatInstant(appliedAt)}`);
    expect(card).toHaveTextContent('统一设定四色预警标准、纠纷类型名称');
    const items = within(within(card).getByRole('list', { name: '通知公告' })).getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('p')?.textContent)).toEqual([
      '关于元旦期间值班安排的通知',
      '调解员培训报名',
      '关于开展矛盾纠纷排查的通知',
    ]);
    expect(items[0]).toHaveTextContent('元旦期间各调委会 须安排专人值班。');
  });

  it('says when nothing was received yet', async () => {
    renderWithApi(<SyncPage />, { 'sync.status': () => enrolled(), 'sync.notes': () => [], 'reference.current': () => NO_REFERENCE });
    const card = await screen.findByRole('region', { name: '区司法局基础数据' });
    expect(card).toHaveTextContent('还没有收到区司法局发布的基础数据');
  });

  it('shows the home page the announcements of the last 30 days, each closable for the session', async () => {
    const handlers: FakeHandlers = {
      'work.today': () => EMPTY_WORKLIST,
      'sync.notes': () => [],
      'reference.current': () => current(reference({ announcements: ANNOUNCEMENTS })),
    };
    const first = renderWithApi(<HomePage />, handlers);
    const board = await screen.findByRole('region', { name: '区司法局通知' });
    const notices = within(board).getAllByRole('note');
    expect(
      notices.map((n) => n.getAttribute('aria-labelledby') && document.getElementById(n.getAttribute('aria-labelledby')!)?.textContent),
    ).toEqual(['关于元旦期间值班安排的通知', '调解员培训报名']);
    expect(notices[0]).toHaveTextContent('元旦期间各调委会 须安排专人值班。');
    expect(board).not.toHaveTextContent('关于开展矛盾纠纷排查的通知');
    expect(screen.getByText('今天没有待办事项')).toBeInTheDocument();

    await first.user.click(within(notices[0]!).getByRole('button', { name: '关闭这条通知' }));
    expect(board).not.toHaveTextContent('关于元旦期间值班安排的通知');
    expect(board).toHaveTextContent('调解员培训报名');
    first.unmount();

    // Back on the home page in the same session: still closed.
    renderWithApi(<HomePage />, handlers);
    expect(await screen.findByText('调解员培训报名')).toBeInTheDocument();
    expect(screen.queryByText('关于元旦期间值班安排的通知')).not.toBeInTheDocument();
  });
});

describe('区司法局统一设定的四色预警', () => {
  const settings: FakeHandlers = {
    'app.info': () => ({ version: '0.1.0', mode: 'browser', dataDir: '/data', databaseFile: '/data/fengqiao.db', schemaVersion: 3 }),
    'divisions.path': () => [DIVISIONS['320102000000']![0]!],
    'committees.list': () => [COMMITTEE],
    'config.get': () => ({ ...DEFAULT_CONFIG, warnings: DISTRICT_WARNINGS }),
    'backup.status': () => UNSET,
    'config.set': (config) => config,
    'reference.current': () => current(reference({ warnings: DISTRICT_WARNINGS })),
  };

  it('shows the district’s warnings read-only with its version; the rest is still edited and saved', async () => {
    const { user, api } = renderWithApi(<SettingsPage committee={COMMITTEE} />, settings);
    await screen.findByRole('button', { name: '保存办案设置' });
    const form = screen.getByRole('form', { name: '办案设置' });
    expect(form).toHaveTextContent('四色预警标准由区司法局统一设定（第3版）');
    expect(form).not.toHaveTextContent('请按本地文件填写');
    const red = within(form).getByRole('group', { name: '红色等级' });
    expect(within(red).getByRole('textbox', { name: '名称' })).toHaveValue('一级（红色）预警');
    expect(within(red).getByRole('textbox', { name: '名称' })).toHaveAttribute('readonly');
    expect(within(red).getByRole('textbox', { name: '标准' })).toHaveAttribute('readonly');
    expect(within(red).getByRole('textbox', { name: '处置要求' })).toHaveAttribute('readonly');
    expect(within(red).getByRole('textbox', { name: '复核间隔天数' })).toHaveAttribute('readonly');
    expect(within(form).getByRole('textbox', { name: '群体性纠纷人数' })).toHaveValue('5');
    expect(within(form).getByRole('textbox', { name: '群体性纠纷人数' })).toHaveAttribute('readonly');

    await user.type(within(red).getByRole('textbox', { name: '名称' }), '改');
    expect(within(red).getByRole('textbox', { name: '名称' })).toHaveValue('一级（红色）预警');
    const reminder = within(form).getByRole('textbox', { name: '提醒提前天数' });
    await user.clear(reminder);
    await user.type(reminder, '10');
    await user.click(within(form).getByRole('button', { name: '保存办案设置' }));
    await waitFor(() => expect(api.inputsOf('config.set')).toHaveLength(1));
    expect(api.inputsOf('config.set')[0]).toEqual({ ...DEFAULT_CONFIG, warnings: DISTRICT_WARNINGS, reminderDays: 10 });
  });

  it('leaves the warnings to the register while the district has set none', async () => {
    renderWithApi(<SettingsPage committee={COMMITTEE} />, {
      ...settings,
      'reference.current': () => current(reference({ warnings: null })),
    });
    await screen.findByRole('button', { name: '保存办案设置' });
    const form = screen.getByRole('form', { name: '办案设置' });
    expect(form).toHaveTextContent('四色预警的标准由各地自行规定，请按本地文件填写。');
    expect(within(within(form).getByRole('group', { name: '红色等级' })).getByRole('textbox', { name: '名称' })).not.toHaveAttribute(
      'readonly',
    );
  });
});

function Registration() {
  const [draft, setDraft] = useState<CaseDraft>(emptyDraft);
  return <RegistrationForm draft={draft} onDraftChange={setDraft} />;
}

async function optionsOf(user: UserEvent, scope: HTMLElement, label: string): Promise<string[]> {
  await user.click(within(scope).getByRole('combobox', { name: label }));
  const listbox = await screen.findByRole('listbox', { name: label });
  return within(listbox)
    .getAllByRole('option')
    .map((o) => o.textContent ?? '');
}

describe('区司法局的纠纷类型', () => {
  it('offers the district’s names and hides the types it stopped offering', async () => {
    const { user, api } = renderWithApi(<Registration />, {
      'reference.current': () => current(reference({ disputeTypes: DISTRICT_TYPES })),
      'cases.register': () => ({ id: CASE_ID, number: '〔2026〕玄武门调字第8号' }),
    });
    await waitFor(() => expect(api.inputsOf('reference.current')).toHaveLength(1));
    const options = await optionsOf(user, document.body, '纠纷类型');
    expect(options).toContain('邻里纠纷');
    expect(options).toContain('物业服务纠纷');
    expect(options).toContain('婚姻家庭');
    expect(options).not.toContain('邻里');
    expect(options).not.toContain('消费');
    expect(options).not.toContain('医疗');
    expect(options).toHaveLength(13);
    await user.click(screen.getByRole('option', { name: '物业服务纠纷' }));
    expect(screen.getByRole('combobox', { name: '纠纷类型' })).toHaveValue('物业服务纠纷');
  });

  it('keeps an existing case’s type the district stopped offering, marked so', async () => {
    const detail = { ...caseDetail({ steps: MEDIATING }), disputeType: 'consumer' as const };
    const { user } = renderWithApi(<CaseDetailPage id={CASE_ID} />, {
      'cases.get': () => detail,
      'mediators.list': () => MEDIATORS,
      'sync.notes': () => [],
      'reference.current': () => current(reference({ disputeTypes: DISTRICT_TYPES })),
    });
    await user.click(await screen.findByRole('button', { name: '修改登记信息' }));
    const dialog = await screen.findByRole('dialog', { name: '修改登记信息' });
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: '纠纷类型' })).toHaveValue('消费（已停用）'));
    const options = await optionsOf(user, dialog, '纠纷类型');
    expect(options).toContain('消费（已停用）');
    expect(options).not.toContain('医疗');
  });

  it('names the types: the MoJ’s list until the district publishes one, a type it leaves out kept', () => {
    expect(disputeTypeOptions(null, null)).toHaveLength(15);
    const district = disputeTypeOptions(DISTRICT_TYPES, 'medical');
    expect(district.find((o) => o.value === 'neighbourhood')?.label).toBe('邻里纠纷');
    expect(district.find((o) => o.value === 'medical')?.label).toBe('医疗（已停用）');
    expect(district.find((o) => o.value === 'consumer')).toBeUndefined();
    expect(district.find((o) => o.value === 'labour')?.label).toBe('劳动争议');
  });
});
