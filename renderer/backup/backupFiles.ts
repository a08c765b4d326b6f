// How a backup file is described on screen: its size in MB and where it lies (this PC, or the second copy).
import type { RecoveryStatus } from '../../shared/domain/backup.ts';

export type BackupLocation = RecoveryStatus['backups'][number]['location'];

export const LOCATION_LABELS: Record<BackupLocation, string> = { auto: '本机', extra: 'U盘/第二份' };

const MB = 1024 * 1024;

/** `formatSize(5_452_595)` → `'5.2 MB'`; `formatSize(1_415_577_600)` → `'1,350 MB'`; under 0.1 MB → `'0.1 MB'`. */
export function formatSize(bytes: number): string {
  const mb = Math.max(bytes / MB, 0.1);
  return `${mb.toLocaleString('zh-CN', { maximumFractionDigits: mb < 100 ? 1 : 0 })} MB`;
}
