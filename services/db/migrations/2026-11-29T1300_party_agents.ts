// A party's agent (代理人: entrusted or statutory), part of the parties' particulars an agreement states
// (人民调解法 Art. 29). Frozen in time: raw SQL only.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table parties add column agent_kind text check (agent_kind in ('entrusted', 'statutory'))`.execute(db);
  await sql`alter table parties add column agent_name text`.execute(db);
  await sql`alter table parties add column agent_phone text`.execute(db);
}
