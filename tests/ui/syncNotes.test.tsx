// @vitest-environment jsdom
// 区司法局意见: the district's questions and corrections on the register's records. On the case page, the open ones
// in orange with who wrote them and when, the handled ones greyed with who marked them, 已处理 for a role that may
// (and nothing at all when the district said nothing); on the 同步 page, the open ones linked to their records, the
// handled ones on request; on the home page, how many wait, with the way to the 同步 page.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { CaseDetailPage } from '../../renderer/cases/CaseDetailPage.tsx';
import { formatInstant } from '../../renderer/common/dates.ts';
import { HomePage } from '../../renderer/home/HomePage.tsx';
import { SyncPage } from '../../renderer/sync/SyncPage.tsx';
import { userOf } from './accountFixtures.ts';
import { CASE_ID, MEDIATING, MEDIATORS, caseDetail } from './caseFileFixtures.ts';
import { HANDLED_NOTE, MEDIATOR_NOTE, NO_REFERENCE, OPEN_NOTE, enrolled, notesStore } from './districtFixtures.ts';
import type { FakeHandlers } from './fakeApi.ts';
import { renderWithApi } from './render.tsx';
import { EMPTY_WORKLIST } from './workFixtures.ts';

const detail = caseDetail({ steps: MEDIATING });

function caseHandlers(store: ReturnType<typeof notesStore>): FakeHandlers {
  return {
    'cases.get': () => detail,
    'mediators.list': () => MEDIATORS,
    'sync.notes': store.list,
    'sync.handleNote': store.handle,
  };
}

describe('区司法局意见 · 案件页面', () => {
  it('lists the notes on the case, the open one in orange first, and marks it 已处理', async () => {
    const store = notesStore([OPEN_NOTE, HANDLED_NOTE]);
    const { user, api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, caseHandlers(store));
    const card = await screen.findByRole('region', { name: '区司法局意见' });
    expect(api.inputsOf('sync.notes')).toEqual([{ recordId: CASE_ID }]);
    expect(card).toHaveTextContent('1 条待处理');
    expect(card).toHaveTextContent('请按意见照常修改本案（修改登记信息、办理或更正记录），保存后会自动报送区司法局');

    const [open, handled] = within(card).getAllByRole('listitem');
    expect(open).toHaveAccessibleName('待处理的意见');
    expect(open).toHaveTextContent(OPEN_NOTE.body);
    expect(open).toHaveTextContent(`区司法局 周科长 · ${formatInstant(OPEN_NOTE.createdAt)}`);
    expect(handled).toHaveAccessibleName('已处理的意见');
    expect(handled).toHaveTextContent(HANDLED_NOTE.body);
    expect(handled).toHaveTextContent(`已处理：浏览器模式：wangfang，${formatInstant(HANDLED_NOTE.handledAt)}`);
    expect(within(handled!).queryByRole('button', { name: '已处理' })).not.toBeInTheDocument();

    await user.click(within(open!).getByRole('button', { name: '已处理' }));
    expect(await screen.findByText('已标记为已处理')).toBeInTheDocument();
    expect(api.inputsOf('sync.handleNote')).toEqual([{ noteId: OPEN_NOTE.noteId }]);
    await waitFor(() => expect(within(card).queryAllByRole('listitem', { name: '待处理的意见' })).toHaveLength(0));
    const nowHandled = within(card).getAllByRole('listitem', { name: '已处理的意见' });
    expect(nowHandled).toHaveLength(2);
    expect(nowHandled[0]).toHaveTextContent(OPEN_NOTE.body);
    expect(nowHandled[0]).toHaveTextContent('已处理：王主任（admin）');
    expect(card).not.toHaveTextContent('条待处理');
  });

  it('shows nothing when the district said nothing on the case', async () => {
    const { api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, caseHandlers(notesStore([])));
    await screen.findByRole('heading', { name: '基本情况' });
    await waitFor(() => expect(api.inputsOf('sync.notes')).toHaveLength(1));
    // Time for the answer (none) to come back and the page to be drawn again.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByText('区司法局意见')).not.toBeInTheDocument();
  });

  it('shows a mediator the notes without 已处理', async () => {
    renderWithApi(<CaseDetailPage id={CASE_ID} />, caseHandlers(notesStore([OPEN_NOTE])), { user: userOf('mediator') });
    const card = await screen.findByRole('region', { name: '区司法局意见' });
    expect(card).toHaveTextContent(OPEN_NOTE.body);
    expect(within(card).queryByRole('button', { name: '已处理' })).not.toBeInTheDocument();
  });
});

