import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { from, switchMap } from 'rxjs';
import type { SessionManager } from '../session/session-manager';
import { WEB_CLIENT_HEADER } from '../session/web-client';

/** Set on an operation's context once it has been retried after a renewal, so it is retried only once. */
const RETRIED = 'crowdcomms:retriedAfterRenewal';

function isUnauthenticated(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * Apollo Client for the web app: every request carries the in-memory access
 * token (renewed shortly before it expires); an UNAUTHENTICATED answer renews
 * once and retries; subscriptions run over graphql-ws on the same /graphql URL.
 */
export function createApolloClient(session: SessionManager): {
  client: ApolloClient;
  restartSubscriptions: () => void;
} {
  const wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  const wsClient = createClient({
    url: wsUrl,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    connectionParams: async () => {
      const token = await session.accessToken().catch(() => null);
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });

  const auth = new SetContextLink(async (prev) => {
    const token = await session.accessToken().catch(() => null);
    const headers: Record<string, string> = {
      ...(prev.headers as Record<string, string> | undefined),
      ...WEB_CLIENT_HEADER,
    };
    if (token) headers.authorization = `Bearer ${token}`;
    return { headers };
  });

  const renewOnce = new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error) || !session.signedIn || operation.getContext()[RETRIED]) return;
    operation.setContext({ [RETRIED]: true });
    // The retry passes through the auth link again, which picks up the renewed token.
    return from(session.renew().catch(() => null)).pipe(switchMap(() => forward(operation)));
  });

  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const link = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(wsClient),
    ApolloLink.from([renewOnce, auth, http]),
  );

  const client = new ApolloClient({
    link,
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  // A socket authenticates once, when it connects: after signing in, out or into another
  // organisation, reconnect so live updates follow the new session.
  return { client, restartSubscriptions: () => wsClient.terminate() };
}
