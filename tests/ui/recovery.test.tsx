// @vitest-environment jsdom
// The register failed its check at start: the backups newest first (this PC's and the USB stick's), a restore
// confirmed in a dialog and shown while it runs, then where the damaged file is kept and 进入枫桥; the
// passphrase asked for when the register says this PC has no key; no backup at all, then a USB stick plugged in.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { formatInstant } from '../../renderer/common/dates.ts';
import { RecoveryPage } from '../../renderer/startup/RecoveryPage.tsx';
import type { MethodOutput } from '../../shared/api/contract.ts';
import type { RecoveryStatus } from '../../shared/domain/backup.ts';
import { AppError } from '../../shared/errors.ts';
import type { FakeHandlers } from './fakeApi.ts';
import { renderWithApi } from './render.tsx';

const DATA = 'C:\\Users\\wang\\AppData\\Roaming\\fengqiao';
const DATABASE = `${DATA}\\fengqiao.sqlite3`;
const KEPT = `${DATA}\\fengqiao.sqlite3.damaged-2026-03-04T01-00-00-000Z`;
const PASSPHRASE = '梅园调委会的备份2026';

function backup(at: string, bytes: number, location: 'auto' | 'extra') {
  const name = `fengqiao-auto-${at.replace(/[:.]/g, '-')}.fqbak`;
  const folder = location === 'auto' ? `${DATA}\\backups\\auto` : 'E:\\枫桥备份';
  return { name, createdAt: at, bytes, file: `${folder}\\${name}`, location };
}
const MARCH_3 = backup('2026-03-03T01:00:00.000Z', 5_662_310, 'auto');
const MARCH_2_USB = backup('2026-03-02T01:00:00.000Z', 5_557_452, 'extra');
const MARCH_1 = backup('2026-03-01T01:00:00.000Z', 5_452_595, 'auto');

const DAMAGED: RecoveryStatus = {
  problem: `数据文件 ${DATABASE} 检查未通过，可能已损坏（*** in database main *** Page 12: btree page has bad header）。`,
  databaseFile: DATABASE,
  // Out of order on purpose: the page lists them newest first whatever the order.
  backups: [MARCH_1, MARCH_3, MARCH_2_USB],
};

const RESTORED: MethodOutput<'recovery.restore'> = { cases: 1234, createdAt: MARCH_3.createdAt, replaced: KEPT };

function renderRecovery(status: RecoveryStatus, handlers: FakeHandlers) {
  const onRecovered = vi.fn();
  const view = renderWithApi(<RecoveryPage status={status} onRecovered={onRecovered} />, handlers);
  return { ...view, onRecovered };
}

function passwordIn(scope: HTMLElement, label: string): HTMLInputElement {
  return within(scope).getByLabelText(new RegExp(`^${label}( \\*)?$`));
}

function rowsOf(table: HTMLElement): HTMLElement[] {
  return within(table).getAllByRole('row').slice(1);
}

