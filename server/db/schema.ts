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
  /** The reference data version the device last said it applied (its pull requests carry it). */
  reference_version: ColumnType<number | null, number | null | undefined>;
  last_pull_at: ColumnType<string | null, string | null | undefined>;
}

export interface ReferenceVersionsTable {
  version: number;
  /** ReferenceContent as JSON. */
  data: string;
  published_at: string;
  published_by: string;
}

export interface NotesTable {
  seq: number;
  note_id: string;
  committee_id: string;
  kind: string;
  record_id: string;
  body: string;
  author: string;
  created_at: string;
}

export interface ChallengesTable {
  challenge: string;
  device_id: string;
  expires_at: string;
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

export interface StaffTable {
  /** Random text id. */
  staff_id: string;
  /** Lower case, unique; kept when the account is deactivated. */
  username: string;
  display_name: string;
  role: 'viewer' | 'admin';
  /** `scrypt$N$r$p$salt$key` (base64): the salt and parameters travel with the hash. */
  password_hash: string;
  /** 1 after an account is made or its password reset: the temporary password must be replaced first. */
  must_change_password: number;
  created_at: string;
  deactivated_at: string | null;
  last_login_at: string | null;
  /** Failed sign-ins since the last success or lock. */
  failed_logins: number;
  locked_until: string | null;
}

export interface AdminLogTable {
  /** Time-ordered within a process, random across processes. */
  log_id: string;
  at: string;
  /** The staff member who acted, when signed in to the page. */
  staff_id: string | null;
  /** Who acted, as shown: a username, or `cli:<os user>` at the command line. */
  actor: string;
  action: string;
  /** JSON object. */
  detail: string;
  ip: string | null;
}

export interface AttachmentFilesTable {
  sha256: string;
  committee_id: string;
  size: number;
  received: number;
  /** 1 once the bytes are all there and their SHA-256 is the name. */
  complete: number;
  created_at: string;
  completed_at: string | null;
}

export interface FileRequestsTable {
  sha256: string;
  committee_id: string;
  requested_at: string;
  requested_by: string;
}

export interface HubDB {
  devices: DevicesTable;
  batches: BatchesTable;
  records: RecordsTable;
  rejections: RejectionsTable;
  enrolment_codes: EnrolmentCodesTable;
  hub_settings: HubSettingsTable;
  staff: StaffTable;
  admin_log: AdminLogTable;
  reference_versions: ReferenceVersionsTable;
  notes: NotesTable;
  challenges: ChallengesTable;
  attachment_files: AttachmentFilesTable;
  file_requests: FileRequestsTable;
}
