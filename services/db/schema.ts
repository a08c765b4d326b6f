// The register's tables as Kysely sees them (snake_case columns, as stored).
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export interface SettingsTable {
  key: string;
  value: string;
}

export interface CommitteesTable {
  id: string;
  area_code: string;
  name: string;
  kind: string;
  parent_id: string | null;
  abbreviation: string;
  is_own: number;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
  deleted_at: string | null;
  address: ColumnType<string | null, string | null | undefined>;
  phone: ColumnType<string | null, string | null | undefined>;
}

export interface MediatorsTable {
  id: string;
  committee_id: string;
  name: string;
  sex: string | null;
  phone: string | null;
  post: string | null;
  full_time: Generated<number>;
  joined_on: string | null;
  left_on: string | null;
  ethnicity: ColumnType<string | null, string | null | undefined>;
  birth_date: ColumnType<string | null, string | null | undefined>;
  id_number: ColumnType<string | null, string | null | undefined>;
  education: ColumnType<string | null, string | null | undefined>;
  political_status: ColumnType<string | null, string | null | undefined>;
  grade: ColumnType<string | null, string | null | undefined>;
  left_reason: ColumnType<string | null, string | null | undefined>;
  occupation: ColumnType<string | null, string | null | undefined>;
  note: ColumnType<string | null, string | null | undefined>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
  deleted_at: string | null;
}

export interface CaseNumberCountersTable {
  committee_id: string;
  year: number;
  last_serial: number;
}

export interface CasesTable {
  seq: Generated<number>;
  id: string;
  committee_id: string;
  year: number;
  serial: number;
  number: string;
  dispute_type: string;
  source: string;
  status: string;
  risk_level: string;
  registered_on: string;
  occurred_on: string | null;
  place: string | null;
  facts: string;
  requests: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
  deleted_at: string | null;
  initial_risk_level: ColumnType<string | null, string | null | undefined>;
  referral_body: ColumnType<string | null, string | null | undefined>;
  referral_reference: ColumnType<string | null, string | null | undefined>;
  referral_date: ColumnType<string | null, string | null | undefined>;
  screening_finding_id: ColumnType<string | null, string | null | undefined>;
  accepted_on: ColumnType<string | null, string | null | undefined>;
  outcome: ColumnType<string | null, string | null | undefined>;
  outcome_on: ColumnType<string | null, string | null | undefined>;
  amount_fen: ColumnType<number | null, number | null | undefined>;
  diverted_to: ColumnType<string | null, string | null | undefined>;
  performance_deadline: ColumnType<string | null, string | null | undefined>;
  fulfilment: ColumnType<string | null, string | null | undefined>;
  follow_up_due: ColumnType<string | null, string | null | undefined>;
  confirmation_deadline: ColumnType<string | null, string | null | undefined>;
  confirmation_state: ColumnType<string | null, string | null | undefined>;
  leader_name: ColumnType<string | null, string | null | undefined>;
  risk_changed_on: ColumnType<string | null, string | null | undefined>;
  archived_on: ColumnType<string | null, string | null | undefined>;
  archive_number: ColumnType<string | null, string | null | undefined>;
  import_ref: ColumnType<string | null, string | null | undefined>;
}

export interface CaseEventsTable {
  seq: Generated<number>;
  id: string;
  case_id: string;
  kind: string;
  on_date: string;
  data: string;
  corrects_id: string | null;
  correction_reason: string | null;
  recorded_at: string;
  actor: string;
}

export interface CaseMediatorsTable {
  case_id: string;
  mediator_id: string;
  lead: number;
  chosen_by_parties: number;
  assigned_on: string;
  recused_on: string | null;
}

export interface AttachmentsTable {
  id: string;
  case_id: string;
  name: string;
  category: string;
  mime: string;
  size: number;
  sha256: string;
  note: string | null;
  added_at: string;
  added_by: string;
  deleted_at: string | null;
}

export interface ScreeningReportsTable {
  id: string;
  committee_id: string;
  period_kind: string;
  period_start: string;
  period_end: string;
  zero: number;
  reported_on: string;
  reporter: string;
  note: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
  deleted_at: string | null;
}

export interface ScreeningFindingsTable {
  id: string;
  report_id: string;
  position: number;
  summary: string;
  dispute_type: string;
  people_count: number;
  risk_level: string;
  handling: string;
  case_id: string | null;
}

