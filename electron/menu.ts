// The application menu, in Chinese: 文件 / 编辑 / 视图 / 帮助. Kept minimal; the work happens in the window.
import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';

export interface MenuOptions {
  /** Developer tools are offered only in an unpackaged (development) app. */
  isPackaged: boolean;
  showAbout: () => void;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: '重新加载' },
    { type: 'separator' },
    { role: 'resetZoom', label: '实际大小' },
    { role: 'zoomIn', label: '放大' },
    { role: 'zoomOut', label: '缩小' },
  ];
  if (!options.isPackaged) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: '开发者工具' });

  return [
    { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    { label: '视图', submenu: view },
    { label: '帮助', submenu: [{ label: '关于枫桥', click: () => options.showAbout() }] },
  ];
}

/** The 关于 box: what version this is and where the register's data lives. */
export function aboutBox(info: { version: string; dataDir: string }): MessageBoxOptions {
  return {
    type: 'info',
    title: '关于枫桥',
    message: '枫桥人民调解工作台',
    detail: `版本：${info.version}\n数据文件夹：${info.dataDir}`,
    buttons: ['确定'],
    noLink: true,
  };
}
