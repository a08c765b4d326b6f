// The register list's filters, kept by the workbench so that coming back from a case shows the list as it was
// left. A link that names an attention ('#/cases?attention=warnings', from the home page) sets that filter alone.
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { filtersFor, type CaseFilters } from '../cases/filters.ts';
import { parseRoute } from '../routing/routes.ts';

function attentionInAddress() {
  const route = parseRoute(window.location.hash);
  return route.page === 'cases' ? route.attention : undefined;
}

export function useCaseFilters(): [CaseFilters, Dispatch<SetStateAction<CaseFilters>>] {
  const [filters, setFilters] = useState<CaseFilters>(() => filtersFor(attentionInAddress()));

  useEffect(() => {
    // Only real navigation fires 'hashchange'; the list writing its own filter into the address does not.
    const onHashChange = () => {
      const attention = attentionInAddress();
      if (attention) setFilters((f) => (f.attention === attention ? f : filtersFor(attention)));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  return [filters, setFilters];
}
