import { useState, type ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { createApolloClient } from '@/lib/apollo';
import { ViewerQuery } from '@/lib/viewer';
import { cssVariablesResolver, theme } from './theme';

/** Mantine (theme, notifications) and Apollo, for the whole app. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => {
    const c = createApolloClient({
      onUnauthenticated: () => {
        // The session is gone: forget the viewer. Signed-in routes then send the user to
        // sign-in (with `next` set to where they were).
        const known = c.cache.readQuery({ query: ViewerQuery });
        if (known?.viewer) {
          c.cache.writeQuery({ query: ViewerQuery, data: { viewer: null } });
          notifications.show({ id: 'session-ended', color: 'yellow', title: 'Signed out', message: 'Your session ended. Sign in again to continue.' });
        }
      },
    });
    return c;
  });
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" limit={4} />
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </MantineProvider>
  );
}
