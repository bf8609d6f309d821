import { randomUUID } from 'node:crypto';
import type { DistrictPolicy } from '@xiaohu/domain';
import type DataLoader from 'dataloader';
import { parseCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { ApiConfig } from './config';
import { resolveSession } from './features/auth/session.service';
import { createInstitutionLoader } from './features/institutions/institution.loader';
import type { InstitutionEntity } from './features/institutions/institution.entity';
import type { SignedInActor } from './shared/auth/actor';
import { clientAddress } from './shared/auth/client-address';
import { clearedSessionCookie, readSessionToken, sessionCookie } from './shared/auth/session-cookie';
import type { Clock } from './shared/clock/clock';

/** What every request shares: built once at start. */
export interface AppDependencies {
  config: ApiConfig;
  dataSource: DataSource;
  clock: Clock;
  policy: DistrictPolicy;
}

export interface Loaders {
  institutionById: DataLoader<string, InstitutionEntity | null>;
}

/** Per-request context: who is asking, the clock, and one set of DataLoaders. */
export interface RequestContext extends AppDependencies {
  requestId: string;
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
}

export async function buildContext(
  dependencies: AppDependencies,
  req: Request,
  res: Response,
): Promise<RequestContext> {
  const { config, dataSource, clock, policy } = dependencies;
  const session = {
    set: (token: string) => res.append('Set-Cookie', sessionCookie(token, config.cookieSecure)),
    clear: () => res.append('Set-Cookie', clearedSessionCookie(config.cookieSecure)),
  };
  const token = readSessionToken(req.headers.cookie);
  const actor = token
    ? await resolveSession(dataSource, token, clock.now(), {
        idleMinutes: config.sessionIdleMinutes,
        absoluteHours: config.sessionAbsoluteHours,
      })
    : null;
  if (token && !actor) session.clear();

  const context: RequestContext = {
    ...dependencies,
    requestId: randomUUID(),
    auth: { actor },
    session,
    client: {
      address: clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.trustedProxies),
      cookies: req.headers.cookie ? parseCookie(req.headers.cookie) : {},
    },
    cookies: { append: (setCookie: string) => res.append('Set-Cookie', setCookie) },
    loaders: { institutionById: createInstitutionLoader(dataSource, () => context.auth.actor, policy) },
  };
  return context;
}
