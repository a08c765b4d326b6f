// The case lifecycle: every step of a case as an append-only event, the case's derived state as columns for
// the lists and the home page, assigned mediators, attachments, and screening reports. Frozen in time.
import { sql, type Kysely } from 'kysely';

const CASE_COLUMNS = [
  // The colour given at registration; later changes are 'risk' events.
  'initial_risk_level text',
  'referral_body text',
  'referral_reference text',
  'referral_date text',
  'screening_finding_id text',
  'accepted_on text',
  // written | oral | failed | terminated | refused
  'outcome text',
  'outcome_on text',
  'amount_fen integer',
  'diverted_to text',
  'performance_deadline text',
  'fulfilment text',
  'follow_up_due text',
  'confirmation_deadline text',
  // applied | confirmed | rejected
  'confirmation_state text',
  'leader_name text',
  'risk_changed_on text',
  'archived_on text',
  'archive_number text',
  // The record's key in the system it was imported from, so that a second import does not duplicate it.
  'import_ref text',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of CASE_COLUMNS) await sql.raw(`alter table cases add column ${column}`).execute(db);
  await sql`update cases set initial_risk_level = risk_level`.execute(db);

  await sql`create unique index cases_import_ref on cases(committee_id, import_ref) where import_ref is not null`.execute(db);
  // The home page's lists, each from a partial index over the few cases it concerns.
  await sql`create index cases_follow_up on cases(follow_up_due) where deleted_at is null and follow_up_due is not null`.execute(db);
  await sql`
    create index cases_confirmation on cases(confirmation_deadline)
    where deleted_at is null and confirmation_state is null and confirmation_deadline is not null`.execute(db);
  await sql`
    create index cases_performance on cases(performance_deadline)
    where deleted_at is null and performance_deadline is not null and coalesce(fulfilment, '') <> 'performed'
      and archived_on is null`.execute(db);
  // Closed (an outcome or a refusal) but not archived: a few hundred in a real office, among tens of thousands
  // of archived cases. Said with the columns no other index has, so that the planner has no other choice.
  await sql`
    create index cases_unarchived on cases(outcome_on, seq)
    where deleted_at is null and outcome_on is not null and archived_on is null`.execute(db);
  await sql`
    create index cases_unarchived_by_date on cases(registered_on, seq)
    where deleted_at is null and outcome_on is not null and archived_on is null`.execute(db);

  await sql`
    create table case_events (
      seq integer primary key autoincrement,
      id text not null unique,
      case_id text not null references cases(id),
      kind text not null,
      on_date text not null,
      data text not null check (json_valid(data)),
      corrects_id text references case_events(id),
      correction_reason text,
      recorded_at text not null,
      actor text not null
    ) strict`.execute(db);
  await sql`create index case_events_by_case on case_events(case_id, seq)`.execute(db);
  await sql`create index case_events_risk on case_events(case_id, seq) where kind = 'risk'`.execute(db);
  await sql`
    create trigger case_events_no_update before update on case_events
    begin select raise(abort, 'case_events is append-only'); end`.execute(db);
  await sql`
    create trigger case_events_no_delete before delete on case_events
    begin select raise(abort, 'case_events is append-only'); end`.execute(db);

  await sql`
    create table case_mediators (
      case_id text not null references cases(id),
      mediator_id text not null references mediators(id),
      lead integer not null check (lead in (0, 1)),
      chosen_by_parties integer not null check (chosen_by_parties in (0, 1)),
      assigned_on text not null,
      recused_on text
    ) strict`.execute(db);
  await sql`create index case_mediators_by_case on case_mediators(case_id)`.execute(db);
  await sql`create index case_mediators_by_mediator on case_mediators(mediator_id, assigned_on)`.execute(db);

  await sql`
    create table attachments (
      id text primary key,
      case_id text not null references cases(id),
      name text not null,
      category text not null,
      mime text not null,
      size integer not null check (size > 0),
      sha256 text not null check (length(sha256) = 64),
      note text,
      added_at text not null,
      added_by text not null,
      deleted_at text
    ) strict`.execute(db);
  await sql`create index attachments_by_case on attachments(case_id)`.execute(db);

  await sql`
    create table screening_reports (
      id text primary key,
      committee_id text not null references committees(id),
      period_kind text not null check (period_kind in ('week', 'half_month', 'month')),
      period_start text not null,
      period_end text not null,
      zero integer not null check (zero in (0, 1)),
      reported_on text not null,
      reporter text not null,
      note text,
      created_at text not null,
      updated_at text not null,
      version integer not null default 1,
      deleted_at text
    ) strict`.execute(db);
  await sql`
    create unique index screening_one_per_period on screening_reports(committee_id, period_kind, period_start)
    where deleted_at is null`.execute(db);

  await sql`
    create table screening_findings (
      id text primary key,
      report_id text not null references screening_reports(id),
      position integer not null,
      summary text not null,
      dispute_type text not null,
      people_count integer not null check (people_count > 0),
      risk_level text not null check (risk_level in ('red', 'orange', 'yellow', 'blue')),
      handling text not null,
      case_id text references cases(id),
      unique (report_id, position)
    ) strict`.execute(db);
}
