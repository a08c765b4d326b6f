// The 同步 page's words: the state in one word, times as a clerk reads them ("3分钟前（2026年11月29日 15:20）"),
// what kind of record the hub sent back, and the hub's message without the technical code at its end.
import type { SyncOverview } from '../../shared/sync/overview.ts';
import { formatInstant } from '../common/dates.ts';

export type SyncState = 'unenrolled' | 'revoked' | 'sending' | 'failed' | 'ok';

export const STATE_LABELS: Record<SyncState, { label: string; color: string }> = {
  unenrolled: { label: '未登记', color: 'gray' },
  revoked: { label: '本机已被停用', color: 'red' },
  sending: { label: '正在发送', color: 'blue' },
  failed: { label: '上次发送失败', color: 'red' },
  ok: { label: '正常', color: 'green' },
};

/** `syncState({ enrolled: true, lastError: null, … })` → 'ok'; a revoked device stays 'revoked' whatever else. */
export function syncState(overview: SyncOverview): SyncState {
  if (!overview.enrolled) return 'unenrolled';
  if (overview.revokedAt) return 'revoked';
  if (overview.sending) return 'sending';
  if (overview.lastError) return 'failed';
  return 'ok';
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How far an instant is from `now`, in a clerk's words: `'刚刚'`, `'3分钟前'`, `'2小时前'`, `'5天前'`; ahead of
 * now `'1分钟内'`, `'4分钟后'`, `'2小时后'`. What has happened is never ahead, what is due never behind (clocks and
 * timers are a little off): `side` 'past' gives '刚刚' then, 'future' '1分钟内'.
 */
export function relativeTime(iso: string, now: number, side?: 'past' | 'future'): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const raw = now - at;
  const diff = side === 'past' ? Math.max(0, raw) : side === 'future' ? Math.min(-1, raw) : raw;
  const span = Math.abs(diff);
  if (diff >= 0) {
    if (span < MINUTE) return '刚刚';
    if (span < HOUR) return `${Math.floor(span / MINUTE)}分钟前`;
    if (span < DAY) return `${Math.floor(span / HOUR)}小时前`;
    return `${Math.floor(span / DAY)}天前`;
  }
  if (span < MINUTE) return '1分钟内';
  if (span < HOUR) return `${Math.ceil(span / MINUTE)}分钟后`;
  if (span < DAY) return `${Math.round(span / HOUR)}小时后`;
  return `${Math.round(span / DAY)}天后`;
}

/** `whenText('2026-11-29T07:20:00Z', now, 'past')` → `'3分钟前（2026年11月29日 15:20）'` (local time). */
export function whenText(iso: string, now: number, side?: 'past' | 'future'): string {
  const relative = relativeTime(iso, now, side);
  return relative ? `${relative}（${formatInstant(iso)}）` : formatInstant(iso);
}

export const KIND_LABELS: Record<string, string> = {
  case: '案件',
  mediator: '调解员',
  committee: '调委会',
  screening_report: '排查报告',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? '其他记录';
}

/**
 * The hub's (or the register's) words without a trailing technical note in brackets, which means nothing to a
 * clerk: `'无法连接区级平台（网络不通或平台未开启），稍后会自动重试（ECONNREFUSED）'` → `'…稍后会自动重试'`.
 */
export function clerkWords(message: string): string {
  return message.replace(/\s*[（(][\x20-\x7e]*[A-Za-z][\x20-\x7e]*[）)]\s*$/, '');
}

/** The reconciliation hash as shown and read out over the phone: its first 12 characters. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}