export interface PartiesTable {
  id: string;
  case_id: string;
  position: number;
  role: string;
  kind: string;
  name: string;
  sex: string | null;
  ethnicity: string | null;
  birth_date: string | null;
  id_number: string | null;
  phone: string | null;
  occupation: string | null;
  address: string | null;
  legal_representative: string | null;
  representative_title: string | null;
  agent_kind: string | null;
  agent_name: string | null;
  agent_phone: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
  deleted_at: string | null;
}

export interface SyncAcksTable {
  kind: string;
  record_id: string;
  version: number;
  batch_id: string;
  acked_at: string;
}

export interface SyncStateTable {
  id: number;
  hub_url: string;
  hub_id: string;
  hub_public_key: string;
  device_id: string;
  committee_code: string;
  enrolled_at: string;
  revoked_at: string | null;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_error_code: string | null;
  last_error_message: string | null;
  failures: Generated<number>;
  /** Added to the change-log sequence to make a record's version (0 unless the register was restored from the hub). */
  version_base: Generated<number>;
  /** Records the hub holds for this committee from a replaced PC, not yet restored here (0: nothing waits). */
  restorable: Generated<number>;
}

export interface ReferenceDataTable {
  id: number;
  version: number;
  data: string;
  published_at: string;
  applied_at: string;
}

export interface HubNotesTable {
  note_id: string;
  seq: number;
  committee_id: string;
  kind: string;
  record_id: string;
  body: string;
  author: string;
  created_at: string;
  received_at: string;
  handled_at: string | null;
  handled_by: string | null;
}

export interface SyncRejectionsTable {
  kind: string;
  record_id: string;
  version: number;
  reason: string;
  batch_id: string;
  received_at: string;
}

export interface ChangeLogTable {
  seq: Generated<number>;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: string;
  data: string;
  user_id: string | null;
  prev_hash: string | null;
  hash: string | null;
}

export interface UsersTable {
  id: string;
  username: string;
  name: string;
  role: string;
  password_hash: string;
  active: Generated<number>;
  must_change_password: Generated<number>;
  failed_logins: Generated<number>;
  locked_until: string | null;
  last_login_at: string | null;
  password_changed_at: string | null;
  password_reset_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface MediatorGradesTable {
  id: string;
  mediator_id: string;
  grade: string;
  since: string;
  note: string | null;
  recorded_at: string;
}

export interface MediatorTrainingsTable {
  id: string;
  mediator_id: string;
  on_date: string;
  hours: number;
  subject: string;
  organiser: string | null;
  recorded_at: string;
}

export interface MediatorHonoursTable {
  id: string;
  mediator_id: string;
  kind: string;
  on_date: string;
  title: string;
  result: string | null;
  issuer: string | null;
  recorded_at: string;
}

/** Counted events of a case (escalations prevented, petitions), derived from its steps. */
export interface CaseMarksTable {
  case_id: string;
  kind: string;
  on_date: string;
  people: number;
}

export interface CaseSearchTable {
  rowid: ColumnType<number, number, never>;
  terms: string;
}

export interface DB {
  settings: SettingsTable;
  committees: CommitteesTable;
  mediators: MediatorsTable;
  case_number_counters: CaseNumberCountersTable;
  cases: CasesTable;
  parties: PartiesTable;
  change_log: ChangeLogTable;
  users: UsersTable;
  case_search: CaseSearchTable;
  case_events: CaseEventsTable;
  case_mediators: CaseMediatorsTable;
  attachments: AttachmentsTable;
  screening_reports: ScreeningReportsTable;
  screening_findings: ScreeningFindingsTable;
  mediator_grades: MediatorGradesTable;
  mediator_trainings: MediatorTrainingsTable;
  mediator_honours: MediatorHonoursTable;
  case_marks: CaseMarksTable;
  sync_acks: SyncAcksTable;
  sync_rejections: SyncRejectionsTable;
  sync_state: SyncStateTable;
  reference_data: ReferenceDataTable;
  hub_notes: HubNotesTable;
}

export type CommitteeRow = Selectable<CommitteesTable>;
export type CaseRow = Selectable<CasesTable>;
export type PartyRow = Selectable<PartiesTable>;
export type NewParty = Insertable<PartiesTable>;
export type CaseEventRow = Selectable<CaseEventsTable>;
export type AttachmentRow = Selectable<AttachmentsTable>;
export type MediatorRow = Selectable<MediatorsTable>;
export type ScreeningReportRow = Selectable<ScreeningReportsTable>;
