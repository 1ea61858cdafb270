import { Suspense } from 'react';
import { Link, NavLink as RouterNavLink, Outlet, useNavigation } from 'react-router';
import { Anchor, AppShell, Burger, Button, Container, Group, Menu, NavLink, Progress, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Permission, Role, rolesGrant } from '@gantry/shared';
import { Loading } from '@/components/Feedback';
import { useSignOut } from '@/features/auth/hooks/useAuthMutations';
import { MockExamBanner } from '@/features/practice/components/MockExamBanner';
import { useMockExamLock } from '@/features/practice/hooks/useMockExamLock';
import { sharedRoles, useViewer, type Viewer } from '@/lib/viewer';
import { paths } from '@/paths';

interface NavItem {
  label: string;
  to: string;
  end?: boolean;
}

interface NavGroups {
  main: NavItem[];
  /** Platform administration: grouped under one menu so the bar fits. */
  admin: NavItem[];
}

function navItemsFor(viewer: Viewer | null): NavGroups {
  if (!viewer) return { main: [], admin: [] };
  const roles = sharedRoles(viewer.roles);
  const main: NavItem[] = [
    { label: 'Home', to: paths.home.to(), end: true },
    { label: 'My schedule', to: paths.schedule.to() },
    ...(roles.includes(Role.Student) ? [{ label: 'To do', to: paths.todo.to() }] : []),
    { label: 'Find a cohort', to: paths.catalog.to(), end: true },
    ...(rolesGrant(roles, Permission.UseLibrary)
      ? [
          { label: 'Library', to: paths.library.to() },
          { label: 'Questions', to: paths.questions.to() },
        ]
      : []),
    { label: 'Exam practice', to: paths.readiness.to() },
    { label: 'CE hours', to: paths.ceLedger.to() },
  ];
  const admin: NavItem[] = [];
  if (rolesGrant(roles, Permission.ViewOutbox)) admin.push({ label: 'Outbox', to: paths.outbox.to() });
  if (rolesGrant(roles, Permission.ManageTaxonomy)) admin.push({ label: 'Modalities & domains', to: paths.taxonomy.to() });
  if (rolesGrant(roles, Permission.ManageCredentialRules)) admin.push({ label: 'CRES rules', to: paths.credentialRules.to() });
  return { main, admin };
}

function AdminMenu({ items }: { items: NavItem[] }) {
  if (!items.length) return null;
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant="subtle" size="sm" className="top-nav-link">
          Admin
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map((item) => (
          <Menu.Item key={item.to} component={Link} to={item.to}>
            {item.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
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
  // Closed book: no way to lesson material while a mock exam runs.
  const mockExam = useMockExamLock();
  const groups = navItemsFor(viewer);
  const items = groups.main.filter((item) => !mockExam.locked || item.to !== paths.library.to());

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 260, breakpoint: 'lg', collapsed: { mobile: !opened, desktop: true } }}
        padding="md"
      >
        <AppShell.Header>
          {navigation.state === 'loading' ? <Progress value={100} animated size="xs" radius={0} aria-label="Loading page" className="route-progress" /> : null}
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              {viewer ? <Burger opened={opened} onClick={toggle} hiddenFrom="lg" size="sm" aria-label={opened ? 'Close navigation' : 'Open navigation'} aria-expanded={opened} aria-controls="mobile-nav" /> : null}
              <Anchor component={Link} to={paths.home.to()} fw={700} fz="xl" c="blue.9" underline="never" aria-label="Gantry home">
                Gantry
              </Anchor>
              {/* The whole bar needs about 1150 px; below that the burger opens the same links. */}
              <Group component="nav" aria-label="Main" gap={4} visibleFrom="lg" ml="md" wrap="nowrap">
                {items.map((item) => (
                  <Button key={item.to} component={RouterNavLink} to={item.to} end={item.end} variant="subtle" size="sm" className="top-nav-link">
                    {item.label}
                  </Button>
                ))}
                <AdminMenu items={groups.admin} />
              </Group>
            </Group>
            <Group gap="sm" wrap="nowrap">
              {viewer ? (
                <Group visibleFrom="lg">
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
              {[...items, { label: 'Profile', to: paths.profile.to() }].map((item) => (
                <NavLink key={item.to} component={RouterNavLink} to={item.to} end={item.end} label={item.label} onClick={close} />
              ))}
              {groups.admin.length ? (
                <Text size="xs" fw={700} tt="uppercase" c="dimmed" mt="sm">
                  Admin
                </Text>
              ) : null}
              {groups.admin.map((item) => (
                <NavLink key={item.to} component={RouterNavLink} to={item.to} label={item.label} onClick={close} />
              ))}
              <MobileSignOut onDone={close} />
            </Stack>
          </AppShell.Navbar>
        ) : null}

        <AppShell.Main id="main" tabIndex={-1}>
          <Container size="lg" px={0}>
            {mockExam.attemptId ? <MockExamBanner attemptId={mockExam.attemptId} /> : null}
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
