// @vitest-environment jsdom
// 同步: a register not yet enrolled shows the enrolment form, checked in the page and refused by the hub in its
// words; an enrolled one its state — the last error in the clerk's words and what is waiting, the records the hub
// sent back linked to where they are corrected, 立即同步 and how it went, the offline file and the receipts, the
// figures to reconcile; a clerk sees neither enrolment nor the import; a device the hub stopped says so.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { formatInstant } from '../../renderer/common/dates.ts';
import { SyncPage } from '../../renderer/sync/SyncPage.tsx';
import { clerkWords, relativeTime } from '../../renderer/sync/syncText.ts';
import { AppError } from '../../shared/errors.ts';
import type { SyncOverview } from '../../shared/sync/overview.ts';
import { userOf } from './accountFixtures.ts';
import { renderWithApi } from './render.tsx';

const HUB = 'https://tongbu.xuanwu.gov.cn';
const CODE = '7KQ2-M9XD-P4TA';
const HASH = '3f8a2c9d41b7e6f0a5c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1';
const NETWORK = '无法连接区级平台（网络不通或平台未开启），稍后会自动重试';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000 - 5_000).toISOString();

const UNENROLLED: SyncOverview = {
  enrolled: false,
  hubUrl: null,
  deviceId: null,
  enrolledAt: null,
  revokedAt: null,
  pending: 3,
  lastSuccessAt: null,
  lastAttemptAt: null,
  lastError: null,
  lastAcknowledgedAt: null,
  rejected: [],
  committees: [{ committeeId: 'c-meiyuan', name: '玄武区梅园新村街道人民调解委员会', records: 0, hash: HASH }],
  restorable: 0,
  sending: false,
  nextAttemptAt: null,
};

function enrolled(patch: Partial<SyncOverview> = {}): SyncOverview {
  return {
    ...UNENROLLED,
    enrolled: true,
    hubUrl: HUB,
    deviceId: '0123456789abcdef0123456789abcdef',
    enrolledAt: '2026-11-20T02:00:00.000Z',
    pending: 0,
    lastSuccessAt: minutesAgo(3),
    lastAttemptAt: minutesAgo(3),
    lastAcknowledgedAt: minutesAgo(3),
    committees: [{ committeeId: 'c-meiyuan', name: '玄武区梅园新村街道人民调解委员会', records: 42, hash: HASH }],
    ...patch,
  };
}

const FAILED = enrolled({
  pending: 5,
  lastAttemptAt: minutesAgo(1),
  lastError: { code: 'network', message: `${NETWORK}（ECONNREFUSED）` },
  nextAttemptAt: new Date(Date.now() + 4 * 60_000 - 5_000).toISOString(),
});

async function statusCard() {
  return screen.findByRole('region', { name: '同步状态' });
}

/** The value beside a label in the status card (a description list). */
function fact(scope: HTMLElement, label: string): string | null {
  return within(scope).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? null;
}

