// The drill-down of a statistics figure: the cases that make it, through the same predicate that counted them.
import type { Kysely } from 'kysely';
import type { CasePage } from '../../shared/domain/case.ts';
import type { Measure } from '../../shared/domain/statistics.ts';
import { pageOfCases } from '../caseList.ts';
import type { DB } from '../db/schema.ts';
import { PREDICATES } from './measures.ts';
import type { StatsScope } from './report.ts';

export interface FigureQuery extends StatsScope {
  measure: Measure;
  disputeType: string | null;
  source: string | null;
  page: number;
  pageSize: number;
}

export async function casesOfFigure(db: Kysely<DB>, q: FigureQuery): Promise<CasePage> {
  return db.connection().execute(async (conn) => {
    const filtered = conn
      .selectFrom('cases')
      .innerJoin('committees', 'committees.id', 'cases.committee_id')
      .where('cases.deleted_at', 'is', null)
      .where(PREDICATES[q.measure](q))
      .$if(q.committeeId !== null, (b) => b.where('cases.committee_id', '=', q.committeeId!))
      .$if(q.disputeType !== null, (b) => b.where('cases.dispute_type', '=', q.disputeType!))
      .$if(q.source !== null, (b) => b.where('cases.source', '=', q.source!));
    const { total } = await filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    return pageOfCases(conn, filtered, total, q);
  });
}