describe('区司法局意见 · 同步页面', () => {
  it('lists the open notes linked to their records, 已处理 takes one off, and the handled ones show on request', async () => {
    const store = notesStore([MEDIATOR_NOTE, OPEN_NOTE, HANDLED_NOTE], 'browser:wangfang');
    const { user, api } = renderWithApi(
      <SyncPage />,
      {
        'sync.status': () => enrolled(),
        'reference.current': () => NO_REFERENCE,
        'sync.notes': store.list,
        'sync.handleNote': store.handle,
      },
      { user: userOf('clerk') },
    );
    const section = await screen.findByRole('region', { name: '区司法局意见' });
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(2));
    expect(api.inputsOf('sync.notes')[0]).toEqual({ open: true });
    expect(section).toHaveTextContent('2 条待处理');
    const [onMediator, onCase] = within(section).getAllByRole('listitem');
    expect(onMediator).toHaveTextContent(`调解员王建国${MEDIATOR_NOTE.body}`);
    expect(within(onMediator!).getByRole('link', { name: '王建国' })).toHaveAttribute('href', '#/mediators');
    expect(onCase).toHaveTextContent(`案件${OPEN_NOTE.label!}${OPEN_NOTE.body}`);
    expect(within(onCase!).getByRole('link', { name: OPEN_NOTE.label! })).toHaveAttribute('href', `#/cases/${CASE_ID}`);
    expect(section).not.toHaveTextContent(HANDLED_NOTE.body);

    await user.click(within(onCase!).getByRole('button', { name: '已处理' }));
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(1));
    expect(api.inputsOf('sync.handleNote')).toEqual([{ noteId: OPEN_NOTE.noteId }]);
    expect(section).toHaveTextContent('1 条待处理');

    await user.click(within(section).getByRole('switch', { name: '显示已处理的意见' }));
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(3));
    expect(api.inputsOf('sync.notes').at(-1)).toEqual({ open: false });
    const handled = within(section).getAllByRole('listitem', { name: '已处理的意见' });
    expect(handled.map((h) => h.textContent)).toEqual([
      expect.stringContaining(`已处理：王芳（wangfang），`),
      expect.stringContaining(HANDLED_NOTE.body),
    ]);
  });

  it('says so when there is no open note, and offers no 已处理 to a mediator', async () => {
    const { user } = renderWithApi(
      <SyncPage />,
      { 'sync.status': () => enrolled(), 'reference.current': () => NO_REFERENCE, 'sync.notes': notesStore([HANDLED_NOTE]).list },
      { user: userOf('mediator') },
    );
    const section = await screen.findByRole('region', { name: '区司法局意见' });
    expect(await within(section).findByText('没有待处理的区司法局意见。')).toBeInTheDocument();
    await user.click(within(section).getByRole('switch', { name: '显示已处理的意见' }));
    expect(await within(section).findByText(HANDLED_NOTE.body)).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: '已处理' })).not.toBeInTheDocument();
  });
});

describe('区司法局意见 · 今日工作', () => {
  it('reminds of the open notes with their count and the way to the 同步 page', async () => {
    renderWithApi(<HomePage />, {
      'work.today': () => EMPTY_WORKLIST,
      'sync.notes': notesStore([OPEN_NOTE, MEDIATOR_NOTE, HANDLED_NOTE]).list,
    });
    const reminder = await screen.findByRole('region', { name: '区司法局意见' });
    expect(reminder).toHaveTextContent('2 条待处理');
    expect(reminder).toHaveTextContent('区司法局对本调委会的记录提出了 2 条提问或更正意见');
    expect(within(reminder).getByRole('link', { name: '去同步页面查看' })).toHaveAttribute('href', '#/sync');
    expect(screen.queryByText('今天没有待办事项')).not.toBeInTheDocument();
  });

  it('says nothing of the district when all its notes are handled', async () => {
    renderWithApi(<HomePage />, { 'work.today': () => EMPTY_WORKLIST, 'sync.notes': notesStore([HANDLED_NOTE]).list });
    expect(await screen.findByText('今天没有待办事项')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '区司法局意见' })).not.toBeInTheDocument();
  });
});
