import type { IncomingMessage } from 'node:http';
import { GraphQLError, specifiedRules, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Context } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import cookieParser from 'cookie-parser';
import type { AppConfig } from '../config/config';
import type { AuthService } from '../accounts/auth.service';
import type { SessionCookie } from '../accounts/session-cookie';
import type { GqlContext, RequestWithViewer } from '../common/auth/viewer';
import type { LoadersFactory } from './loaders';
import { formatGraphQLError } from './format-error';

/** What a socket keeps between messages: the upgrade request, with its cookies parsed. */
type WsContext = Context<Record<string, unknown> | undefined, Extra & { request: IncomingMessage & RequestWithViewer }>;

/** Queries and mutations go over HTTP (CSRF checks, rate limits, cookies); the socket serves subscriptions only. */
const subscriptionsOnly: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'subscription') {
      context.reportError(new GraphQLError('Only subscriptions are served over WebSocket; send queries and mutations over HTTP.', { nodes: [node] }));
    }
  },
});

/**
 * A browser sends cookies on a WebSocket from any page, so a socket is only accepted
 * from this site's own pages (Origin equal to the public URL or to the Host it was
 * sent to — the dev proxy forwards the latter). Clients without an Origin are not
 * browsers and must present the cookie like anyone else.
 */
export function originAllowed(request: IncomingMessage, config: AppConfig): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin === new URL(config.publicUrl).origin) return true;
  if (url.host === request.headers.host) return true;
  // The Vite dev server (another port on this machine) proxies the socket in development.
  return !config.isProduction && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
}

function parseCookies(request: IncomingMessage): void {
  // cookie-parser as on HTTP requests: the upgrade request never passes through Express.
  cookieParser()(request as never, {} as never, () => undefined);
}

/**
 * `graphql-ws` options for `@nestjs/apollo`: the same viewer and loaders as over HTTP,
 * resolved from the session cookie on the upgrade request, checked again for every
 * subscription so a signed-out session stops getting events it subscribes to next.
 */
export function graphqlWsOptions(config: AppConfig, auth: AuthService, cookie: SessionCookie, loaders: LoadersFactory, extraRules: readonly ValidationRule[]) {
  const rules = [...specifiedRules, ...extraRules, subscriptionsOnly];
  return {
    path: '/graphql',
    connectionInitWaitTimeout: 10_000,
    onConnect: async (ctx: WsContext) => {
      const request = ctx.extra.request;
      // Returning false closes the socket with 4403 Forbidden: nothing here is public.
      if (!originAllowed(request, config)) return false;
      parseCookies(request);
      request.clientIp = request.socket.remoteAddress ?? 'unknown';
      request.viewer = await auth.resolveSession(cookie.read(request));
      return !!request.viewer;
    },
    validate: (schema: GraphQLSchema, document: DocumentNode) => validate(schema, document, rules),
    // Errors leave in the same shape as over HTTP: a domain message and `extensions.code`.
    onNext: (_ctx: WsContext, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
      result.errors ? { ...result, errors: result.errors.map((e) => formatGraphQLError(e.toJSON(), e)) } : result,
    // Validation errors, and errors that end a running subscription (its source threw, e.g.
    // a re-check found the viewer may no longer see it: those carry the domain error).
    onError: (_ctx: WsContext, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
      errors.map((e) =>
        e.originalError
          ? formatGraphQLError(e.toJSON(), e.originalError)
          : { message: e.message, locations: e.locations, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      ),
    context: async (ctx: WsContext): Promise<GqlContext> => {
      const request = ctx.extra.request;
      const viewer = await auth.resolveSession(cookie.read(request));
      return { req: request, res: undefined as never, viewer, loaders: loaders.create(viewer), refreshViewer: () => auth.resolveSession(cookie.read(request)) };
    },
  };
}
