// Who did something, as the audit log and the account list record it ('browser:wangfang', 'desktop:admin',
// 'cli:root@PC-01（本机恢复）'), in words: the account's name where it is known, else the way in and the name.
import type { User } from '../../shared/domain/account.ts';

const VIA_LABELS: Record<string, string> = { desktop: '桌面版', browser: '浏览器模式', cli: '本机命令行' };

/**
 * `actorLabel('browser:wangfang', users)` → `'王芳（wangfang）'` when the account is in `users`;
 * `actorLabel('cli:root@PC-01（本机恢复）')` → `'本机命令行：root@PC-01（本机恢复）'`.
 */
export function actorLabel(actor: string, users: readonly User[] = []): string {
  const colon = actor.indexOf(':');
  if (colon < 0) return actor;
  const via = actor.slice(0, colon);
  const who = actor.slice(colon + 1);
  const user = via !== 'cli' ? users.find((u) => u.username === who) : undefined;
  if (user) return `${user.name}（${user.username}）`;
  if (who === 'anonymous') return `${VIA_LABELS[via] ?? via}：未登录`;
  return `${VIA_LABELS[via] ?? via}：${who}`;
}

/** Whether a password was last reset at the PC itself (the recovery command), not by an administrator. */
export function isRecovery(resetBy: string): boolean {
  return resetBy.startsWith('cli:') || resetBy.includes('本机恢复');
}
