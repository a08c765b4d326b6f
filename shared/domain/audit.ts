// How the audit log's entries are named for people: the kinds of record and the actions, in Chinese. Used by the
// register for each entry's summary and by the viewer's filter, so both say the same.
import { STEP_LABELS } from './lifecycle.ts';

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  committee: '调委会',
  case: '案件',
  mediator: '调解员',
  settings: '设置',
  attachment: '材料',
  screening_report: '排查报告',
  user: '账户',
  session: '登录',
  register: '登记簿',
};

/** The actions other than a case's steps (which are logged under their kind, labelled by STEP_LABELS). */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  read: '查看',
  create: '新建',
  update: '修改',
  register: '登记',
  correct: '更正',
  import_ledger: '导入台账',
  export: '导出',
  login: '登录',
  'login.failed': '登录失败',
  logout: '退出登录',
  unlock: '解除锁定',
  'password.change': '修改密码',
  'password.reset': '重置密码',
  'password.recover': '本机恢复管理员密码',
  denied: '越权操作被拒绝',
  backup: '备份',
};

/** 'read' on a 'case' → '查看 · 案件'; never personal data. */
export function summarizeAudit(entity: string, action: string): string {
  const what = AUDIT_ENTITY_LABELS[entity] ?? entity;
  const how = AUDIT_ACTION_LABELS[action] ?? (STEP_LABELS as Record<string, string>)[action] ?? action;
  return `${how}${what === '登录' ? '' : ` · ${what}`}`;
}
