// A pending record as it is sent: the whole record as the register's API returns it (a case with its whole
// history and its attachments' metadata), wrapped with its kind, id, version and owning committee.
import type { Kysely } from 'kysely';
import { AppError } from '../../shared/errors.ts';
import type { SyncRecord } from '../../shared/sync/protocol.ts';
import { owningCommittee } from '../../shared/sync/records.ts';
import { getCase } from '../cases.ts';
import { getCommittee } from '../committees.ts';
import type { DB } from '../db/schema.ts';
import { getMediator } from '../mediators.ts';
import { getReport } from '../screening.ts';
import type { PendingRecord } from './pending.ts';

async function load(db: Kysely<DB>, record: PendingRecord): Promise<{ id: string; committeeId?: string } | null> {
  try {
    switch (record.kind) {
      case 'committee':
        return await getCommittee(db, record.id);
      case 'mediator':
        return await getMediator(db, record.id);
      case 'case':
        return await getCase(db, record.id);
      case 'screening_report':
        return await getReport(db, record.id);
      default: {
        const never: never = record.kind;
        return never;
      }
    }
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** The record to send, or null when it no longer exists (a record removed before it was ever sent). */
export async function snapshot(db: Kysely<DB>, record: PendingRecord): Promise<SyncRecord | null> {
  const data = await load(db, record);
  if (!data) return null;
  return { kind: record.kind, id: record.id, version: record.version, committeeId: owningCommittee(record.kind, data), data };
}