describe('同步', () => {
  it('shows the enrolment form while the register is not enrolled, checks it, and shows the hub’s refusal', async () => {
    let answer: 'used' | 'ok' = 'used';
    const { user, api } = renderWithApi(<SyncPage />, {
      'sync.status': () => UNENROLLED,
      'sync.enrol': () => {
        if (answer === 'used') throw new AppError('VALIDATION', '该登记码已经用过，请向区司法局申请新的登记码');
        return enrolled({ pending: 3, lastSuccessAt: null, sending: true });
      },
    });
    const card = await statusCard();
    expect(within(card).getByText('未登记')).toBeInTheDocument();
    expect(within(card).getByText('待发送 3 条')).toBeInTheDocument();
    expect(within(card).getByRole('alert', { name: '本机尚未登记到区级平台' })).toBeInTheDocument();
    expect(fact(card, '上次成功发送')).toBe('还没有成功发送过');
    expect(screen.queryByRole('button', { name: '立即同步' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /离线报送/ })).not.toBeInTheDocument();

    const form = screen.getByRole('form', { name: '登记到区级平台' });
    await user.click(within(form).getByRole('button', { name: '登记本机' }));
    expect(await within(form).findByText('请填写区级平台地址')).toBeInTheDocument();
    expect(within(form).getByText('请填写登记码')).toBeInTheDocument();

    await user.type(within(form).getByRole('textbox', { name: /区级平台地址/ }), 'tongbu.xuanwu.gov.cn');
    await user.type(within(form).getByRole('textbox', { name: /登记码/ }), 'ABC');
    await user.click(within(form).getByRole('button', { name: '登记本机' }));
    expect(await within(form).findByText('平台地址应以 https:// 或 http:// 开头')).toBeInTheDocument();
    expect(within(form).getByText('登记码应为12位字母或数字（如 7KQ2-M9XD-P4TA）')).toBeInTheDocument();
    expect(api.inputsOf('sync.enrol')).toHaveLength(0);

    await user.clear(within(form).getByRole('textbox', { name: /区级平台地址/ }));
    await user.type(within(form).getByRole('textbox', { name: /区级平台地址/ }), HUB);
    await user.clear(within(form).getByRole('textbox', { name: /登记码/ }));
    await user.type(within(form).getByRole('textbox', { name: /登记码/ }), CODE);
    await user.click(within(form).getByRole('button', { name: '登记本机' }));
    expect(await within(form).findByRole('alert', { name: '没有登记' })).toHaveTextContent('该登记码已经用过，请向区司法局申请新的登记码');

    answer = 'ok';
    await user.click(within(form).getByRole('button', { name: '登记本机' }));
    expect(await screen.findByText('登记成功')).toBeInTheDocument();
    expect(api.inputsOf('sync.enrol')).toEqual([
      { hubUrl: HUB, code: CODE },
      { hubUrl: HUB, code: CODE },
    ]);
    await waitFor(() => expect(within(card).getByText('正在发送')).toBeInTheDocument());
    expect(fact(card, '区级平台地址')).toBe(HUB);
    expect(screen.queryByRole('form', { name: '登记到区级平台' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重新登记' })).toBeInTheDocument();
  });

  it('says why the last send failed in the clerk’s words, with what is waiting and when it tries again', async () => {
    renderWithApi(<SyncPage />, { 'sync.status': () => FAILED });
    const card = await statusCard();
    expect(within(card).getByText('上次发送失败')).toBeInTheDocument();
    expect(within(card).getByText('待发送 5 条')).toBeInTheDocument();
    const alert = within(card).getByRole('alert', { name: '上次发送没有成功' });
    expect(alert).toHaveTextContent(`${formatInstant(FAILED.lastAttemptAt)}：${NETWORK}`);
    expect(alert).toHaveTextContent('待发送的记录都保存在本机，不会丢失');
    expect(alert).not.toHaveTextContent('ECONNREFUSED');
    expect(fact(card, '上次成功发送')).toBe(`3分钟前（${formatInstant(FAILED.lastSuccessAt)}）`);
    expect(fact(card, '下次自动发送')).toBe(`4分钟后（${formatInstant(FAILED.nextAttemptAt)}）`);
    expect(fact(card, '区级平台地址')).toBe(HUB);
  });

  it('lists the records the hub sent back with the reason, a case linked to its page', async () => {
    renderWithApi(<SyncPage />, {
      'sync.status': () =>
        enrolled({
          rejected: [
            {
              kind: 'case',
              id: 'case-0193',
              version: 7,
              reason: '申请人的身份证号码不正确',
              receivedAt: '2026-11-29T06:00:00.000Z',
              label: '（2026）梅园民调字第3号',
            },
            {
              kind: 'mediator',
              id: 'mediator-1',
              version: 2,
              reason: '调解员的联系电话不正确',
              receivedAt: '2026-11-28T06:00:00.000Z',
              label: '王调解',
            },
          ],
        }),
    });
    const section = await screen.findByRole('region', { name: '被退回的记录' });
    expect(section).toHaveTextContent('更正保存后，记录会自动重新发送');
    const rows = within(within(section).getByRole('table', { name: '被退回的记录' })).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      '类型案号/名称退回原因退回时间',
      `案件（2026）梅园民调字第3号申请人的身份证号码不正确${formatInstant('2026-11-29T06:00:00.000Z')}`,
      `调解员王调解调解员的联系电话不正确${formatInstant('2026-11-28T06:00:00.000Z')}`,
    ]);
    expect(within(rows[1]!).getByRole('link', { name: '（2026）梅园民调字第3号' })).toHaveAttribute('href', '#/cases/case-0193');
    expect(within(rows[2]!).getByRole('link', { name: '王调解' })).toHaveAttribute('href', '#/mediators');

    const reconciliation = screen.getByRole('table', { name: '对账' });
    expect(within(reconciliation).getAllByRole('row')[1]).toHaveTextContent('玄武区梅园新村街道人民调解委员会42 条3f8a2c9d41b7');
  });

  it('sends on 立即同步 and says how it went; a failure in the clerk’s words', async () => {
    let next: 'ok' | 'down' = 'ok';
    let status = enrolled({ pending: 2, lastSuccessAt: minutesAgo(90) });
    const { user, api } = renderWithApi(<SyncPage />, {
      'sync.status': () => status,
      'sync.push': () => {
        if (next === 'down') {
          status = { ...status, pending: 1, lastError: { code: 'network', message: `${NETWORK}（ECONNREFUSED）` } };
          throw new AppError('UNAVAILABLE', `${NETWORK}（ECONNREFUSED）`);
        }
        status = { ...status, pending: 0, lastSuccessAt: new Date().toISOString() };
        return status;
      },
    });
    const card = await statusCard();
    expect(within(card).getByText('待发送 2 条')).toBeInTheDocument();
    expect(fact(card, '上次成功发送')).toMatch(/^1小时前（/);

    await user.click(within(card).getByRole('button', { name: '立即同步' }));
    expect(await screen.findByText('同步完成')).toBeInTheDocument();
    expect(screen.getByText('已发送到区级平台，没有待发送的记录')).toBeInTheDocument();
    expect(within(card).getByText('待发送 0 条')).toBeInTheDocument();
    expect(fact(card, '上次成功发送')).toMatch(/^刚刚（/);
    expect(within(card).getByText('正常')).toBeInTheDocument();
    expect(api.inputsOf('sync.push')).toHaveLength(1);

    next = 'down';
    status = { ...status, pending: 1 };
    await user.click(within(card).getByRole('button', { name: '立即同步' }));
    expect(await screen.findByText('同步没有完成')).toBeInTheDocument();
    expect(screen.getByText(NETWORK)).toBeInTheDocument();
    expect(await within(card).findByRole('alert', { name: '上次发送没有成功' })).toHaveTextContent(NETWORK);
    expect(within(card).getByText('待发送 1 条')).toBeInTheDocument();
    expect(screen.queryByText(/ECONNREFUSED/)).not.toBeInTheDocument();
    expect(api.inputsOf('sync.push')).toHaveLength(2);
  });

  describe('离线报送', () => {
    beforeEach(() => {
      URL.createObjectURL = vi.fn(() => 'blob:fqsync');
      URL.revokeObjectURL = vi.fn();
    });
    afterEach(() => vi.restoreAllMocks());

    it('exports the offline file and takes in the district’s receipts file', async () => {
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
      let status = enrolled({ pending: 4 });
      const { user, api } = renderWithApi(<SyncPage />, {
        'sync.status': () => status,
        'sync.exportFile': () => ({ fileName: '枫桥同步-320102002000-20261129.fqsync', content: 'RlFQQUNL' }),
        'sync.importReceipts': () => {
          status = { ...status, pending: 0 };
          return { receipts: 1, accepted: 3, rejected: 1, pending: 0 };
        },
      });
      const section = await screen.findByRole('region', { name: '离线报送（没有网络时）' });
      expect(
        within(section)
          .getAllByRole('listitem')
          .map((i) => i.textContent),
      ).toEqual([
        expect.stringContaining('导出离线文件'),
        expect.stringContaining('拷贝到U盘，交区司法局'),
        expect.stringContaining('导入回执文件'),
      ]);
      await user.click(within(section).getByRole('button', { name: '导出离线文件' }));
      expect(await screen.findByText('已导出离线文件')).toBeInTheDocument();
      expect(click).toHaveBeenCalledTimes(1);
      expect(api.inputsOf('sync.exportFile')).toHaveLength(1);

      const receipts = new File(['{"format":1,"type":"fengqiao-receipts","receipts":[]}'], '回执-梅园.json');
      await user.upload(within(section).getByLabelText('回执文件'), receipts);
      expect(await screen.findByText('回执已导入')).toBeInTheDocument();
      expect(screen.getByText('区级平台接收 3 条，退回 1 条；没有待发送的记录')).toBeInTheDocument();
      expect(api.inputsOf('sync.importReceipts')).toEqual([
        { fileName: '回执-梅园.json', content: btoa('{"format":1,"type":"fengqiao-receipts","receipts":[]}') },
      ]);
      await waitFor(async () => expect(within(await statusCard()).getByText('待发送 0 条')).toBeInTheDocument());
      expect(within(section).getByRole('button', { name: '导出离线文件' })).toBeDisabled();
    });
  });

  it('shows a clerk neither the enrolment nor the offline file and receipts, but 立即同步; a mediator not even that', async () => {
    const unenrolled = renderWithApi(<SyncPage />, { 'sync.status': () => UNENROLLED }, { user: userOf('clerk') });
    const card = await statusCard();
    expect(within(card).getByRole('alert', { name: '本机尚未登记到区级平台' })).toHaveTextContent('请调委会主任或系统管理员');
    expect(screen.queryByRole('form', { name: '登记到区级平台' })).not.toBeInTheDocument();
    unenrolled.unmount();

    const clerk = renderWithApi(<SyncPage />, { 'sync.status': () => enrolled({ pending: 2 }) }, { user: userOf('clerk') });
    const section = await screen.findByRole('region', { name: '离线报送（没有网络时）' });
    expect(within(section).queryByRole('button', { name: '导入回执文件' })).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: '导出离线文件' })).not.toBeInTheDocument();
    expect(within(section).getByText('导出离线文件和导入回执文件由调委会主任或系统管理员操作。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '重新登记' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: '登记到区级平台' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '立即同步' })).toBeInTheDocument();
    clerk.unmount();

    renderWithApi(<SyncPage />, { 'sync.status': () => enrolled({ pending: 2 }) }, { user: userOf('mediator') });
    expect(within(await statusCard()).getByText('待发送 2 条')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '立即同步' })).not.toBeInTheDocument();
  });

  it('explains a device the hub stopped: nothing goes up any more, re-enrol with a new code from the district', async () => {
    const revokedAt = '2026-11-28T01:00:00.000Z';
    const { user } = renderWithApi(<SyncPage />, {
      'sync.status': () =>
        enrolled({
          pending: 6,
          revokedAt,
          lastError: { code: 'revoked_device', message: '本机已被区级平台停用，请联系区司法局' },
        }),
    });
    const card = await statusCard();
    expect(within(card).getByText('本机已被停用')).toBeInTheDocument();
    const alert = within(card).getByRole('alert', { name: '本机已被区级平台停用' });
    expect(alert).toHaveTextContent(`区级平台于 ${formatInstant(revokedAt)} 停用了本机，本机不再向区级平台发送数据`);
    expect(alert).toHaveTextContent('请向区司法局申请新的登记码');
    expect(within(card).queryByRole('alert', { name: '上次发送没有成功' })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: '立即同步' })).not.toBeInTheDocument();
    expect(within(card).queryByText('下次自动发送', { selector: 'dt' })).not.toBeInTheDocument();

    const form = screen.getByRole('form', { name: '登记到区级平台' });
    expect(within(form).getByRole('textbox', { name: /区级平台地址/ })).toHaveValue(HUB);
    expect(within(form).queryByRole('button', { name: '取消' })).not.toBeInTheDocument();
    const offline = screen.getByRole('region', { name: '离线报送（没有网络时）' });
    expect(within(offline).queryByRole('button', { name: '导出离线文件' })).not.toBeInTheDocument();
    expect(within(offline).getByRole('button', { name: '导入回执文件' })).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: '登记本机' }));
    expect(await within(form).findByText('请填写登记码')).toBeInTheDocument();
  });

  it('keeps re-enrolment behind 重新登记 while all is well', async () => {
    const { user } = renderWithApi(<SyncPage />, { 'sync.status': () => enrolled() });
    const card = await statusCard();
    expect(within(card).getByText('正常')).toBeInTheDocument();
    expect(within(card).getByText('待发送 0 条')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: '登记到区级平台' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '重新登记' }));
    const form = screen.getByRole('form', { name: '登记到区级平台' });
    await user.click(within(form).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('form', { name: '登记到区级平台' })).not.toBeInTheDocument();
  });
});

