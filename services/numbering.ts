// Issues case numbers: per committee and year, from 1, without gaps. Must run inside the write transaction
// that stores the case, so a failed registration gives its number back by rolling back.
import { sql, type Kysely } from 'kysely';
import type { DB } from './db/schema.ts';

/** The next serial of `committeeId` in `year`; one atomic statement, so two writers can never share one. */
export async function nextSerial(trx: Kysely<DB>, committeeId: string, year: number): Promise<number> {
  const row = await sql<{ last_serial: number }>`
    insert into case_number_counters (committee_id, year, last_serial) values (${committeeId}, ${year}, 1)
    on conflict (committee_id, year) do update set last_serial = last_serial + 1
    returning last_serial`.execute(trx);
  return row.rows[0]!.last_serial;
}
