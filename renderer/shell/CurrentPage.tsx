// Which page the current route shows — or, for an address the user's role may not use, that it may not.
import type { Dispatch, SetStateAction } from 'react';
import type { Committee } from '../../shared/domain/committee.ts';
import type { Route } from '../routing/routes.ts';
import type { CaseFilters } from '../cases/filters.ts';
import { RegistrationPage } from '../registration/RegistrationPage.tsx';
import type { CaseDraft } from '../registration/draft.ts';
import { CaseListPage } from '../cases/CaseListPage.tsx';
import { CaseDetailPage } from '../cases/CaseDetailPage.tsx';
import { DocumentsPage } from '../documents/DocumentsPage.tsx';
import { SettingsPage } from '../settings/SettingsPage.tsx';
import { HomePage } from '../home/HomePage.tsx';
import { WarningsPage } from '../warnings/WarningsPage.tsx';
import { ScreeningPage } from '../screening/ScreeningPage.tsx';
import { MediatorsPage } from '../mediators/MediatorsPage.tsx';
import { AccountsPage } from '../accounts/AccountsPage.tsx';
import { AuditPage } from '../audit/AuditPage.tsx';
import { LedgerPage } from '../ledger/LedgerPage.tsx';
import { CommitteesPage } from '../committees/CommitteesPage.tsx';
import { StatisticsPage } from '../statistics/StatisticsPage.tsx';
import { SubsidyPage } from '../subsidy/SubsidyPage.tsx';
import { SyncPage } from '../sync/SyncPage.tsx';
import { useMay } from '../auth/SessionContext.tsx';
import { pageMethod } from './navigation.ts';
import { NoAccessPage } from './NoAccessPage.tsx';

interface CurrentPageProps {
  route: Route;
  committee: Committee;
  filters: CaseFilters;
  onFiltersChange: Dispatch<SetStateAction<CaseFilters>>;
  draft: CaseDraft;
  onDraftChange: Dispatch<SetStateAction<CaseDraft>>;
}

export function CurrentPage(props: CurrentPageProps) {
  const may = useMay();
  const method = pageMethod(props.route.page);
  return method && !may(method) ? <NoAccessPage /> : <PageOf {...props} />;
}

function PageOf({ route, committee, filters, onFiltersChange, draft, onDraftChange }: CurrentPageProps) {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'register':
      return <RegistrationPage finding={route.finding} committee={route.committee} draft={draft} onDraftChange={onDraftChange} />;
    case 'cases':
      return <CaseListPage filters={filters} onFiltersChange={onFiltersChange} />;
    case 'case':
      return <CaseDetailPage key={route.id} id={route.id} />;
    case 'warnings':
      return <WarningsPage />;
    case 'screening':
      return <ScreeningPage />;
    case 'mediators':
      return <MediatorsPage />;
    case 'committees':
      return <CommitteesPage />;
    case 'statistics':
      return <StatisticsPage />;
    case 'subsidy':
      return <SubsidyPage />;
    case 'documents':
      return <DocumentsPage />;
    case 'sync':
      return <SyncPage />;
    case 'settings':
      return <SettingsPage committee={committee} />;
    case 'accounts':
      return <AccountsPage />;
    case 'audit':
      return <AuditPage />;
    case 'ledger':
      return <LedgerPage />;
    default: {
      const unreachable: never = route;
      return unreachable;
    }
  }
}
