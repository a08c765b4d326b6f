// What each role may do. Every method of the API contract has exactly one rule here (the type makes a missing
// one a compile error, and a test checks the table at run time); the dispatcher enforces it before any handler
// runs, so the UI hiding a button is a courtesy, never the protection.
import type { MethodName } from '../api/contract.ts';
import type { Role } from '../domain/account.ts';

export const CAPABILITIES = {
  'case.read': '查看案件和当事人信息',
  'case.register': '登记和修改案件',
  'case.record': '记录办案环节、上传材料',
  'case.correct': '更正已记录的环节',
  'screening.report': '填报矛盾纠纷排查',
  'roster.manage': '管理调委会和调解员',
  'config.manage': '修改系统设置',
  'user.manage': '管理账户',
  'audit.read': '查看审计日志',
  'data.import': '导入台账和案件',
  'data.export': '导出登记簿',
  'backup.manage': '备份与恢复',
  'subsidy.manage': '设置和核算个案补贴',
  'sync.manage': '登记到区级平台、导入区级回执',
} as const;
export type Capability = keyof typeof CAPABILITIES;

/**
 * - `public`: anyone who can reach the register (before sign-in: status, sign-in, reference data);
 * - `session`: any signed-in user, also while the screen is locked or a new password is due;
 * - `operator`: only the local operator at the command line (physical access), never over IPC or HTTP;
 * - a capability: a signed-in, unlocked user whose role has it (the local operator has every one).
 */
export type Rule = 'public' | 'session' | 'operator' | Capability;

export const METHOD_RULES = {
  'app.info': 'public',
  'auth.status': 'public',
  'auth.setupAdmin': 'public',
  'auth.login': 'public',
  'auth.unlock': 'session',
  'auth.lock': 'session',
  'auth.touch': 'session',
  'auth.logout': 'session',
  'auth.changePassword': 'session',
  'users.list': 'user.manage',
  'users.add': 'user.manage',
  'users.update': 'user.manage',
  'users.resetPassword': 'user.manage',
  'users.recover': 'operator',
  'security.get': 'session',
  'security.set': 'user.manage',
  'audit.list': 'audit.read',
  'audit.verify': 'audit.read',
  'backup.status': 'backup.manage',
  'backup.configure': 'backup.manage',
  'backup.run': 'backup.manage',
  // Only meaningful while the register is damaged, when no account can be checked: whoever is at the PC.
  'recovery.status': 'public',
  'recovery.restore': 'public',
  'setup.status': 'public',
  'setup.complete': 'config.manage',
  'committees.list': 'case.read',
  'committees.add': 'roster.manage',
  'divisions.children': 'public',
  'divisions.path': 'public',
  'cases.register': 'case.register',
  'cases.list': 'case.read',
  'cases.get': 'case.read',
  'cases.update': 'case.register',
  'cases.record': 'case.record',
  'cases.correct': 'case.correct',
  'cases.import': 'data.import',
  'ledger.read': 'data.import',
  'ledger.preview': 'data.import',
  'ledger.import': 'data.import',
  'data.exportXlsx': 'data.export',
  'attachments.add': 'case.record',
  'attachments.get': 'case.read',
  'work.today': 'case.read',
  'warnings.board': 'case.read',
  'screening.overview': 'case.read',
  'screening.report': 'screening.report',
  'screening.list': 'case.read',
  'committees.overview': 'case.read',
  'committees.update': 'roster.manage',
  'mediators.list': 'case.read',
  'mediators.get': 'case.read',
  'mediators.add': 'roster.manage',
  'mediators.update': 'roster.manage',
  'mediators.leave': 'roster.manage',
  'mediators.grade': 'roster.manage',
  'mediators.training': 'roster.manage',
  'mediators.honour': 'roster.manage',
  'roster.exportXlsx': 'data.export',
  'stats.report': 'case.read',
  'stats.cases': 'case.read',
  // Figures only, no personal data: whoever reads the statistics may take them to Excel for the monthly report.
  'stats.exportXlsx': 'case.read',
  'subsidy.rules': 'subsidy.manage',
  'subsidy.setRules': 'subsidy.manage',
  'subsidy.sheet': 'subsidy.manage',
  'subsidy.exportXlsx': 'subsidy.manage',
  'documents.available': 'case.read',
  'documents.render': 'case.read',
  'documents.caseFile': 'case.read',
  'documents.print': 'case.read',
  'documents.wording': 'case.read',
  'documents.setWording': 'config.manage',
  'config.get': 'case.read',
  'config.set': 'config.manage',
  'sync.status': 'case.read',
  // Sending what is already due to go up is part of keeping the register: whoever registers cases may press 立即同步.
  'sync.push': 'case.register',
  'sync.enrol': 'sync.manage',
  'sync.exportFile': 'data.export',
  'sync.importReceipts': 'sync.manage',
  'sync.restore': 'sync.manage',
  'sync.declineRestore': 'sync.manage',
  'sync.notes': 'case.read',
  // Dealing with the district's question is the clerk's work on the record.
  'sync.handleNote': 'case.register',
  'reference.current': 'case.read',
} as const satisfies Record<MethodName, Rule>;

const ALL = Object.keys(CAPABILITIES) as Capability[];

export const ROLE_CAPABILITIES: Record<Role, readonly Capability[]> = {
  clerk: ['case.read', 'case.register', 'case.record', 'screening.report'],
  mediator: ['case.read', 'case.record', 'screening.report'],
  director: ALL.filter((c) => c !== 'user.manage' && c !== 'backup.manage'),
  // A small office often has one person for everything: the administrator may do all of it.
  admin: ALL,
};

export function ruleOf(method: MethodName): Rule {
  return METHOD_RULES[method];
}

export function roleMay(role: Role, capability: Capability): boolean {
  return ROLE_CAPABILITIES[role].includes(capability);
}

/** True when a signed-in user of this role may call the method (the UI uses this to hide what it cannot do). */
export function mayCall(role: Role, method: MethodName): boolean {
  const rule: Rule = METHOD_RULES[method];
  if (rule === 'public' || rule === 'session') return true;
  if (rule === 'operator') return false;
  return roleMay(role, rule);
}
