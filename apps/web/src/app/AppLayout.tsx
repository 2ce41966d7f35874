import { AppShell, Burger, Group, Menu, NavLink, ScrollArea, Select, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { hasRole, useMe, useSession } from '../session/SessionProvider';
import { LoadingState } from '../shared/states';
import { NotificationsLink } from '../features/volunteer/UnreadBadge';
import { currentNavItem, NAVIGATION } from './navigation';

/** In the header on wider screens; on phones at the top of the navigation drawer, where it has room. */
function OrganisationSwitcher({ inNavigation = false }: { inNavigation?: boolean }) {
  const { me } = useMe();
  const { switchOrganisation } = useSession();
  const navigate = useNavigate();
  if (!me || me.organisations.length < 2) return null;
  return (
    <Select
      aria-label="Switch organisation"
      size="xs"
      w={inNavigation ? undefined : 200}
      mb={inNavigation ? 'md' : undefined}
      px={inNavigation ? 'sm' : undefined}
      visibleFrom={inNavigation ? undefined : 'sm'}
      hiddenFrom={inNavigation ? 'sm' : undefined}
      allowDeselect={false}
      value={me.organisation.id}
      data={me.organisations.map((o) => ({ value: o.id, label: o.name }))}
      onChange={(id) => {
        if (id && id !== me.organisation.id) {
          void switchOrganisation(id).then(() => navigate('/'));
        }
      }}
    />
  );
}

function UserMenu() {
  const { me } = useMe();
  const { signOut } = useSession();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${me?.user.displayName ?? 'you'}`} className="user-menu-button">
          <Text size="sm" fw={500} truncate maw={{ base: 120, sm: 240 }}>
            {me?.user.displayName ?? 'Account'}
          </Text>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me?.user.email}</Menu.Label>
        <Menu.Item onClick={() => void navigate('/account/password')}>Change password</Menu.Item>
        <Menu.Item onClick={() => void signOut().then(() => navigate('/sign-in'))}>Sign out</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The signed-in frame: skip link, header (organisation, switcher, account), role-aware navigation. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { me } = useMe();
  const location = useLocation();
  const sections = NAVIGATION.filter((section) => !section.roles || hasRole(me, section.roles));
  const current = currentNavItem(sections, location.pathname);

  return (
    <>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? 'Close navigation' : 'Open navigation'}
                aria-expanded={opened}
                aria-controls="main-navigation"
              />
              <Stack gap={0} miw={0}>
                <Text fw={700} size="sm" c="blue.9">
                  Crowdcomms
                </Text>
                <Text size="sm" truncate data-testid="organisation-name">
                  {me?.organisation.name ?? ''}
                </Text>
              </Stack>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <OrganisationSwitcher />
              <NotificationsLink />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" component="nav" aria-label="Main" id="main-navigation">
          <ScrollArea>
            <OrganisationSwitcher inNavigation />
            {sections.map((section) => (
              <Stack key={section.label} gap={2} mb="md" role="group" aria-labelledby={`nav-${section.label}`}>
                <Text id={`nav-${section.label}`} size="xs" fw={700} tt="uppercase" c="dimmed" px="sm">
                  {section.label}
                </Text>
                {section.items.map((item) => (
                  <NavLink
                    key={item.to}
                    component={RouterNavLink}
                    to={item.to}
                    end={item.to !== current}
                    label={item.label}
                    active={item.to === current}
                    onClick={close}
                  />
                ))}
              </Stack>
            ))}
          </ScrollArea>
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
