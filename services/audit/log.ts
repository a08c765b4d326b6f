// Reading the audit log: the viewer's pages (newest first, with a Chinese summary and no personal data) and the
// entries of one record.
import type { Kysely } from 'kysely';
import type { AuditEntry, AuditPage, AuditQuery } from '../../shared/domain/account.ts';
import { STEP_LABELS } from '../../shared/domain/lifecycle.ts';
import type { DB } from '../db/schema.ts';
import type { AuditEntity, ChangeEntry } from '../changeLog.ts';

const ENTITY_LABELS: Record<AuditEntity, string> = {
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

const ACTION_LABELS: Record<string, string> = {
  read: '查看',
  create: '新建',
  update: '修改',
  register: '登记',
  correct: '更正',
  import: '导入',
  export: '导出',
  login: '登录',
  'login.failed': '登录失败',
  logout: '退出登录',
  lock: '锁定屏幕',
  unlock: '解除锁定',
  'password.change': '修改密码',
  'password.reset': '重置密码',
  'password.recover': '本机恢复管理员密码',
  denied: '越权操作被拒绝',
  backup: '备份',
  restore: '恢复',
  setup: '初始设置',
};

export function summarize(entity: string, action: string): string {
  const what = ENTITY_LABELS[entity as AuditEntity] ?? entity;
  const how = ACTION_LABELS[action] ?? (STEP_LABELS as Record<string, string>)[action] ?? action;
  return `${how}${what === '登录' ? '' : ` · ${what}`}`;
}

type Query = Omit<AuditQuery, 'limit'> & { limit: number };

export async function listAudit(db: Kysely<DB>, query: Query): Promise<AuditPage> {
  let q = db
    .selectFrom('change_log')
    .select(['seq', 'at', 'actor', 'user_id', 'entity', 'entity_id', 'action'])
    .orderBy('seq', 'desc')
    .limit(query.limit + 1);
  if (query.before) q = q.where('seq', '<', query.before);
  if (query.userId) q = q.where('user_id', '=', query.userId);
  if (query.entity) q = q.where('entity', '=', query.entity);
  if (query.entityId) q = q.where('entity_id', '=', query.entityId);
  if (query.action) q = q.where('action', '=', query.action);
  if (query.from) q = q.where('at', '>=', query.from);
  if (query.to) q = q.where('at', '<=', `${query.to}\uffff`);
  const rows = await q.execute();
  const entries: AuditEntry[] = rows.slice(0, query.limit).map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    userId: r.user_id,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    summary: summarize(r.entity, r.action),
  }));
  return { entries, hasMore: rows.length > query.limit };
}

export interface ChangeRecord extends ChangeEntry {
  seq: number;
  userId: string | null;
}

/** Every entry about one record, oldest first, with its data. */
export async function changesOf(db: Kysely<DB>, entity: AuditEntity, entityId: string): Promise<ChangeRecord[]> {
  const rows = await db
    .selectFrom('change_log')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    userId: r.user_id,
    entity: r.entity as AuditEntity,
    entityId: r.entity_id,
    action: r.action,
    data: JSON.parse(r.data) as unknown,
  }));
}
