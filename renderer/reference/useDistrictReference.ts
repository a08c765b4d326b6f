// The district's reference data as this register applied it (`reference.current`): its version, the dispute-type
// names, the four-colour warnings and the announcements. A page that can do without it reads it quietly: before
// the first sync, or when it cannot be read, the register's own settings apply.
import type { MethodOutput } from '../../shared/api/contract.ts';
import { useApiQuery } from '../api/useApiQuery.ts';

export type DistrictReference = MethodOutput<'reference.current'>;

export interface DistrictReferenceQuery {
  /** The answer; undefined while it loads or when it could not be read. */
  data: DistrictReference | undefined;
  error: unknown;
  /** Read or failed: a form that starts from it may be shown. */
  settled: boolean;
  reload: () => void;
}

/** `const { data } = useDistrictReference()`; `refreshKey` reads it again when it changes (after a sync). */
export function useDistrictReference(refreshKey?: string | number): DistrictReferenceQuery {
  const query = useApiQuery('reference.current', {}, { notify: false, ...(refreshKey === undefined ? {} : { refreshKey }) });
  return { data: query.data, error: query.error, settled: query.data !== undefined || query.error !== undefined, reload: query.reload };
}
