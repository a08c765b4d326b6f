// @vitest-environment jsdom
// 调委会: every committee with its kind (派驻调解室 too), members, posts and cases; staffing warnings in orange;
// a committee's members; editing with the version (the register's refusal to change a used abbreviation shown);
// adding a village committee under the office's own; a clerk only reads.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { CommitteesPage } from '../../renderer/committees/CommitteesPage.tsx';
import { RefreshOwnCommittee } from '../../renderer/shell/ownCommittee.ts';
import type { CommitteeOverview } from '../../shared/domain/committee.ts';
import { AppError } from '../../shared/errors.ts';
import { newId } from '../../shared/rules/ids.ts';
import { userOf } from './accountFixtures.ts';
import type { FakeHandlers } from './fakeApi.ts';
import { COMMITTEE, childrenOf } from './fixtures.ts';
import { renderWithApi } from './render.tsx';
import { LI, overviewOf, roster } from './rosterFixtures.ts';
import { VILLAGE } from './workFixtures.ts';

const OWN = overviewOf();
const ROOM = overviewOf({
  id: newId(),
  name: '玄武区人民法院诉前调解派驻调解室',
  kind: 'dispatched',
  areaCode: '320102000000',
  abbreviation: '玄法派驻',
  isOwn: false,
  parentId: COMMITTEE.id,
  parentName: COMMITTEE.name,
  members: 1,
  fullTime: 0,
  posts: { director: 0, deputy_director: 0, member: 0, mediator: 1 },
  cases: 0,
  warnings: ['调解员1名，少于要求的2名', '没有主任'],
});
const MEIYUAN = overviewOf({
  ...VILLAGE,
  version: 1,
  parentName: COMMITTEE.name,
  members: 1,
  fullTime: 0,
  posts: { director: 0, deputy_director: 0, member: 0, mediator: 1 },
  cases: 5,
  warnings: ['调解员1名，少于要求的3名', '专职调解员0名，少于要求的1名'],
});

function handlers(committees: CommitteeOverview[] = [ROOM, OWN, MEIYUAN]): FakeHandlers {
  return {
    ...roster().handlers,
    'committees.overview': () => committees,
    'divisions.children': ({ code }) => childrenOf(code),
    'committees.update': (input) => {
      const c = committees.find((x) => x.id === input.id)!;
      if (input.abbreviation !== c.abbreviation && c.cases > 0) throw new AppError('CONFLICT', '该调委会已有编号的案件，案号简称不能修改');
      Object.assign(c, input, { version: c.version + 1 });
      return c;
    },
    'committees.add': (input) => ({ ...VILLAGE, ...input, id: newId(), parentId: input.parentId }),
  };
}

async function cardOf(name: string) {
  return screen.findByRole('article', { name });
}

