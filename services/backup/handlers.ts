// The API methods of backups and recovery, on a sound register (recovery itself is in ../app.ts).
import type { Kysely } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import { appendChange } from '../changeLog.ts';
import { immediateTransaction } from '../db/open.ts';
import type { DB } from '../db/schema.ts';
import type { Handlers } from '../dispatcher.ts';
import { recoveryBackups, type AutoBackup } from './auto.ts';

type BackupMethods = Extract<keyof Handlers, `backup.${string}` | `recovery.${string}`>;

export function backupHandlers(deps: {
  db: Kysely<DB>;
  dataDir: string;
  databaseFile: string;
  backups: AutoBackup;
}): Pick<Handlers, BackupMethods> {
  const { db, backups } = deps;
  const log = (actor: string, action: string, data: unknown) =>
    immediateTransaction(db, (trx) =>
      appendChange(trx, { actor, at: new Date().toISOString(), entity: 'register', entityId: 'backup', action, data }),
    );
  return {
    'backup.status': async () => backups.status(),
    'backup.configure': async (input, ctx) => {
      const status = backups.configure(input);
      // never the passphrase itself
      await log(ctx.actor, 'update', { passphraseChanged: Boolean(input.passphrase), keep: input.keep, extraFolder: input.extraFolder });
      return status;
    },
    'backup.run': async (_input, ctx) => {
      const status = await backups.run();
      await log(ctx.actor, 'backup', { file: status.lastFile, error: status.lastError });
      return status;
    },
    'recovery.status': async () => ({ problem: null, databaseFile: deps.databaseFile, backups: recoveryBackups(deps.dataDir) }),
    'recovery.restore': async () => {
      throw new AppError('CONFLICT', '登记簿完好，无需恢复。要换回某个备份，请由管理员在命令行使用 fengqiao restore。');
    },
  };
}
