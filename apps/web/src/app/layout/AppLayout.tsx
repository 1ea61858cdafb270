import { Suspense } from 'react';
import { Link, NavLink as RouterNavLink, Outlet, useNavigation } from 'react-router';
import { Anchor, AppShell, Burger, Button, Container, Group, Menu, NavLink, Progress, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Permission, rolesGrant } from '@gantry/shared';
import { Loading } from '@/components/Feedback';
import { useSignOut } from '@/features/auth/hooks/useAuthMutations';
import { sharedRoles, useViewer, type Viewer } from '@/lib/viewer';
import { paths } from '@/paths';

interface NavItem {
  label: string;
  to: string;
  end?: boolean;
}

function navItemsFor(viewer: Viewer | null): NavItem[] {
  if (!viewer) return [];
  const items: NavItem[] = [
    { label: 'Home', to: paths.home.to(), end: true },
    { label: 'My schedule', to: paths.schedule.to() },
    { label: 'Find a cohort', to: paths.catalog.to(), end: true },
    { label: 'Profile', to: paths.profile.to() },
  ];
  if (rolesGrant(sharedRoles(viewer.roles), Permission.ViewOutbox)) items.push({ label: 'Outbox', to: paths.outbox.to() });
  return items;
}

function UserMenu({ viewer }: { viewer: Viewer }) {
  const { signOut, loading } = useSignOut();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton className="user-menu-button" aria-label={`Account menu, signed in as ${viewer.displayName}`}>
          <Text size="sm" component="span">
            Signed in as <strong>{viewer.displayName}</strong>
          </Text>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{viewer.email}</Menu.Label>
        <Menu.Item component={Link} to={paths.profile.to()}>
          Profile and password
        </Menu.Item>
        <Menu.Item
          disabled={loading}
          onClick={() => void signOut()}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The frame of every page: skip link, header with navigation, and the page in <main>. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { viewer, loading } = useViewer();
  const navigation = useNavigation();
  const items = navItemsFor(viewer);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened, desktop: true } }}
        padding="md"
      >
        <AppShell.Header>
          {navigation.state === 'loading' ? <Progress value={100} animated size="xs" radius={0} aria-label="Loading page" className="route-progress" /> : null}
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              {viewer ? <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={opened ? 'Close navigation' : 'Open navigation'} aria-expanded={opened} aria-controls="mobile-nav" /> : null}
              <Anchor component={Link} to={paths.home.to()} fw={700} fz="xl" c="blue.9" underline="never" aria-label="Gantry home">
                Gantry
              </Anchor>
              <Group component="nav" aria-label="Main" gap={4} visibleFrom="sm" ml="md">
                {items.map((item) => (
                  <Button key={item.to} component={RouterNavLink} to={item.to} end={item.end} variant="subtle" size="sm" className="top-nav-link">
                    {item.label}
                  </Button>
                ))}
              </Group>
            </Group>
            <Group gap="sm" wrap="nowrap">
              {viewer ? (
                <Group visibleFrom="sm">
                  <UserMenu viewer={viewer} />
                </Group>
              ) : loading ? null : (
                <>
                  <Button component={RouterNavLink} to={paths.catalog.to()} end variant="subtle" size="sm" visibleFrom="xs" className="top-nav-link">
                    Find a cohort
                  </Button>
                  <Button component={Link} to={paths.signIn.to()} variant="subtle" size="sm">
                    Sign in
                  </Button>
                  <Button component={Link} to={paths.signUp.to()} size="sm">
                    Sign up
                  </Button>
                </>
              )}
            </Group>
          </Group>
        </AppShell.Header>

        {viewer && opened ? (
          <AppShell.Navbar p="md" id="mobile-nav" aria-label="Main (mobile)">
            <Stack gap="xs">
              <Text size="sm">
                Signed in as <strong>{viewer.displayName}</strong>
              </Text>
              {items.map((item) => (
                <NavLink key={item.to} component={RouterNavLink} to={item.to} end={item.end} label={item.label} onClick={close} />
              ))}
              <MobileSignOut onDone={close} />
            </Stack>
          </AppShell.Navbar>
        ) : null}

        <AppShell.Main id="main" tabIndex={-1}>
          <Container size="lg" px={0}>
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </Container>
        </AppShell.Main>
      </AppShell>
    </>
  );
}

function MobileSignOut({ onDone }: { onDone: () => void }) {
  const { signOut, loading } = useSignOut();
  return (
    <Button
      variant="default"
      loading={loading}
      onClick={() => {
        onDone();
        void signOut();
      }}
    >
      Sign out
    </Button>
  );
}