describe('调委会', () => {
  it('shows every committee with its kind, figures and, in orange, where its staffing falls short', async () => {
    renderWithApi(<CommitteesPage />, handlers());
    const own = await cardOf(COMMITTEE.name);
    expect(own).toHaveTextContent('乡镇（街道）人民调解委员会');
    expect(own).toHaveTextContent('320102005000');
    expect(own).toHaveTextContent('4名，其中专职2名');
    expect(own).toHaveTextContent('主任1名，副主任1名，委员1名，调解员1名');
    expect(own).toHaveTextContent('12件');
    expect(own).toHaveTextContent('人员配备符合要求');
    expect(within(own).getByText('本机')).toBeInTheDocument();

    const room = await cardOf(ROOM.name);
    expect(room).toHaveTextContent('派驻调解室（工作室）');
    expect(room).toHaveTextContent(`上级调委会${COMMITTEE.name}`);
    expect(within(room).getByText('配备不足')).toBeInTheDocument();
    const alert = within(room).getByRole('alert');
    expect(alert).toHaveTextContent('人员配备不足');
    expect(alert).toHaveTextContent('调解员1名，少于要求的2名');
    expect(alert).toHaveTextContent('没有主任');

    expect(screen.getByText('2个调委会人员配备不足')).toBeInTheDocument();
    const cards = screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'));
    expect(cards[0]).toBe(COMMITTEE.name);
  });

  it('lists a committee’s members', async () => {
    const { user, api } = renderWithApi(<CommitteesPage />, handlers());
    await user.click(within(await cardOf(VILLAGE.name)).getByRole('button', { name: '查看调解员' }));
    const drawer = await screen.findByRole('dialog', { name: `${VILLAGE.name}的调解员` });
    expect(await within(drawer).findByText(LI.name)).toBeInTheDocument();
    expect(within(drawer).queryByText('张三')).not.toBeInTheDocument();
    expect(api.inputsOf('mediators.list')).toEqual([{ committeeId: VILLAGE.id, includeLeft: false }]);
  });

  it('edits a committee with its version, and shows the register’s refusal to change a used abbreviation', async () => {
    const { user, api } = renderWithApi(<CommitteesPage />, handlers());
    await user.click(within(await cardOf(VILLAGE.name)).getByRole('button', { name: '编辑' }));
    const dialog = await screen.findByRole('dialog', { name: `编辑调委会：${VILLAGE.name}` });
    expect(dialog).toHaveTextContent('本调委会已有5件案件；已编号的案件的案号不变，案号简称因此不能再改');
    const abbreviation = within(dialog).getByRole('textbox', { name: '案号简称' });
    await user.clear(abbreviation);
    await user.type(abbreviation, '梅园');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('该调委会已有编号的案件，案号简称不能修改')).toBeInTheDocument();

    await user.clear(abbreviation);
    await user.type(abbreviation, VILLAGE.abbreviation);
    const name = within(dialog).getByRole('textbox', { name: '调委会名称' });
    await user.clear(name);
    await user.type(name, '梅园新村社区人民调解委员会（第一）');
    await user.type(within(dialog).getByRole('textbox', { name: '地址' }), '梅园新村社区居委会二楼');
    await user.type(within(dialog).getByRole('textbox', { name: '联系电话' }), '025-8441 2345');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /^编辑调委会/ })).not.toBeInTheDocument());
    expect(api.inputsOf('committees.update').at(-1)).toEqual({
      id: VILLAGE.id,
      version: 1,
      name: '梅园新村社区人民调解委员会（第一）',
      kind: 'village',
      areaCode: VILLAGE.areaCode,
      abbreviation: VILLAGE.abbreviation,
      parentId: COMMITTEE.id,
      address: '梅园新村社区居委会二楼',
      phone: '025-84412345',
    });
    expect(await cardOf('梅园新村社区人民调解委员会（第一）')).toBeInTheDocument();
  });

  it('has the header read the office’s own committee again once it is edited, and only then', async () => {
    const refresh = vi.fn();
    const { user } = renderWithApi(
      <RefreshOwnCommittee.Provider value={refresh}>
        <CommitteesPage />
      </RefreshOwnCommittee.Provider>,
      handlers([{ ...ROOM }, { ...OWN }, { ...MEIYUAN }]),
    );
    const save = async (committee: string, newName: string) => {
      await user.click(within(await cardOf(committee)).getByRole('button', { name: '编辑' }));
      const dialog = await screen.findByRole('dialog', { name: `编辑调委会：${committee}` });
      const name = within(dialog).getByRole('textbox', { name: '调委会名称' });
      await user.clear(name);
      await user.type(name, newName);
      await user.click(within(dialog).getByRole('button', { name: '保存' }));
      await waitFor(() => expect(screen.queryByRole('dialog', { name: /^编辑调委会/ })).not.toBeInTheDocument());
    };
    await save(ROOM.name, '玄武区人民法院诉前调解室');
    expect(refresh).not.toHaveBeenCalled();
    await save(OWN.name, '玄武区梅园新村街道人民调解委员会（新）');
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('adds a village committee chosen from the office’s area, under the office’s committee', async () => {
    const { user, api } = renderWithApi(<CommitteesPage />, handlers());
    await cardOf(COMMITTEE.name);
    await user.click(screen.getByRole('button', { name: '添加调委会' }));
    const form = await screen.findByRole('form', { name: '添加调委会' });
    await user.click(await within(form).findByRole('combobox', { name: '从本辖区的村（社区）中选择' }));
    await user.click(await screen.findByRole('option', { name: '梅园新村社区居委会' }));
    expect(within(form).getByRole('textbox', { name: '调委会名称' })).toHaveValue('梅园新村社区人民调解委员会');
    await user.click(within(form).getByRole('button', { name: '添加调委会' }));

    await waitFor(() => expect(api.inputsOf('committees.add')).toHaveLength(1));
    expect(api.inputsOf('committees.add')[0]).toEqual({
      areaCode: '320102005001',
      name: '梅园新村社区人民调解委员会',
      kind: 'village',
      abbreviation: '梅园新村',
      parentId: COMMITTEE.id,
      address: null,
      phone: null,
    });
    await waitFor(() => expect(api.inputsOf('committees.overview')).toHaveLength(2));
  });

  it('shows a clerk everything, but no button to add or edit', async () => {
    renderWithApi(<CommitteesPage />, handlers(), { user: userOf('clerk') });
    const room = await cardOf(ROOM.name);
    expect(within(room).getByRole('button', { name: '查看调解员' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '编辑' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '添加调委会' })).not.toBeInTheDocument();
  });
});
