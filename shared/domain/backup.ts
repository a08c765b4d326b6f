// Automatic backups as the administrator sees and sets them: the passphrase (kept on this PC as a derived key so
// that backups run unattended), how many to keep, and an optional second folder such as a USB stick.
import { z } from '../zod.ts';

export const BACKUP_KEEP_DEFAULT = 7;
export const MIN_BACKUP_PASSPHRASE_CHARS = 8;

export const BackupConfigure = z.object({
  /** Needed the first time, and to change it; left out, the passphrase stays as it is. */
  passphrase: z
    .string()
    .nullish()
    .refine((s) => s == null || [...s].length >= MIN_BACKUP_PASSPHRASE_CHARS, `备份口令至少${MIN_BACKUP_PASSPHRASE_CHARS}个字符`),
  keep: z.number({ error: '请填写保留份数' }).int('请填写整数').min(1, '至少保留1份').max(60, '最多保留60份').default(BACKUP_KEEP_DEFAULT),
  /** A folder for a second copy (a USB stick, a shared drive); an absolute path. */
  extraFolder: z
    .string()
    .trim()
    .max(500, '路径太长')
    .nullish()
    .transform((s) => (s ? s : null)),
});
export type BackupConfigureInput = z.input<typeof BackupConfigure>;
export type BackupConfigure = z.output<typeof BackupConfigure>;

export const BackupFile = z.object({ name: z.string(), createdAt: z.string(), bytes: z.number().int() });
export type BackupFile = z.infer<typeof BackupFile>;

export const BackupStatus = z.object({
  configured: z.boolean(),
  keep: z.number().int(),
  extraFolder: z.string().nullable(),
  folder: z.string(),
  running: z.boolean(),
  lastSuccessAt: z.string().nullable(),
  lastFile: z.string().nullable(),
  /** The last failure, in words a clerk understands (null after a success). */
  lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
  /** The second copy failed (e.g. the USB stick was not plugged in) although the backup itself succeeded. */
  extraError: z.string().nullable(),
  nextDueAt: z.string().nullable(),
  files: z.array(BackupFile),
});
export type BackupStatus = z.infer<typeof BackupStatus>;

/** What the app offers when the register fails its check at start. */
export const RecoveryStatus = z.object({
  /** Null when the register is sound (nothing to recover). */
  problem: z.string().nullable(),
  databaseFile: z.string(),
  backups: z.array(BackupFile.extend({ file: z.string(), location: z.enum(['auto', 'extra']) })),
});
export type RecoveryStatus = z.infer<typeof RecoveryStatus>;
