import { existsSync, readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestHandler } from 'express';

/**
 * Persisted queries (issue 13). The SPA's operations are an allow-list that codegen writes at build
 * time (apps/web/src/gql/persisted-documents.json: sha256 hash -> document); the SPA sends only the
 * hash (`extensions.persistedQuery.sha256Hash`, Apollo's protocol) and the API runs the stored
 * document. When the list is required (production), a request without an Authorization header (the
 * SPA, with its cookie session) that sends a document of its own is refused: the SPA's origin can only
 * run what the SPA was built with. A request WITH an Authorization header (an API client with a token)
 * keeps full documents; the token itself is checked by the authentication, which refuses a bad one.
 */
export interface PersistedQueryGate {
  /** Refuse documents from requests without an Authorization header (production). */
  required: boolean;
  /** hash -> document */
  documents: ReadonlyMap<string, string>;
}

export const PERSISTED_QUERY_CODES = ['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_REQUIRED'] as const;

export type GateAnswer =
  | { admitted: true; query: string | undefined }
  | { admitted: false; code: (typeof PERSISTED_QUERY_CODES)[number]; message: string };

const NOT_FOUND = 'PersistedQueryNotFound: this hash is not on the allow-list of the web app';
const REQUIRED =
  'Only the web app’s own operations are accepted here: send an allow-listed hash ' +
  '(extensions.persistedQuery.sha256Hash), or call with an API client token (Authorization header)';

/** Reads the allow-list. A required list must exist; an optional one may be missing (development). */
export function loadPersistedQueries(file: string, required: boolean): PersistedQueryGate {
  if (!existsSync(file)) {
    if (required)
      throw new Error(
        `${file} is missing: build the web (pnpm --dir apps/web codegen) or set PERSISTED_QUERIES`,
      );
    return { required, documents: new Map() };
  }
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const documents = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed)) {
    if (!/^[0-9a-f]{64}$/.test(hash) || typeof document !== 'string')
      throw new Error(`${file}: expected sha256 hashes mapped to documents`);
    documents.set(hash, document);
  }
  return { required, documents };
}

function persistedHash(extensions: unknown): string | null | undefined {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (persisted === undefined) return undefined;
  const hash = (persisted as { sha256Hash?: unknown } | null)?.sha256Hash;
  return typeof hash === 'string' ? hash : null;
}

/** Decides one operation: the stored document for a hash, the sent one if allowed, or a refusal. */
export function admitOperation(
  gate: PersistedQueryGate,
  operation: { query: unknown; extensions: unknown; hasAuthorization: boolean },
): GateAnswer {
  const hash = persistedHash(operation.extensions);
  if (hash !== undefined) {
    const document = hash === null ? undefined : gate.documents.get(hash);
    if (document !== undefined) return { admitted: true, query: document };
    // Apollo's link answers "not found" by sending the document with the hash: judged as a document.
    if (typeof operation.query !== 'string')
      return { admitted: false, code: 'PERSISTED_QUERY_NOT_FOUND', message: NOT_FOUND };
  }
  if (operation.query !== undefined && gate.required && !operation.hasAuthorization)
    return { admitted: false, code: 'PERSISTED_QUERY_REQUIRED', message: REQUIRED };
  return { admitted: true, query: typeof operation.query === 'string' ? operation.query : undefined };
}

export function hasAuthorization(headers: IncomingHttpHeaders): boolean {
  return headers.authorization !== undefined;
}

function withoutPersistedQuery(extensions: unknown): unknown {
  if (typeof extensions !== 'object' || extensions === null) return extensions;
  const { persistedQuery: _dropped, ...rest } = extensions as Record<string, unknown>;
  return rest;
}

/**
 * Express middleware before Apollo at /graphql: puts the stored document in place of a hash (Apollo's
 * own automatic persisted queries are off: it never learns a document from a request) or answers
 * HTTP 400 with a GraphQL error. POST bodies (what the SPA sends) and GET query strings.
 */
export function persistedQueriesMiddleware(gate: PersistedQueryGate): RequestHandler {
  return (req, res, next) => {
    const authorization = hasAuthorization(req.headers);
    const refuse = (answer: Extract<GateAnswer, { admitted: false }>) =>
      res.status(400).json({ errors: [{ message: answer.message, extensions: { code: answer.code } }] });
    if (req.method === 'GET') {
      const url = new URL(req.url, 'http://x');
      let extensions: unknown;
      try {
        extensions = JSON.parse(url.searchParams.get('extensions') ?? 'null');
      } catch {
        return next(); // Apollo answers a malformed parameter itself
      }
      const answer = admitOperation(gate, {
        query: url.searchParams.get('query') ?? undefined,
        extensions,
        hasAuthorization: authorization,
      });
      if (!answer.admitted) return refuse(answer);
      if (answer.query !== undefined) url.searchParams.set('query', answer.query);
      if (extensions !== null)
        url.searchParams.set('extensions', JSON.stringify(withoutPersistedQuery(extensions)));
      req.url = `${url.pathname}${url.search}`;
      return next();
    }
    const body: unknown = req.body;
    // Batches are refused by Apollo (batching is off); anything else is Apollo's to answer.
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return next();
    const params = body as { query?: unknown; extensions?: unknown };
    const answer = admitOperation(gate, {
      query: params.query,
      extensions: params.extensions,
      hasAuthorization: authorization,
    });
    if (!answer.admitted) return refuse(answer);
    if (answer.query !== undefined) params.query = answer.query;
    if (params.extensions !== undefined) params.extensions = withoutPersistedQuery(params.extensions);
    return next();
  };
}
