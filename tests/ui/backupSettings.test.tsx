// @vitest-environment jsdom
// 设置 · 数据备份: the passphrase set the first time (typed twice, with the warning to write it down; the register's
// refusal next to its field), kept when left empty later; 立即备份 with a failure in red and a second copy that
// did not reach the USB stick in orange; the files kept; the section only for a role that may manage backups.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { BackupSettings } from '../../renderer/backup/BackupSettings.tsx';
import { formatInstant } from '../../renderer/common/dates.ts';
import type { BackupStatus } from '../../shared/domain/backup.ts';
import { AppError } from '../../shared/errors.ts';
import { userOf } from './accountFixtures.ts';
import { renderWithApi } from './render.tsx';

const PASSPHRASE = '梅园调委会的备份2026';
import { UNSET } from './backupFixtures.ts';

const USB = 'E:\\枫桥备份';

const fileOf = (at: string, bytes: number) => ({ name: `fengqiao-auto-${at.replace(/[:.]/g, '-')}.fqbak`, createdAt: at, bytes });
const MARCH_1 = fileOf('2026-03-01T01:00:00.000Z', 5_452_595);
const MARCH_2 = fileOf('2026-03-02T01:00:00.000Z', 5_557_452);
const MARCH_3 = fileOf('2026-03-03T02:30:00.000Z', 5_662_310);

const SET: BackupStatus = {
  ...UNSET,
  configured: true,
  extraFolder: USB,
  lastSuccessAt: MARCH_2.createdAt,
  lastFile: MARCH_2.name,
  nextDueAt: '2026-03-03T01:00:00.000Z',
  files: [MARCH_2, MARCH_1],
};

function passwordIn(scope: HTMLElement, label: string): HTMLInputElement {
  return within(scope).getByLabelText(new RegExp(`^${label}( \\*)?$`));
}

/** The value beside a label in the overview (a description list). */
function overview(scope: HTMLElement, label: string): string | null {
  return within(scope).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? null;
}

async function section() {
  return screen.findByRole('region', { name: '数据备份' });
}

