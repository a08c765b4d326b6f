// The offline path at the hub (`hub import`): an offline file from a committee's USB stick is unpacked and each
// batch in it ingested exactly as if it had come over HTTP — same checks, same idempotence — and the signed
// receipts go back on the stick as one receipts file.
import type { Kysely } from 'kysely';
import type { SignedReceipt } from '../shared/sync/protocol.ts';
import { BatchError, unpackBundle } from '../services/sync/batchFile.ts';
import { signReceipt } from '../services/sync/receiptFile.ts';
import type { HubDB } from './db/schema.ts';
import { hubIdentity } from './identity.ts';
import { ingestBatch } from './ingest.ts';

export interface ImportResult {
  /** One per batch taken in (a batch seen before is answered again, `duplicate: true`). */
  receipts: SignedReceipt[];
  /** Batches refused whole, by their place in the file (1-based), with the problem and the clerk's words. */
  refused: { batch: number; problem: string; message: string }[];
  accepted: number;
  rejected: number;
}

/**
 * Ingests every batch of an offline file. A file that is not one, or is cut short or changed, throws BatchError
 * before anything is stored; a batch refused on its own (another device's key, a revoked device) is listed and
 * the others are still taken in, each in its own transaction.
 */
export async function importOfflineFile(db: Kysely<HubDB>, bytes: Uint8Array, now: Date = new Date()): Promise<ImportResult> {
  const batches = unpackBundle(bytes);
  const identity = await hubIdentity(db);
  const result: ImportResult = { receipts: [], refused: [], accepted: 0, rejected: 0 };
  for (const [index, batch] of batches.entries()) {
    try {
      const receipt = await ingestBatch(db, batch, now);
      result.receipts.push(signReceipt(receipt, identity.privateKey, identity.hubId));
      for (const r of receipt.records) {
        if (r.status === 'accepted') result.accepted += 1;
        else result.rejected += 1;
      }
    } catch (error) {
      if (!(error instanceof BatchError)) throw error;
      result.refused.push({ batch: index + 1, problem: error.problem, message: error.message });
    }
  }
  return result;
}
