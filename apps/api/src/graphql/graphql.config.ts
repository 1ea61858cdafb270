import { join } from 'node:path';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { AppConfig } from '../config/config';
import type { GqlContext, RequestWithViewer } from '../common/auth/viewer';
import type { MetricsService } from '../observability/metrics.service';
import { graphqlMetricsPlugin } from '../observability/graphql-metrics.plugin';
import { formatGraphQLError } from './format-error';
import type { LoadersFactory } from './loaders';
import type { Response } from 'express';
import type { AuthService } from '../accounts/auth.service';
import type { SessionCookie } from '../accounts/session-cookie';
import { graphqlWsOptions } from './websocket';

/** Where the API writes the schema the web app's types are generated from. */
export const SCHEMA_FILE = join(__dirname, '../../schema.graphql');

/**
 * Apollo with hardening from day one: depth, alias, token and cost limits, CSRF
 * prevention, no stack traces or field suggestions in production, introspection off
 * in production.
 */
export function graphqlOptions(
  config: AppConfig,
  metrics: MetricsService,
  loaders: LoadersFactory,
  auth: AuthService,
  cookie: SessionCookie,
): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 2000 },
    costLimit: { maxCost: 20_000 },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();
  return {
    // Written in development and tests; production serves the committed schema's twin.
    autoSchemaFile: config.isProduction ? true : SCHEMA_FILE,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !config.isProduction,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    fieldResolverEnhancers: ['guards'],
    validationRules: armor.validationRules,
    // Apollo ships ESM and CJS typings; ours are the CJS twin of the same runtime objects.
    plugins: [...armor.plugins, graphqlMetricsPlugin(metrics)] as unknown as ApolloDriverConfig['plugins'],
    formatError: formatGraphQLError,
    // Subscriptions over WebSocket (graphql-ws) on the same path, authenticated by the session cookie.
    subscriptions: { 'graphql-ws': graphqlWsOptions(config, auth, cookie, loaders, armor.validationRules) as never },
    context: ({ req, res }: { req: RequestWithViewer; res: Response }): GqlContext => ({
      req,
      res,
      viewer: req.viewer,
      loaders: loaders.create(req.viewer),
    }),
  };
}
