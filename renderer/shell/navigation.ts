// The workbench's menu: one entry per page, in the order a clerk's day goes. An entry names the call its page is
// for, and a role that may not make it does not see the entry (the register refuses anyway: this is courtesy).
import {
  IconAlertTriangle,
  IconChartBar,
  IconClipboardCheck,
  IconBuildingCommunity,
  IconCloudUpload,
  IconCoinYuan,
  IconFilePlus,
  IconFileText,
  IconHistory,
  IconHome,
  IconListDetails,
  IconSettings,
  IconTableImport,
  IconUserCog,
  IconUsers,
} from '@tabler/icons-react';
import type { MethodName } from '../../shared/api/contract.ts';
import type { PageName, Route } from '../routing/routes.ts';

export interface NavEntry {
  route: Route;
  label: string;
  icon: typeof IconFilePlus;
  /** Pages that light up this entry, besides its own. */
  alsoActiveOn?: PageName[];
  /** The call the page is for: shown only to roles that may make it. */
  method?: MethodName;
}

export const NAV_ENTRIES: NavEntry[] = [
  { route: { page: 'home' }, label: '今日工作', icon: IconHome, method: 'work.today' },
  { route: { page: 'register' }, label: '纠纷登记', icon: IconFilePlus, method: 'cases.register' },
  { route: { page: 'cases' }, label: '案件台账', icon: IconListDetails, alsoActiveOn: ['case'], method: 'cases.list' },
  { route: { page: 'warnings' }, label: '预警', icon: IconAlertTriangle, method: 'warnings.board' },
  { route: { page: 'screening' }, label: '排查', icon: IconClipboardCheck, method: 'screening.overview' },
  { route: { page: 'mediators' }, label: '调解员', icon: IconUsers, method: 'mediators.list' },
  { route: { page: 'committees' }, label: '调委会', icon: IconBuildingCommunity, method: 'committees.overview' },
  { route: { page: 'documents' }, label: '文书', icon: IconFileText },
  { route: { page: 'statistics' }, label: '统计', icon: IconChartBar, method: 'stats.report' },
  { route: { page: 'subsidy' }, label: '个案补贴', icon: IconCoinYuan, method: 'subsidy.sheet' },
  { route: { page: 'sync' }, label: '同步', icon: IconCloudUpload, method: 'sync.status' },
  { route: { page: 'ledger' }, label: '台账导入与导出', icon: IconTableImport, method: 'ledger.read' },
  { route: { page: 'settings' }, label: '设置', icon: IconSettings, method: 'config.set' },
  { route: { page: 'accounts' }, label: '账户管理', icon: IconUserCog, method: 'users.list' },
  { route: { page: 'audit' }, label: '审计日志', icon: IconHistory, method: 'audit.list' },
];

/** The entries a role may use: `visibleEntries((m) => mayCall('mediator', m))` has no 纠纷登记. */
export function visibleEntries(may: (method: MethodName) => boolean): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => !entry.method || may(entry.method));
}

/** The call a page is for, if any: `pageMethod('register')` → 'cases.register'; a case's page → its list's. */
export function pageMethod(page: PageName): MethodName | undefined {
  return NAV_ENTRIES.find((entry) => entry.route.page === page || entry.alsoActiveOn?.includes(page))?.method;
}
