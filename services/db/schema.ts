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
  created_at: string;
  updated_at: string;
  version: Generated<number>;
  deleted_at: string | null;
}

export interface ChangeLogTable {
  seq: Generated<number>;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: string;
  data: string;
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
  case_search: CaseSearchTable;
}

export type CommitteeRow = Selectable<CommitteesTable>;
export type CaseRow = Selectable<CasesTable>;
export type PartyRow = Selectable<PartiesTable>;
export type NewParty = Insertable<PartiesTable>;
