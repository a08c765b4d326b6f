// The district hub's tables as Kysely sees them (server/db/migrations has the DDL). Portable types only: JSON is
// stored as text, timestamps as ISO 8601 text in UTC, versions as bigint.
//
// On PostgreSQL, `bigint` would come back from the pg driver as a string: open.ts sets the pool's int8 parser to
// Number (versions are change-log sequence numbers far below 2^53).
import type { ColumnType } from 'kysely';

export interface DevicesTable {
  /** deviceIdOf(public key): 32 hex characters. */
  device_id: string;
  /** SPKI PEM of the device's Ed25519 public key. */
  public_key_pem: string;
  /** JSON array of the committee ids whose records this device may send. */
  committee_ids: string;
  enrolled_at: string;
  revoked_at: string | null;
  last_batch_at: string | null;
  /** The area code of the committee the enrolment code was made for (null for devices registered directly). */
  committee_code: ColumnType<string | null, string | null | undefined>;
  app_version: ColumnType<string | null, string | null | undefined>;
}

export interface EnrolmentCodesTable {
  /** SHA-256 hex of the normalised code: the code itself is printed once and never stored. */
  code_hash: string;
  committee_code: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  device_id: string | null;
}

export interface HubSettingsTable {
  key: string;
  value: string;
}

export interface BatchesTable {
  batch_id: string;
  device_id: string;
  /** The hub's clock. */
  received_at: string;
  /** The Receipt as first answered (JSON, `duplicate: false`). */
  receipt: string;
  records: number;
}

export interface RecordsTable {
  kind: string;
  record_id: string;
  committee_id: string;
  /** The highest version received; a lower or equal one never replaces it. */
  version: number;
  /** The record's snapshot (JSON). */
  data: string;
  device_id: string;
  received_at: string;
  batch_id: string;
}

export interface RejectionsTable {
  kind: string;
  record_id: string;
  version: number;
  /** For the clerk, in Chinese. */
  reason: string;
  committee_id: string;
  device_id: string;
  batch_id: string;
  received_at: string;
}

export interface HubDB {
  devices: DevicesTable;
  batches: BatchesTable;
  records: RecordsTable;
  rejections: RejectionsTable;
  enrolment_codes: EnrolmentCodesTable;
  hub_settings: HubSettingsTable;
}