describe('同步 · words', () => {
  it('leaves out a trailing technical note, never the clerk’s own words in brackets', () => {
    expect(clerkWords(`${NETWORK}（ECONNREFUSED）`)).toBe(NETWORK);
    expect(clerkWords('连接区级平台超时（网络太慢或中断），稍后会自动重试（TimeoutError）')).toBe(
      '连接区级平台超时（网络太慢或中断），稍后会自动重试',
    );
    expect(clerkWords('区级平台地址不正确：tongbu（应如 https://tongbu.example.gov.cn）')).toBe(
      '区级平台地址不正确：tongbu（应如 https://tongbu.example.gov.cn）',
    );
    expect(clerkWords('本机尚未登记到区级平台：请先用区司法局给的登记码登记（sync enroll）')).toBe(
      '本机尚未登记到区级平台：请先用区司法局给的登记码登记',
    );
  });

  it('says how long ago, or how soon, in minutes, hours and days; what happened is never ahead', () => {
    const now = Date.parse('2026-11-29T07:20:00.000Z');
    const at = (ms: number) => new Date(now + ms).toISOString();
    expect(relativeTime(at(-30_000), now)).toBe('刚刚');
    expect(relativeTime(at(-3 * 60_000), now)).toBe('3分钟前');
    expect(relativeTime(at(-5 * 3_600_000), now)).toBe('5小时前');
    expect(relativeTime(at(-2 * 86_400_000), now)).toBe('2天前');
    expect(relativeTime(at(4 * 60_000), now)).toBe('4分钟后');
    expect(relativeTime(at(20_000), now)).toBe('1分钟内');
    expect(relativeTime(at(20_000), now, 'past')).toBe('刚刚');
    expect(relativeTime(at(-20_000), now, 'future')).toBe('1分钟内');
  });
});
