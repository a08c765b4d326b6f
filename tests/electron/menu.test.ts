// The Chinese application menu.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { aboutBox, buildMenuTemplate } from '../../electron/menu.ts';

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  return template.find((item) => item.label === label)!.submenu as MenuItemConstructorOptions[];
}

describe('buildMenuTemplate', () => {
  it('has 文件, 编辑, 视图 and 帮助', () => {
    expect(buildMenuTemplate({ isPackaged: true, showAbout: () => {} }).map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('uses roles with Chinese labels for quitting and editing', () => {
    const template = buildMenuTemplate({ isPackaged: true, showAbout: () => {} });
    expect(submenu(template, '文件')).toEqual([{ role: 'quit', label: '退出' }]);
    const edit = submenu(template, '编辑').filter((i) => i.role);
    expect(edit.map((i) => [i.role, i.label])).toEqual([
      ['undo', '撤销'],
      ['redo', '重做'],
      ['cut', '剪切'],
      ['copy', '复制'],
      ['paste', '粘贴'],
      ['selectAll', '全选'],
    ]);
  });

  it('offers developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) => submenu(buildMenuTemplate({ isPackaged, showAbout: () => {} }), '视图').map((i) => i.role);
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'zoomIn', 'zoomOut', 'resetZoom']));
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('关于 shows the version and the data folder', () => {
    const showAbout = vi.fn();
    const about = submenu(buildMenuTemplate({ isPackaged: true, showAbout }), '帮助')[0]!;
    (about.click as () => void)();
    expect(showAbout).toHaveBeenCalledOnce();
    const box = aboutBox({ version: '0.1.0', dataDir: '/home/wang/.config/fengqiao' });
    expect(box.detail).toContain('0.1.0');
    expect(box.detail).toContain('/home/wang/.config/fengqiao');
  });
});
