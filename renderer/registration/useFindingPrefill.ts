// '#/register?finding=…&committee=…': the screening finding to register is looked up in its committee's reports
// and, once found, becomes the draft (once: the address then drops the parameters, the draft keeps the origin).
import { useEffect, useMemo, useRef, type Dispatch, type SetStateAction } from 'react';
import type { Finding, ScreeningReport } from '../../shared/domain/screening.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { replaceRoute } from '../routing/useRoute.ts';
import type { CaseDraft } from './draft.ts';
import { draftFromFinding } from './prefill.ts';

export interface FindingRequest {
  finding?: string | undefined;
  committee?: string | undefined;
}

export type FindingLookup =
  | { state: 'none' | 'loading' | 'missing' }
  /** The finding was registered before: its case. */
  | { state: 'registered'; caseId: string }
  | { state: 'applied' };

function locate(reports: ScreeningReport[], findingId: string): { report: ScreeningReport; finding: Finding } | null {
  for (const report of reports) {
    const finding = report.findings.find((f) => f.id === findingId);
    if (finding) return { report, finding };
  }
  return null;
}

export function useFindingPrefill(request: FindingRequest, onDraftChange: Dispatch<SetStateAction<CaseDraft>>): FindingLookup {
  const { finding: findingId, committee } = request;
  const wanted = findingId && committee ? { committeeId: committee, limit: 200 } : null;
  const reports = useApiQuery('screening.list', wanted);
  const applied = useRef<string | null>(null);
  const found = useMemo(() => (findingId && reports.data ? locate(reports.data, findingId) : null), [findingId, reports.data]);

  useEffect(() => {
    if (!found || found.finding.caseId || applied.current === found.finding.id) return;
    applied.current = found.finding.id;
    onDraftChange((d) => (d.origin?.findingId === found.finding.id ? d : draftFromFinding(found.report, found.finding)));
    replaceRoute({ page: 'register' });
  }, [found, onDraftChange]);

  if (!wanted) return { state: 'none' };
  if (!reports.data) return { state: reports.loading ? 'loading' : 'missing' };
  if (!found) return { state: 'missing' };
  if (found.finding.caseId) return { state: 'registered', caseId: found.finding.caseId };
  return { state: 'applied' };
}
