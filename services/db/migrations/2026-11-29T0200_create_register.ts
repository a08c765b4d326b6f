// The register's first schema: committees, mediators, cases with their parties, case numbering, the
// append-only change log, and the search index. Frozen in time: it uses Kysely<unknown> and raw SQL only.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table settings (
      key text primary key,
      value text not null
    ) strict`.execute(db);

  await sql`
    create table committees (
      id text primary key,
      area_code text not null check (length(area_code) = 12),
      name text not null,
      kind text not null check (kind in ('township', 'village', 'industry', 'enterprise', 'studio')),
      parent_id text references committees(id),
      abbreviation text not null,
      is_own integer not null default 0 check (is_own in (0, 1)),
      created_at text not null,
      updated_at text not null,
      version integer not null default 1,
      deleted_at text
    ) strict`.execute(db);
  await sql`create unique index committees_one_own on committees(is_own) where is_own = 1`.execute(db);

  await sql`
    create table mediators (
      id text primary key,
      committee_id text not null references committees(id),
      name text not null,
      sex text check (sex in ('male', 'female')),
      phone text,
      post text,
      full_time integer not null default 0 check (full_time in (0, 1)),
      joined_on text,
      left_on text,
      created_at text not null,
      updated_at text not null,
      version integer not null default 1,
      deleted_at text
    ) strict`.execute(db);
  await sql`create index mediators_committee on mediators(committee_id)`.execute(db);

  await sql`
    create table case_number_counters (
      committee_id text not null references committees(id),
      year integer not null,
      last_serial integer not null check (last_serial > 0),
      primary key (committee_id, year)
    ) strict, without rowid`.execute(db);

  await sql`
    create table cases (
      seq integer primary key,
      id text not null unique,
      committee_id text not null references committees(id),
      year integer not null,
      serial integer not null check (serial > 0),
      number text not null,
      dispute_type text not null,
      source text not null,
      status text not null,
      risk_level text not null check (risk_level in ('red', 'orange', 'yellow', 'blue')),
      registered_on text not null,
      occurred_on text,
      place text,
      facts text not null,
      requests text,
      created_at text not null,
      updated_at text not null,
      version integer not null default 1,
      deleted_at text,
      unique (committee_id, year, serial)
    ) strict`.execute(db);
  // Partial indexes over live cases: the register list filters on deleted_at is null, and with them its
  // total is counted from an index instead of a scan of the table.
  await sql`create index cases_by_date on cases(registered_on, seq) where deleted_at is null`.execute(db);
  await sql`create index cases_by_type on cases(dispute_type, registered_on, seq) where deleted_at is null`.execute(db);
  await sql`create index cases_by_status on cases(status, registered_on, seq) where deleted_at is null`.execute(db);
  await sql`create index cases_by_risk on cases(risk_level, registered_on, seq) where deleted_at is null`.execute(db);
  await sql`create index cases_by_committee on cases(committee_id, registered_on, seq) where deleted_at is null`.execute(db);

  await sql`
    create table parties (
      id text primary key,
      case_id text not null references cases(id),
      position integer not null,
      role text not null check (role in ('applicant', 'respondent')),
      kind text not null check (kind in ('person', 'organization')),
      name text not null,
      sex text check (sex in ('male', 'female')),
      ethnicity text,
      birth_date text,
      id_number text,
      phone text,
      occupation text,
      address text,
      legal_representative text,
      representative_title text,
      created_at text not null,
      updated_at text not null,
      version integer not null default 1,
      deleted_at text,
      unique (case_id, position)
    ) strict`.execute(db);
  await sql`create index parties_by_id_number on parties(id_number) where id_number is not null`.execute(db);

  // Who did what, when: append-only, enforced by the database itself.
  await sql`
    create table change_log (
      seq integer primary key autoincrement,
      at text not null,
      actor text not null,
      entity text not null,
      entity_id text not null,
      action text not null,
      data text not null
    ) strict`.execute(db);
  await sql`create index change_log_by_entity on change_log(entity, entity_id)`.execute(db);
  await sql`
    create trigger change_log_no_update before update on change_log
    begin select raise(abort, 'change_log is append-only'); end`.execute(db);
  await sql`
    create trigger change_log_no_delete before delete on change_log
    begin select raise(abort, 'change_log is append-only'); end`.execute(db);

  // Search: one row per case (rowid = cases.seq), its text cut into bigrams by shared/rules/searchTerms.ts.
  await sql`
    create virtual table case_search using fts5(
      terms,
      content = '',
      contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2'
    )`.execute(db);
}
