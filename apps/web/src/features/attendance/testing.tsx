/**
 * Attendance-shaped API answers for tests (with the __typename fields the cache relies
 * on), and a renderer whose subscriptions the test drives by hand.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { ApolloLink } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { MockLink, MockSubscriptionLink } from '@apollo/client/testing';
import { getMainDefinition } from '@apollo/client/utilities';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { cssVariablesResolver, theme } from '@/app/theme';
import type { AttendanceSource, AttendanceStatus } from '@/gql/graphql';
import { createCache } from '@/lib/apollo';
import type { Mocks } from '@/testing/render';

export function attendanceStudent(id: string, displayName: string) {
  return { __typename: 'AttendanceStudent' as const, id, displayName, email: `${id}@example.org` };
}

export function record(
  id: string,
  userId: string,
  status: AttendanceStatus,
  opts: { minutes?: number; source?: AttendanceSource; joinedAt?: string | null; version?: number; updatedBy?: { id: string; displayName: string } | null; note?: string | null; updatedAt?: string; sessionId?: string } = {},
) {
  return {
    __typename: 'AttendanceRecord' as const,
    id,
    sessionId: opts.sessionId ?? 'session-1',
    userId,
    status,
    minutes: opts.minutes ?? 120,
    source: opts.source ?? 'SELF_CHECK_IN',
    joinedAt: opts.joinedAt === undefined ? '2030-01-09T02:02:00.000Z' : opts.joinedAt,
    leftAt: null,
    note: opts.note ?? null,
    version: opts.version ?? 1,
    updatedAt: opts.updatedAt ?? '2030-01-09T02:02:00.000Z',
    updatedBy: opts.updatedBy ? { __typename: 'AttendanceStudent' as const, ...opts.updatedBy } : null,
  };
}

export function rosterRow(student: ReturnType<typeof attendanceStudent>, rec: ReturnType<typeof record> | null) {
  return { __typename: 'RosterRow' as const, student, record: rec };
}

/**
 * Like `renderRoutes`, with subscriptions going to a `MockSubscriptionLink` the test
 * pushes events through (`subscriptions.simulateResult(...)`); queries and mutations to
 * the usual mocks.
 */
export function renderWithSubscriptions(routes: RouteObject[], { path, mocks }: { path: string; mocks: Mocks }) {
  const subscriptions = new MockSubscriptionLink();
  const link = ApolloLink.split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    subscriptions,
    new MockLink(mocks),
  );
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const result = render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <Notifications />
      <MockedProvider link={link} cache={createCache()}>
        <RouterProvider router={router} />
      </MockedProvider>
    </MantineProvider>,
  );
  return { ...result, router, user, subscriptions };
}
