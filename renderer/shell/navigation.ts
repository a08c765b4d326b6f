// The workbench's menu: one entry per page, in the order a clerk's day goes.
import {
  IconAlertTriangle,
  IconChartBar,
  IconClipboardCheck,
  IconCloudUpload,
  IconFilePlus,
  IconFileText,
  IconHome,
  IconListDetails,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';
import type { PageName, Route } from '../routing/routes.ts';

export interface NavEntry {
  route: Route;
  label: string;
  icon: typeof IconFilePlus;
  /** Pages that light up this entry, besides its own. */
  alsoActiveOn?: PageName[];
}

export const NAV_ENTRIES: NavEntry[] = [
  { route: { page: 'home' }, label: '今日工作', icon: IconHome },
  { route: { page: 'register' }, label: '纠纷登记', icon: IconFilePlus },
  { route: { page: 'cases' }, label: '案件台账', icon: IconListDetails, alsoActiveOn: ['case'] },
  { route: { page: 'warnings' }, label: '预警', icon: IconAlertTriangle },
  { route: { page: 'screening' }, label: '排查', icon: IconClipboardCheck },
  { route: { page: 'mediators' }, label: '调解员', icon: IconUsers },
  { route: { page: 'documents' }, label: '文书', icon: IconFileText },
  { route: { page: 'statistics' }, label: '统计', icon: IconChartBar },
  { route: { page: 'sync' }, label: '同步', icon: IconCloudUpload },
  { route: { page: 'settings' }, label: '设置', icon: IconSettings },
];
