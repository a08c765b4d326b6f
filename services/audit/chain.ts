// The hash chain of the audit log (the change_log table). Each entry's hash covers the previous entry's hash
// and every stored field of its own, so an entry edited, deleted, inserted or moved breaks the chain where it
// happened. The format is fixed: changing it would need a new column and a migration, never an edit here.
import crypto from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  at: string;
  actor: string;
  user_id: string | null;
  entity: string;
  entity_id: string;
  action: string;
  data: string;
}

const SEP = '\u001f';

export function entryHash(prevHash: string, e: ChainedFields): string {
  return crypto
    .createHash('sha256')
    .update([prevHash, e.at, e.actor, e.user_id ?? '', e.entity, e.entity_id, e.action, e.data].join(SEP))
    .digest('hex');
}
