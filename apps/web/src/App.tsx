import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo/client';
import { createRouter } from './app/router';
import { cssVariablesResolver, theme } from './app/theme';
import { renewFromCookie } from './session/renew-from-cookie';
import { SessionManager } from './session/session-manager';
import { SessionProvider } from './session/SessionProvider';
import { focusFirstInvalidOnSubmit } from './shared/forms';

export function App() {
  const [{ session, client, restartSubscriptions, router }] = useState(() => {
    const session = new SessionManager(renewFromCookie);
    return { session, ...createApolloClient(session), router: createRouter() };
  });
  useEffect(() => focusFirstInvalidOnSubmit(document), []);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <ApolloProvider client={client}>
        <SessionProvider session={session} restartSubscriptions={restartSubscriptions}>
          <RouterProvider router={router} />
        </SessionProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}
