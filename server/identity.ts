// The hub's own Ed25519 key, which signs every receipt. Kept in the hub's database (hub_settings), not in a file:
// several hub processes on one PostgreSQL share it, and a backup of the database is a backup of the hub.
import crypto, { type KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import { deviceIdOf } from '../services/sync/deviceKey.ts';
import type { HubDB } from './db/schema.ts';

const KEY = 'hub_key';

export interface HubIdentity {
  /** deviceIdOf the hub's public key: 32 hex characters, printed by `hub status` and shown to the apps. */
  hubId: string;
  privateKey: KeyObject;
  publicKeyPem: string;
}

/**
 * The hub's key, made on first use. Two processes starting at once both insert-if-absent and then read back the
 * one that won, so there is only ever one key. Example: `const { hubId, privateKey } = await hubIdentity(db)`.
 */
export async function hubIdentity(db: Kysely<HubDB>): Promise<HubIdentity> {
  const { privateKey } = crypto.generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  await db
    .insertInto('hub_settings')
    .values({ key: KEY, value: pem })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('hub_settings').select('value').where('key', '=', KEY).executeTakeFirstOrThrow();
  const stored = crypto.createPrivateKey({ key: row.value, format: 'pem' });
  const publicKey = crypto.createPublicKey(stored);
  return {
    hubId: deviceIdOf(publicKey),
    privateKey: stored,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}
