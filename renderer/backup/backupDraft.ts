// The 备份设置 form's state and its check: the passphrase typed twice (required the first time, left empty later
// to keep it), how many backups to keep, the folder for a second copy. Checked with the contract's own schema, so
// the problems land on the same fields as the register's.
import { contract, type MethodInput } from '../../shared/api/contract.ts';
import type { BackupStatus } from '../../shared/domain/backup.ts';
import { issuesToErrors, type FieldErrors } from '../common/fieldErrors.ts';

export interface BackupDraft {
  passphrase: string;
  /** The passphrase typed again (path `passphraseAgain`). */
  again: string;
  keep: number | string;
  extraFolder: string;
}

export const PASSPHRASES_DIFFER = '两次输入的备份口令不一致';
export const PASSPHRASE_NEEDED = '首次设置时请填写备份口令';

export function draftOf(status: BackupStatus): BackupDraft {
  return { passphrase: '', again: '', keep: status.keep, extraFolder: status.extraFolder ?? '' };
}

/**
 * The input for `backup.configure`, or the problems by field:
 * `checkBackupDraft({ passphrase: 'abc', again: 'abd', keep: 7, extraFolder: '' }, false).errors`
 * → `{ passphrase: '备份口令至少8个字符', passphraseAgain: '两次输入的备份口令不一致' }`.
 */
export function checkBackupDraft(
  draft: BackupDraft,
  configured: boolean,
): { errors: FieldErrors; input: MethodInput<'backup.configure'> | null } {
  const parsed = contract['backup.configure'].input.safeParse({
    passphrase: draft.passphrase === '' ? null : draft.passphrase,
    // Empty is a missing number (refused), not the schema's default.
    keep: draft.keep === '' ? Number.NaN : Number(draft.keep),
    extraFolder: draft.extraFolder,
  });
  const errors = parsed.success ? {} : issuesToErrors(parsed.error.issues);
  if (!configured && draft.passphrase === '') errors['passphrase'] ??= PASSPHRASE_NEEDED;
  if (draft.again !== draft.passphrase) errors['passphraseAgain'] = PASSPHRASES_DIFFER;
  if (!parsed.success || Object.keys(errors).length > 0) return { errors, input: null };
  return { errors, input: parsed.data };
}
