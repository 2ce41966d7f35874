import { AppConfig } from '@crowdcomms/config';
import { formatGraphQLError } from '@crowdcomms/errors';
import { RequestLoaders } from '@crowdcomms/request-context';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Request, Response } from 'express';

/**
 * Apollo configuration: limits from graphql-armor (depth, aliases, cost,
 * tokens, directives) reject abusive documents before any resolver runs;
 * introspection and the landing page exist only outside production; CSRF
 * prevention stays on; errors go through the one formatter.
 */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const production = config.isProduction;
  const armor = new ApolloArmor({
    maxDepth: { n: config.get('GRAPHQL_MAX_DEPTH') },
    costLimit: { maxCost: config.get('GRAPHQL_MAX_COST') },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 2000 },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ...protection.plugins,
      ...(production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
    ],
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    formatError: formatGraphQLError,
    context: ({ req, res }: { req: Request; res: Response }) => ({ req, res, loaders: new RequestLoaders() }),
  };
}
