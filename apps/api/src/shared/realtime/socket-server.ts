import type { IncomingMessage, Server } from 'node:http';
import {
  GraphQLError,
  getOperationAST,
  specifiedRules,
  validate,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { buildSocketContext, type AppDependencies } from '../../context';
import { createFormatError } from '../graphql/format-error';
import { admitOperation, hasAuthorization, type PersistedQueryGate } from '../graphql/persisted-queries';
import type { ChangeFeed } from './change-feed';

type Log = (message: string, error?: unknown) => void;

// A WebSocket carries the browser's cookies whatever page opened it (no CORS, no SameSite for
// same-site pages): a socket opened from another origin is refused before it is accepted.
function isSameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true; // not a browser: no ambient cookies to ride on
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws protocol) at /graphql, on the HTTP server: the same
 * schema, query limits and error masking as HTTP; subscriptions only (queries and mutations keep to
 * HTTP, with its CSRF protection); the session from the upgrade request's cookie, checked again for
 * every operation. Returns a function that closes every socket.
 */
export function attachSubscriptions(
  server: Server,
  schema: GraphQLSchema,
  dependencies: AppDependencies & { changes: ChangeFeed },
  validationRules: readonly ValidationRule[],
  persistedQueries: PersistedQueryGate,
  log: Log,
): () => Promise<void> {
  const sockets = new WebSocketServer({
    server,
    path: '/graphql',
    maxPayload: 64 * 1024,
    verifyClient: ({ req }: { req: IncomingMessage }) => isSameOrigin(req),
  });
  const formatError = createFormatError(log);
  const masked = (errors: readonly GraphQLError[]) =>
    errors.map((error) => {
      const formatted = formatError(error.toJSON(), error);
      return new GraphQLError(formatted.message, { extensions: formatted.extensions });
    });
  const disposable = useServer(
    {
      schema,
      context: (ctx) => buildSocketContext(dependencies, ctx.extra.request),
      // The allow-list as over HTTP (issue 13): a hash runs its stored document, whatever text came
      // with it; a document of its own is refused from a socket without an Authorization header when
      // the list is required.
      onSubscribe: (ctx, _id, payload) => {
        const answer = admitOperation(persistedQueries, {
          query: payload.query,
          extensions: payload.extensions,
          hasAuthorization: hasAuthorization(ctx.extra.request.headers),
        });
        if (!answer.admitted)
          return [new GraphQLError(answer.message, { extensions: { code: answer.code } })];
        if (answer.query !== undefined) (payload as { query: string }).query = answer.query;
        return undefined;
      },
      validate: (validatedSchema, document) => {
        const errors = validate(validatedSchema, document, [...specifiedRules, ...validationRules]);
        // Coded as Apollo codes them over HTTP, so the masking keeps their message.
        if (errors.length > 0)
          return errors.map(
            (error) =>
              new GraphQLError(error.message, {
                nodes: error.nodes,
                extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
              }),
          );
        const operation = getOperationAST(document);
        if (operation?.operation !== 'subscription')
          return [
            new GraphQLError('Only subscriptions are served over the WebSocket; use HTTP', {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        return [];
      },
      onError: (_ctx, _id, _payload, errors) => masked(errors),
      onNext: (_ctx, _id, _payload, _args, result) =>
        'errors' in result && result.errors
          ? { ...result, errors: result.errors.map((e) => formatError(e, e)) }
          : result,
    },
    sockets,
  );
  return async () => {
    await disposable.dispose();
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
  };
}
