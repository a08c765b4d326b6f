// The workbench once set up: header with the office's committee and the signed-in user, the menu (what the
// user's role may use), and the current page.
import { useState } from 'react';
import { AppShell, Burger, Group, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Committee } from '../../shared/domain/committee.ts';
import { useRoute } from '../routing/useRoute.ts';
import { NavMenu } from './NavMenu.tsx';
import { CurrentPage } from './CurrentPage.tsx';
import { emptyDraft, type CaseDraft } from '../registration/draft.ts';
import { useCaseFilters } from './useCaseFilters.ts';
import { UserMenu } from './UserMenu.tsx';

export function Workbench({ committee }: { committee: Committee }) {
  const route = useRoute();
  const [menuOpened, menu] = useDisclosure(false);
  // Kept here so that coming back from a case shows the register list as it was left.
  const [filters, setFilters] = useCaseFilters();
  // Likewise a half-typed registration survives a look at another page.
  const [draft, setDraft] = useState<CaseDraft>(emptyDraft);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !menuOpened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" gap="md" wrap="nowrap">
          <Burger opened={menuOpened} onClick={menu.toggle} hiddenFrom="sm" size="sm" aria-label="打开菜单" />
          <Title order={1} size="h3" style={{ whiteSpace: 'nowrap' }}>
            枫桥人民调解工作台
          </Title>
          <Text c="dimmed" truncate="end" data-testid="committee-name">
            {committee.name}
          </Text>
          <UserMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <NavMenu current={route.page} onNavigate={menu.close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <CurrentPage
          route={route}
          committee={committee}
          filters={filters}
          onFiltersChange={setFilters}
          draft={draft}
          onDraftChange={setDraft}
        />
      </AppShell.Main>
    </AppShell>
  );
}
