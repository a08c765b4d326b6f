// A register whose automatic backups are not set up yet, as `backup.status` answers.
import type { BackupStatus } from '../../shared/domain/backup.ts';

export const UNSET: BackupStatus = {
  configured: false,
  keep: 7,
  extraFolder: null,
  folder: 'C:\\Users\\wang\\AppData\\Roaming\\fengqiao\\backups\\auto',
  running: false,
  lastSuccessAt: null,
  lastFile: null,
  lastError: null,
  lastErrorAt: null,
  extraError: null,
  nextDueAt: null,
  files: [],
};
