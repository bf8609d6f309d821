import type { DistrictPolicy } from '@xiaohu/domain';
import type DataLoader from 'dataloader';
import { parseCookie } from 'cookie';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { ApiConfig } from './config';
import { apiClientActorOf } from './features/api-clients/api-client-caller';
import { resolveSession } from './features/auth/session.service';
import { createInstitutionLoader } from './features/institutions/institution.loader';
import type { InstitutionFacts } from './features/institutions/institution.type';
import { createPhotoLoader, type PhotoSubjectKey } from './features/photos/photo.loader';
import type { Photo } from './features/photos/photo.type';
import type { SignedInActor } from './shared/auth/actor';
import { clientAddress } from './shared/auth/client-address';
import { clearedSessionCookie, sessionCookie, sessionTokenOf } from './shared/auth/session-cookie';
import type { Clock } from './shared/clock/clock';
import type { ChangeFeed } from './shared/realtime/change-feed';

/** What every request shares: built once at start. */
export interface AppDependencies {
  config: ApiConfig;
  dataSource: DataSource;
  clock: Clock;
  policy: DistrictPolicy;
}

export interface Loaders {
  institutionById: DataLoader<string, InstitutionFacts | null>;
  /** The photos of records the request already read (features/photos). */
  photosOf: DataLoader<PhotoSubjectKey, Photo[], string>;
}

/** A request's loaders, each built on first use: most requests use none of them. */
function lazyLoaders(
  dataSource: DataSource,
  currentActor: () => SignedInActor | null,
  policy: DistrictPolicy,
): Loaders {
  let institutionById: Loaders['institutionById'] | undefined;
  let photosOf: Loaders['photosOf'] | undefined;
  return {
    get institutionById() {
      institutionById ??= createInstitutionLoader(dataSource, currentActor, policy);
      return institutionById;
    },
    get photosOf() {
      photosOf ??= createPhotoLoader(dataSource);
      return photosOf;
    },
  };
}

/** Per-request context: who is asking, the clock, and one set of DataLoaders. */
export interface RequestContext extends AppDependencies {
  /**
   * Who is asking. A holder, because Apollo copies the context object per operation and
   * signIn/signOut change the actor part-way through a request.
   */
  auth: { actor: SignedInActor | null };
  loaders: Loaders;
  /** Writes or clears the session cookie on the response. */
  session: { set(token: string): void; clear(): void };
  /** Where the request comes from and the cookies it carries (sign-in throttles, device cookies). */
  client: { address: string; cookies: Record<string, string | undefined> };
  /** Appends another Set-Cookie header to the response. */
  cookies: { append(setCookie: string): void };
  /** Subscriptions only (over the WebSocket): the database's change signals. */
  changes?: ChangeFeed;
}

/** What a context needs of the incoming request: an HTTP request or a WebSocket's upgrade request. */
interface Incoming {
  headers: IncomingHttpHeaders;
  socket: { remoteAddress?: string };
}

export function buildContext(
  dependencies: AppDependencies,
  req: Request,
  res: Response,
): Promise<RequestContext> {
  return contextOf(dependencies, req, (setCookie) => res.append('Set-Cookie', setCookie));
}

/**
 * A subscription's context, from the WebSocket's upgrade request (its session cookie), per operation:
 * a session ended since the socket opened is no longer signed in. Nothing can be written back to the
 * browser over the socket, so cookies are not set.
 */
export function buildSocketContext(
  dependencies: AppDependencies & { changes: ChangeFeed },
  request: IncomingMessage,
): Promise<RequestContext> {
  return contextOf(dependencies, request, () => undefined);
}

async function contextOf(
  dependencies: AppDependencies & { changes?: ChangeFeed },
  req: Incoming,
  appendCookie: (setCookie: string) => void,
): Promise<RequestContext> {
  const { config, dataSource, clock, policy } = dependencies;
  const session = {
    set: (token: string) => appendCookie(sessionCookie(token, config.cookieSecure)),
    clear: () => appendCookie(clearedSessionCookie(config.cookieSecure)),
  };
  // An API client (issue 13): its token was checked by apiClientGate; its request carries no cookies.
  const clientActor = apiClientActorOf(req as IncomingMessage);
  // Parsed once: the session token and the sign-in's device cookies both come from it.
  const cookies = !clientActor && req.headers.cookie ? parseCookie(req.headers.cookie) : {};
  const token = sessionTokenOf(cookies);
  const actor =
    clientActor ??
    (token
      ? await resolveSession(dataSource, token, clock.now(), {
          idleMinutes: config.sessionIdleMinutes,
          absoluteHours: config.sessionAbsoluteHours,
        })
      : null);
  if (token && !actor) session.clear();

  const context: RequestContext = {
    ...dependencies,
    auth: { actor },
    session,
    client: {
      address: clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.trustedProxies),
      cookies,
    },
    cookies: { append: appendCookie },
    loaders: lazyLoaders(dataSource, () => context.auth.actor, policy),
  };
  return context;
}
