// A committee's address and phone, printed on its documents (the agreement, the notice, the file cover).
// Frozen in time: raw SQL only.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table committees add column address text`.execute(db);
  await sql`alter table committees add column phone text`.execute(db);
}