describe('设置 · 数据备份', () => {
  it('sets the passphrase the first time: typed twice, with the warning; the register’s refusal next to its field', async () => {
    let status = UNSET;
    const { user, api } = renderWithApi(<BackupSettings />, {
      'backup.status': () => status,
      'backup.configure': (input) => {
        if (input.extraFolder && !/^[A-Z]:\\/.test(input.extraFolder))
          throw new AppError('VALIDATION', '请填写完整的文件夹路径（例如 E:\\枫桥备份）', [
            { path: 'extraFolder', message: '请填写完整路径' },
          ]);
        status = { ...status, configured: true, keep: input.keep, extraFolder: input.extraFolder, nextDueAt: '2026-03-03T01:00:00.000Z' };
        return status;
      },
    });
    const region = await section();
    expect(await within(region).findByText(/未设置：请在下面设置备份口令/)).toBeInTheDocument();
    expect(overview(region, '上次成功备份')).toBe('还没有备份过');
    expect(within(region).getByText('本机还没有备份文件。')).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: '立即备份' })).toBeDisabled();

    const form = within(region).getByRole('form', { name: '备份设置' });
    expect(within(form).getByRole('alert', { name: '请把备份口令抄写下来，妥善保管' })).toHaveTextContent('口令一旦遗忘，备份就无法打开');
    await user.click(within(form).getByRole('button', { name: '保存备份设置' }));
    expect(await within(form).findByText('首次设置时请填写备份口令')).toBeInTheDocument();

    await user.type(passwordIn(form, '备份口令'), 'short');
    await user.type(passwordIn(form, '再次输入备份口令'), 'shorter');
    await user.click(within(form).getByRole('button', { name: '保存备份设置' }));
    expect(await within(form).findByText('备份口令至少8个字符')).toBeInTheDocument();
    expect(within(form).getByText('两次输入的备份口令不一致')).toBeInTheDocument();
    expect(api.inputsOf('backup.configure')).toHaveLength(0);

    await user.clear(passwordIn(form, '备份口令'));
    await user.type(passwordIn(form, '备份口令'), PASSPHRASE);
    await user.clear(passwordIn(form, '再次输入备份口令'));
    await user.type(passwordIn(form, '再次输入备份口令'), PASSPHRASE);
    await user.type(within(form).getByRole('textbox', { name: '第二份备份的文件夹' }), '枫桥备份');
    await user.click(within(form).getByRole('button', { name: '保存备份设置' }));
    expect(await within(form).findByText('请填写完整路径')).toBeInTheDocument();
    expect(within(form).queryByText('两次输入的备份口令不一致')).not.toBeInTheDocument();

    const folder = within(form).getByRole('textbox', { name: '第二份备份的文件夹' });
    await user.clear(folder);
    await user.type(folder, USB);
    expect(within(form).queryByText('请填写完整路径')).not.toBeInTheDocument();
    await user.clear(within(form).getByRole('textbox', { name: '保留份数' }));
    await user.type(within(form).getByRole('textbox', { name: '保留份数' }), '14');
    await user.click(within(form).getByRole('button', { name: '保存备份设置' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('已保存');
    expect(api.inputsOf('backup.configure')).toEqual([
      { passphrase: PASSPHRASE, keep: 7, extraFolder: '枫桥备份' },
      { passphrase: PASSPHRASE, keep: 14, extraFolder: USB },
    ]);
    expect(overview(region, '自动备份')).toBe('已设置（程序打开时每天一次，保留最近 14 份）');
    expect(overview(region, '第二份备份')).toBe(USB);
    expect(passwordIn(form, '备份口令')).toHaveValue('');
    expect(passwordIn(form, '再次输入备份口令')).toHaveValue('');
    expect(within(region).getByRole('button', { name: '立即备份' })).toBeEnabled();
  });

  it('keeps the passphrase when it is left empty later', async () => {
    const { user, api } = renderWithApi(<BackupSettings />, {
      'backup.status': () => SET,
      'backup.configure': (input) => ({ ...SET, keep: input.keep, extraFolder: input.extraFolder }),
    });
    const form = await within(await section()).findByRole('form', { name: '备份设置' });
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: '第二份备份的文件夹' })).toHaveValue(USB);
    await user.clear(within(form).getByRole('textbox', { name: '第二份备份的文件夹' }));
    await user.click(within(form).getByRole('button', { name: '保存备份设置' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('已保存');
    expect(api.inputsOf('backup.configure')).toEqual([{ passphrase: null, keep: 7, extraFolder: null }]);
  });

  it('backs up now: a failure in red with its words, a second copy that failed in orange, and the files kept', async () => {
    const answers: BackupStatus[] = [
      { ...SET, lastError: '磁盘空间不足，备份没有完成', lastErrorAt: '2026-03-03T02:00:00.000Z' },
      {
        ...SET,
        lastSuccessAt: MARCH_3.createdAt,
        lastFile: MARCH_3.name,
        nextDueAt: '2026-03-04T02:30:00.000Z',
        extraError: `文件夹 ${USB} 不存在或无法写入：请插好U盘或检查路径`,
        files: [MARCH_3, MARCH_2, MARCH_1],
      },
    ];
    let release = () => {};
    const { user, api } = renderWithApi(<BackupSettings />, {
      'backup.status': () => SET,
      'backup.run': () => new Promise<BackupStatus>((resolve) => (release = () => resolve(answers.shift()!))),
    });
    const region = await section();
    const table = await within(region).findByRole('table', { name: '备份文件' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      `${formatInstant(MARCH_2.createdAt)}5.3 MB${MARCH_2.name}`,
      `${formatInstant(MARCH_1.createdAt)}5.2 MB${MARCH_1.name}`,
    ]);
    expect(overview(region, '上次成功备份')).toBe(formatInstant(SET.lastSuccessAt));
    expect(overview(region, '下次备份')).toBe(formatInstant(SET.nextDueAt));

    const run = within(region).getByRole('button', { name: '立即备份' });
    await user.click(run);
    await waitFor(() => expect(run).toBeDisabled());
    release();
    const failed = await within(region).findByRole('alert', { name: '上次备份没有成功' });
    expect(failed).toHaveTextContent(`${formatInstant('2026-03-03T02:00:00.000Z')}：磁盘空间不足，备份没有完成`);
    expect(run).toBeEnabled();

    await user.click(run);
    release();
    const usb = await within(region).findByRole('alert', { name: '第二份备份没有复制成功' });
    expect(usb).toHaveTextContent(`文件夹 ${USB} 不存在或无法写入：请插好U盘或检查路径`);
    expect(usb).toHaveTextContent('本机的备份已经完成');
    expect(within(region).queryByRole('alert', { name: '上次备份没有成功' })).not.toBeInTheDocument();
    expect(within(within(region).getByRole('table', { name: '备份文件' })).getAllByRole('row')).toHaveLength(4);
    expect(overview(region, '上次成功备份')).toBe(formatInstant(MARCH_3.createdAt));
    expect(api.inputsOf('backup.run')).toHaveLength(2);
  });

  it('is not shown to a role that may not manage backups, and a refusal shows as a quiet notice', async () => {
    const director = renderWithApi(<BackupSettings />, { 'backup.status': () => SET }, { user: userOf('director') });
    expect(screen.queryByRole('region', { name: '数据备份' })).not.toBeInTheDocument();
    expect(director.api.calls).toHaveLength(0);
    director.unmount();

    renderWithApi(<BackupSettings />, {
      'backup.status': () => {
        throw new AppError('FORBIDDEN', '没有权限');
      },
    });
    expect(await within(await section()).findByText('只有系统管理员可以查看和设置备份。')).toBeInTheDocument();
  });
});
