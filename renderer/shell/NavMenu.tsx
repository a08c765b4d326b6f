// The navbar's links, those the user's role may use; each is a plain link to its '#/…' address.
import { NavLink, Stack } from '@mantine/core';
import { useMay } from '../auth/SessionContext.tsx';
import type { PageName } from '../routing/routes.ts';
import { routeHref } from '../routing/routes.ts';
import { visibleEntries } from './navigation.ts';

export function NavMenu({ current, onNavigate }: { current: PageName; onNavigate: () => void }) {
  const may = useMay();
  return (
    <Stack gap={4} component="nav" aria-label="主菜单">
      {visibleEntries(may).map((entry) => {
        const Icon = entry.icon;
        const active = entry.route.page === current || (entry.alsoActiveOn?.includes(current) ?? false);
        return (
          <NavLink
            key={entry.label}
            href={routeHref(entry.route)}
            label={entry.label}
            leftSection={<Icon size={18} stroke={1.6} />}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
          />
        );
      })}
    </Stack>
  );
}
