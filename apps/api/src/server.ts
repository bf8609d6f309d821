import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { buildContext, type AppDependencies, type RequestContext } from './context';
import { buildAppSchema } from './schema';
import { createFormatError } from './shared/graphql/format-error';
import { pageSizeCostPlugin } from './shared/graphql/page-size-cost';
import { loadPersistedQueries, persistedQueriesMiddleware } from './shared/graphql/persisted-queries';
import { startChangeFeed, type ChangeFeed } from './shared/realtime/change-feed';
import { attachSubscriptions } from './shared/realtime/socket-server';
import { mountCaseRoutes } from './features/incidents/case-export.routes';
import { mountStaffRoutes } from './features/staff/staff-routes';
import { mountAssessmentRoutes } from './features/assessment/assessment-routes';
import { mountPhotoRoutes } from './features/photos/photo-routes';
import { mountCampaignRoutes } from './features/inspections/campaign-export.routes';
import { mountHazardRoutes } from './features/inspections/hazard-export.routes';
import { mountSurroundingsRoutes } from './features/surroundings/surroundings-export.routes';
import { mountPlacesRoutes } from './features/places/places-export.routes';
import { mountChildFileRoutes } from './features/child-files/child-files.routes';
import { mountBullyingDocumentRoutes } from './features/care-records/bullying-document.routes';
import { mountTrainingRoutes } from './features/training/training-routes';
import { apiClientGate } from './features/api-clients/api-client-gate';
import { apiClientPlugin } from './features/api-clients/api-client-plugin';
import { mountMandatoryReportRoutes } from './features/incidents/mandatory-report.routes';
import { mountDeveloperRoutes } from './features/developer/developer.routes';

export interface AppServer {
  app: Express;
  /** Serves subscriptions on the listening HTTP server (WebSocket at /graphql, fed by the database). */
  attach(server: Server): Promise<void>;
  /** The change feed once attached (tests wait for its listeners). */
  changes(): ChangeFeed | null;
  stop(): Promise<void>;
}

type Log = (message: string, error?: unknown) => void;

/**
 * The query limits, chosen from measurement (query-limits.integration.test.ts prints the figures;
 * docs/ARCHITECTURE.md explains them). Fragments are flattened for depth and cost: a query counts the
 * same whether the SPA's fragments are spread or pasted inline, so an integrator copying it is not refused.
 */
export const QUERY_LIMITS = {
  // Apollo answers 400 with graphql-js's own limit; graphql-armor's token plugin would answer 500.
  maxTokens: 2000,
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 20,
  maxCost: 30000,
} as const;

/** What the query limits measured of an accepted operation (for the tests that choose the limits). */
export interface QueryMeasures {
  cost?(cost: number): void;
  depth?(depth: number): void;
  aliases?(aliases: number): void;
  directives?(directives: number): void;
}

/** graphql-armor with QUERY_LIMITS: Apollo plugins and validation rules. */
export function queryArmor(measure: QueryMeasures = {}): ReturnType<ApolloArmor['protect']> {
  const report = (sink?: (n: number) => void) =>
    sink ? [(_context: unknown, { n }: { n: number }) => sink(n)] : [];
  return new ApolloArmor({
    maxTokens: { enabled: false },
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true, onAccept: report(measure.depth) },
    maxAliases: { n: QUERY_LIMITS.maxAliases, onAccept: report(measure.aliases) },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, onAccept: report(measure.directives) },
    costLimit: {
      maxCost: QUERY_LIMITS.maxCost,
      flattenFragments: true,
      onAccept: report(measure.cost),
    },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

function jsonError(status: number, code: string, message: string) {
  return { status, body: { errors: [{ message, extensions: { code } }] } };
}

// Body-parser and any other HTTP-layer error: never Express's default HTML page with a stack trace.
function httpErrorHandler(log: Log): ErrorRequestHandler {
  return (error: { status?: number; type?: string }, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status =
      typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) log('Unexpected HTTP error', error);
    const { body } =
      status === 500
        ? jsonError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error')
        : jsonError(
            status,
            'BAD_REQUEST',
            error.type === 'entity.parse.failed' ? 'Malformed JSON body' : 'Bad request',
          );
    res.status(status).json(body);
  };
}