describe('数据文件检查未通过', () => {
  it('lists the backups newest first, restores the one confirmed and says where the damaged file is kept', async () => {
    let release = () => {};
    const { user, api, onRecovered } = renderRecovery(DAMAGED, {
      'recovery.restore': () => new Promise((resolve) => (release = () => resolve(RESTORED))),
    });
    expect(screen.getByRole('heading', { name: '数据文件检查未通过' })).toBeInTheDocument();
    expect(screen.getByRole('alert', { name: '登记簿暂时不能使用' })).toHaveTextContent('btree page has bad header');
    expect(screen.getByText(/枫桥没有改动这个数据文件/)).toHaveTextContent(DATABASE);

    const rows = rowsOf(screen.getByRole('table', { name: '可用的备份' }));
    expect(rows.map((r) => r.textContent)).toEqual([
      `${formatInstant(MARCH_3.createdAt)}最新5.4 MB本机从此备份恢复`,
      `${formatInstant(MARCH_2_USB.createdAt)}5.3 MBU盘/第二份从此备份恢复`,
      `${formatInstant(MARCH_1.createdAt)}5.2 MB本机从此备份恢复`,
    ]);

    // Cancelled: nothing restored.
    await user.click(within(rows[1]!).getByRole('button', { name: '从此备份恢复' }));
    let dialog = await screen.findByRole('dialog', { name: '恢复备份' });
    expect(dialog).toHaveTextContent(`将用 ${formatInstant(MARCH_2_USB.createdAt)} 的备份（U盘/第二份）恢复登记簿`);
    expect(dialog).toHaveTextContent(MARCH_2_USB.file);
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.inputsOf('recovery.restore')).toHaveLength(0);

    await user.click(within(rows[0]!).getByRole('button', { name: '从此备份恢复' }));
    dialog = await screen.findByRole('dialog', { name: '恢复备份' });
    expect(within(dialog).queryByLabelText(/^备份口令/)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '确认恢复' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('正在恢复');
    expect(within(dialog).getByRole('button', { name: '确认恢复' })).toBeDisabled();
    release();

    expect(await screen.findByRole('heading', { name: '恢复完成' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const done = screen.getByRole('status', { name: '已从备份恢复' });
    expect(done).toHaveTextContent(`已放回 ${formatInstant(MARCH_3.createdAt)} 的备份，共 1234 件案件。`);
    expect(done).toHaveTextContent(`损坏的数据文件已保留在：${KEPT}`);
    expect(api.inputsOf('recovery.restore')).toEqual([{ file: MARCH_3.file, passphrase: null }]);

    expect(onRecovered).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: '进入枫桥' }));
    expect(onRecovered).toHaveBeenCalledOnce();
  });

  it('asks for the passphrase when the register has no key for the backup, and says when it is wrong', async () => {
    const { user, api } = renderRecovery(DAMAGED, {
      'recovery.restore': ({ passphrase }) => {
        if (!passphrase)
          throw new AppError('VALIDATION', '本机没有保存备份口令：请输入备份口令', [{ path: 'passphrase', message: '请输入备份口令' }]);
        if (passphrase !== PASSPHRASE) throw new AppError('VALIDATION', '口令不正确，或备份文件已损坏、被改动：未作任何改动');
        return { ...RESTORED, createdAt: MARCH_2_USB.createdAt };
      },
    });
    const rows = rowsOf(screen.getByRole('table', { name: '可用的备份' }));
    await user.click(within(rows[1]!).getByRole('button', { name: '从此备份恢复' }));
    const dialog = await screen.findByRole('dialog', { name: '恢复备份' });
    await user.click(within(dialog).getByRole('button', { name: '确认恢复' }));

    const field = await waitFor(() => passwordIn(dialog, '备份口令'));
    expect(within(dialog).getByText('请输入备份口令')).toBeInTheDocument();
    await user.type(field, '记错的口令12345');
    expect(within(dialog).queryByText('请输入备份口令')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '确认恢复' }));
    expect(await within(dialog).findByRole('alert', { name: '没有恢复' })).toHaveTextContent(
      '口令不正确，或备份文件已损坏、被改动：未作任何改动',
    );

    await user.clear(field);
    await user.type(field, PASSPHRASE);
    await user.click(within(dialog).getByRole('button', { name: '确认恢复' }));
    expect(await screen.findByRole('heading', { name: '恢复完成' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '已从备份恢复' })).toHaveTextContent(KEPT);
    expect(api.inputsOf('recovery.restore')).toEqual([
      { file: MARCH_2_USB.file, passphrase: null },
      { file: MARCH_2_USB.file, passphrase: '记错的口令12345' },
      { file: MARCH_2_USB.file, passphrase: PASSPHRASE },
    ]);
  });

  it('with no backup, says whom to call and that the damaged file is untouched; finds the USB stick once plugged in', async () => {
    const { user } = renderRecovery({ ...DAMAGED, backups: [] }, { 'recovery.status': () => ({ ...DAMAGED, backups: [MARCH_2_USB] }) });
    const none = screen.getByRole('alert', { name: '没有找到可以恢复的备份' });
    expect(none).toHaveTextContent('请联系区（县）司法局的技术支持');
    expect(none).toHaveTextContent(`损坏的数据文件仍在原处，没有被改动：${DATABASE}`);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '重新查找备份' }));
    const table = await screen.findByRole('table', { name: '可用的备份' });
    expect(rowsOf(table)).toHaveLength(1);
    expect(rowsOf(table)[0]).toHaveTextContent('U盘/第二份');
    expect(screen.queryByRole('alert', { name: '没有找到可以恢复的备份' })).not.toBeInTheDocument();
  });
});
