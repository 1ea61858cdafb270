/**
 * Render a piece of the app the way it runs: Mantine, Apollo and a router. Only the
 * network is replaced (Apollo's MockLink with `mocks`); the generated documents, the
 * feature hooks and the cache policies are the real ones.
 */
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MockedProvider } from '@apollo/client/testing/react';
import { useQuery } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createCache } from '@/lib/apollo';
import { cssVariablesResolver, theme } from '@/app/theme';

export type Mocks = ReadonlyArray<MockLink.MockedResponse<Record<string, unknown>, Record<string, unknown>>>;

export function renderRoutes(routes: RouteObject[], { path, mocks }: { path: string; mocks: Mocks }) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const result = render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <Notifications />
      <MockedProvider mocks={mocks} cache={createCache()}>
        <RouterProvider router={router} />
      </MockedProvider>
    </MantineProvider>,
  );
  return { ...result, router, user };
}

/** One element at `path`, plus a marker page at every other path it may navigate to. */
export function renderAt(path: string, element: ReactNode, mocks: Mocks, others: Record<string, string> = {}) {
  const routes: RouteObject[] = [
    { path: path.split('?')[0], element },
    ...Object.entries(others).map(([p, text]) => ({ path: p, element: <p>{text}</p> })),
  ];
  return renderRoutes(routes, { path, mocks });
}

/** A component that needs only Mantine (no network, no router). */
export function renderUi(element: ReactNode) {
  return render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      {element}
    </MantineProvider>,
  );
}

/**
 * Renders "Query answered" once `query`'s answer is in the cache. Put it beside a component
 * that reads the same query, then `await screen.findByText('Query answered')` before checking
 * that the component shows nothing (a fixed pause proves nothing on a slow machine).
 */
export function QueryAnswered({ query }: { query: DocumentNode }) {
  const { data } = useQuery(query, { fetchPolicy: 'cache-only' });
  return data ? <p>Query answered</p> : null;
}