/** The HTTP app: /graphql and, at the same origin, the built SPA with fallback to index.html. */
export async function createAppServer(dependencies: AppDependencies, log: Log): Promise<AppServer> {
  const { config } = dependencies;
  const protection = queryArmor();
  const persistedQueries = loadPersistedQueries(config.persistedQueriesFile, config.persistedQueriesRequired);
  const schema = await buildAppSchema();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    // No landing page: it loads from a CDN the district's network cannot reach, and it is HTML at /graphql.
    // Nothing sets cache hints (every answer is no-store): the cache-control plugin Apollo installs
    // by default would only wrap every field of every answer (about a tenth of a small request's time).
    plugins: [
      ...protection.plugins,
      // The cost limit again with the request's page sizes: armor prices only literal ones.
      pageSizeCostPlugin(protection.validationRules),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      // API clients (issue 13): read-only unless granted write; every operation audited.
      apiClientPlugin(),
    ],
    validationRules: [...protection.validationRules],
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    // The allow-list (persistedQueriesMiddleware) answers hashes; Apollo never learns a document.
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    introspection: !config.isProduction,
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM and stops everything in order; Apollo's own handler raced it.
    stopOnTerminationSignals: false,
    formatError: createFormatError(log),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders(config.isProduction));
  // br or gzip as the browser asks; the .xlsx exports are zip files already and are left alone.
  app.use(compression());
  // Liveness for process supervisors and the browser tests: answers once the API can take requests.
  app.get('/healthz', (_req, res) => {
    res.type('text/plain').send('ok');
  });
  // Answers carry personal data: never kept by the browser or a proxy.
  app.use(['/graphql', '/api'], noStore);
  app.use(
    '/graphql',
    // Bearer tokens of API clients (issue 13): a valid client or 401/429, before anything else runs.
    apiClientGate(dependencies),
    express.json({ limit: '100kb' }),
    persistedQueriesMiddleware(persistedQueries),
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext(dependencies, req, res) }),
  );
  mountStaffRoutes(app, dependencies, log);
  mountCaseRoutes(app, dependencies, log);
  mountAssessmentRoutes(app, dependencies, log);
  mountPhotoRoutes(app, dependencies, log);
  mountHazardRoutes(app, dependencies, log);
  mountCampaignRoutes(app, dependencies, log);
  mountSurroundingsRoutes(app, dependencies, log);
  mountPlacesRoutes(app, dependencies, log);
  mountBullyingDocumentRoutes(app, dependencies, log);
  mountChildFileRoutes(app, dependencies, log);
  mountTrainingRoutes(app, dependencies, log);
  mountMandatoryReportRoutes(app, dependencies, log);
  mountDeveloperRoutes(app, dependencies, schema, log);
  serveSpa(app, config.webDistDir);
  app.use(httpErrorHandler(log));
  let closeSockets: (() => Promise<void>) | null = null;
  let changes: ChangeFeed | null = null;
  return {
    app,
    async attach(server) {
      const url = (dependencies.dataSource.options as { url?: string }).url;
      if (!url) throw new Error('Subscriptions need the database URL of the data source');
      changes = await startChangeFeed(url, log);
      closeSockets = attachSubscriptions(
        server,
        schema,
        { ...dependencies, changes },
        protection.validationRules,
        persistedQueries,
        log,
      );
    },
    changes: () => changes,
    async stop() {
      await closeSockets?.();
      await changes?.stop();
      await apollo.stop();
    },
  };
}

const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/**
 * helmet with a strict policy: scripts only from this origin (the SPA has no inline script), never
 * framed (frame-ancestors 'none' and X-Frame-Options DENY), no referrer, no powerful browser features,
 * HSTS in production. Styles allow 'unsafe-inline' because MUI (emotion) injects <style> elements.
 */
function securityHeaders(isProduction: boolean): RequestHandler {
  const helmetMiddleware = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  return (req, res, next) => {
    res.setHeader(
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()',
    );
    helmetMiddleware(req, res, next);
  };
}

const ONE_YEAR_SECONDS = 31_536_000;

function serveSpa(app: Express, distDir: string): void {
  const indexHtml = path.join(distDir, 'index.html');
  // Vite names every file under assets/ by its content hash: a changed file is a new URL.
  app.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), {
      index: false,
      immutable: true,
      maxAge: ONE_YEAR_SECONDS * 1000,
    }),
    (_req, res) => {
      res.status(404).type('text/plain').send('Not found');
    },
  );
  // Everything else (index.html, icons) is revalidated on every load.
  app.use(
    express.static(distDir, {
      index: false,
      fallthrough: true,
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith('/graphql') || !req.accepts('html')) return next();
    if (!existsSync(indexHtml)) {
      res
        .status(404)
        .type('text/plain')
        .send('The web app is not built: run `pnpm --filter @xiaohu/web build`.');
      return;
    }
    // Client routes (/institutions/...) are the SPA's; the browser must not cache the shell.
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
