import { AppConfig } from '@crowdcomms/config';
import { formatGraphQLError } from '@crowdcomms/errors';
import { RequestLoaders } from '@crowdcomms/request-context';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { AuthService, SessionRevocations } from '@crowdcomms/identity';
import { Request, Response } from 'express';
import { IncomingMessage } from 'node:http';
import { Context } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { bearerFrom, SocketSessions } from './socket-sessions';
import { CompiledExecution } from './compiled-execution';

type ConnectionParams = Record<string, unknown>;
interface SocketExtra {
  socket: WebSocket;
  request?: IncomingMessage;
  authorization?: string;
}

/**
 * Apollo configuration: limits from graphql-armor (depth, aliases, cost,
 * directives) and Apollo's parser (tokens) reject abusive documents before any resolver runs;
 * introspection and the landing page exist only outside production; CSRF
 * prevention stays on; errors go through the one formatter.
 */
export function graphqlOptions(
  config: AppConfig,
  auth: AuthService,
  revocations: SessionRevocations,
): ApolloDriverConfig {
  const production = config.isProduction;
  const sockets = new SocketSessions(auth, revocations);
  const armor = new ApolloArmor({
    // Depth and cost count fields only: a fragment spread (the web app shares field lists as
    // fragments) is not a level of its own, so a selection costs the same written either way.
    maxDepth: { n: config.get('GRAPHQL_MAX_DEPTH'), flattenFragments: true },
    costLimit: { maxCost: config.get('GRAPHQL_MAX_COST'), flattenFragments: true },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // The token limit is enforced by Apollo's own parser (`parseOptions` below): armor's
    // plugin re-parses the document and turns every syntax error into an HTTP 500
    // labelled GRAPHQL_VALIDATION_FAILED instead of a 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  // graphql-ws: the client sends `{ authorization: "Bearer <accessToken>" }` in connection_init; a
  // connection without a valid session is closed (4403), and so is one whose session ends or whose
  // access token expires (SocketSessions; a ping carrying a fresh token extends it).
  const graphqlWs: GraphQLWsSubscriptionsConfig = {
    path: '/graphql',
    onConnect: async ({ connectionParams, extra }: Context<ConnectionParams | undefined, unknown>) => {
      const socketExtra = extra as SocketExtra;
      const token = bearerFrom(connectionParams);
      const renewed = (fresh: string) => (socketExtra.authorization = `Bearer ${fresh}`);
      if (!(await sockets.open(socketExtra.socket, token, renewed))) return false;
      socketExtra.authorization = `Bearer ${token}`;
      return true;
    },
    onClose: ({ extra }: Context<ConnectionParams | undefined, unknown>) => {
      sockets.forget((extra as SocketExtra).socket);
    },
  };
  const execution = new CompiledExecution();
  return {
    autoSchemaFile: true,
    // Operations run compiled (graphql-jit): Apollo takes an executor only from a gateway. Nest's driver passes
    // its options to Apollo Server as they are; its type leaves `gateway` to the federation driver.
    transformSchema: execution.useSchema,
    ...({ gateway: execution } as Partial<ApolloDriverConfig>),
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ...protection.plugins,
      // Apollo's default cache-control plugin wraps every field's resolver to collect cache hints this API
      // never gives (measurably slow on a 50-post feed); responses stay `Cache-Control: no-store`, as it answered.
      ApolloServerPluginCacheControlDisabled(),
      {
        requestDidStart: () =>
          Promise.resolve({
            willSendResponse: ({ response }) => {
              if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
              return Promise.resolve();
            },
          }),
      },
      ...(production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
    ],
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: 2000 },
    allowBatchedHttpRequests: false,
    formatError: formatGraphQLError,
    // Apollo indents every response by default: on a 50-post feed page the indentation is 39 % of the bytes
    // (62 kB against 38 kB) and its largest single cost after GraphQL's execution. Clients parse JSON either way.
    stringifyResult: (result) => JSON.stringify(result),
    subscriptions: {
      'graphql-ws': graphqlWs,
    },
    // Over HTTP the request is Express's; over WebSocket the guard gets the same shape,
    // carrying the connection's token, so one AuthGuard serves both.
    context: ({ req, res, extra }: { req?: Request; res?: Response; extra?: SocketExtra }) =>
      extra
        ? {
            req: { headers: { authorization: extra.authorization }, ip: extra.request?.socket?.remoteAddress },
            loaders: new RequestLoaders(),
          }
        : { req, res, loaders: new RequestLoaders() },
  };
}
