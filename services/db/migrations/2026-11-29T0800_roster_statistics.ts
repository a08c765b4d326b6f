// The mediator roster in full (grade history, trainings, evaluations and awards, the fields of the 名册), the
// dispatched room (派驻调解室) as a committee kind, the counted marks of a case (escalations prevented, petitions)
// and the indexes the statistics read by. Frozen in time: raw SQL only.
//
// The committees table is rebuilt to widen its kind check (SQLite cannot alter a check). Migrations run with
// foreign keys off (db/open.ts), as SQLite's table-rebuild procedure asks; the keys are checked before commit.
import { sql, type Kysely } from 'kysely';

const MEDIATOR_COLUMNS = [
  'ethnicity text',
  'birth_date text',
  'id_number text',
  'education text',
  'political_status text',
  'grade text',
  'left_reason text',
  'occupation text',
  'note text',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table committees_new (
      id text primary key,
      area_code text not null check (length(area_code) = 12),
      name text not null,
      kind text not null check (kind in ('township', 'village', 'industry', 'enterprise', 'studio', 'dispatched')),
      parent_id text references committees(id),
      abbreviation text not null,
      is_own integer not null default 0 check (is_own in (0, 1)),
      created_at text not null,
      updated_at text not null,
      version integer not null default 1,
      deleted_at text
    ) strict`.execute(db);
  await sql`insert into committees_new select id, area_code, name, kind, parent_id, abbreviation, is_own, created_at, updated_at, version, deleted_at from committees`.execute(
    db,
  );
  await sql`drop table committees`.execute(db);
  await sql`alter table committees_new rename to committees`.execute(db);
  await sql`create unique index committees_one_own on committees(is_own) where is_own = 1`.execute(db);

  for (const column of MEDIATOR_COLUMNS) await sql.raw(`alter table mediators add column ${column}`).execute(db);

  await sql`
    create table mediator_grades (
      id text primary key,
      mediator_id text not null references mediators(id),
      grade text not null check (grade in ('chief', 'first', 'second', 'third', 'fourth')),
      since text not null,
      note text,
      recorded_at text not null
    ) strict`.execute(db);
  await sql`create index mediator_grades_by_mediator on mediator_grades(mediator_id, since)`.execute(db);
  await sql`
    create table mediator_trainings (
      id text primary key,
      mediator_id text not null references mediators(id),
      on_date text not null,
      hours real not null check (hours > 0),
      subject text not null,
      organiser text,
      recorded_at text not null
    ) strict`.execute(db);
  await sql`create index mediator_trainings_by_mediator on mediator_trainings(mediator_id, on_date)`.execute(db);
  await sql`
    create table mediator_honours (
      id text primary key,
      mediator_id text not null references mediators(id),
      kind text not null check (kind in ('evaluation', 'award')),
      on_date text not null,
      title text not null,
      result text,
      issuer text,
      recorded_at text not null
    ) strict`.execute(db);
  await sql`create index mediator_honours_by_mediator on mediator_honours(mediator_id, on_date)`.execute(db);

  // Derived from a case's steps like its other columns (rewritten with them): what the statistics count.
  await sql`
    create table case_marks (
      case_id text not null references cases(id),
      kind text not null,
      on_date text not null,
      people integer not null default 0
    ) strict`.execute(db);
  await sql`create index case_marks_by_case on case_marks(case_id)`.execute(db);
  await sql`create index case_marks_by_date on case_marks(on_date, kind)`.execute(db);

  // The statistics count cases by the date their definition names: acceptance and outcome. The month-by-month
  // trend and the sources are read from these indexes (they carry the committee, source and outcome). The
  // outcome index is conditioned on the outcome, not its date, so that the home page's unarchived-cases list,
  // which names only the date, keeps to its own partial index (see the case-lifecycle migration).
  await sql`
    create index cases_by_accepted on cases(accepted_on, committee_id, source)
    where deleted_at is null and accepted_on is not null`.execute(db);
  await sql`
    create index cases_by_outcome on cases(outcome_on, committee_id, outcome)
    where deleted_at is null and outcome is not null`.execute(db);

  const broken = await sql<{ table: string }>`pragma foreign_key_check`.execute(db);
  if (broken.rows.length > 0) throw new Error(`foreign keys broken after the rebuild: ${broken.rows.length} rows`);
}
