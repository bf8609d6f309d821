import { permit } from './access.rules';
import type { AccessActor, AccountRole, Permit } from './access.types';

// API clients 接口客户端 (issue 13): a system (the district's 智慧校园 platform, the city's data centre) that
// calls the API with a bearer token. Its scope is a person's (role, unit or institution, the designated
// officer's need-to-know), so every other policy applies to it unchanged; these rules say who manages
// clients, what a client may call at all, and when its tokens hold.

/**
 * Roles a client may be given: a person's, never the administrator's (a client cannot manage clients)
 * nor the leadership's (REP-7: see apiClientScopeProblem).
 */
export const API_CLIENT_ROLES = [
  'TEACHER',
  'HEAD',
  'STAFF',
  'SECTION_MEMBER',
] as const satisfies readonly AccountRole[];

/** Our defaults (the plan says nothing about machine access). */
export const API_CLIENT_LIMITS = {
  /** A token's lifetime when the administrator does not choose one, and the longest allowed. */
  defaultTokenDays: 90,
  maxTokenDays: 365,
  /** How long the token replaced by a rotation keeps working, by default and at most. */
  defaultOverlapHours: 24,
  maxOverlapHours: 168,
  /** Calls per minute, by default and at most. */
  defaultRateLimitPerMinute: 60,
  maxRateLimitPerMinute: 6000,
} as const;

/** The administrator's view of a client: what may be done with it next. */
export interface ApiClientFacts {
  revokedAt: Date | null;
}

/** An actor as these rules see it: a person, or a client acting through its token. */
export type ApiClientActor = Pick<AccessActor, 'role'> & { apiClientId?: string | null };

/** ORG-3: only an administrator (a person, not a client) lists and registers API clients. */
export function apiClientsAccess(actor: ApiClientActor): { canList: Permit; canCreate: Permit } {
  const isAdmin = actor.role === 'ADMIN' && !actor.apiClientId;
  return { canList: permit(isAdmin, 'ORG-3'), canCreate: permit(isAdmin, 'ORG-3') };
}

/** What an administrator may do with one client: rotate its token and revoke it, until it is revoked. */
export function apiClientAccess(
  actor: ApiClientActor,
  client: ApiClientFacts,
): { canRotate: Permit; canRevoke: Permit } {
  const manages = apiClientsAccess(actor).canList.allowed && client.revokedAt === null;
  return { canRotate: permit(manages, 'ORG-3'), canRevoke: permit(manages, 'ORG-3') };
}

/** The scope an administrator chooses for a client. */
export interface ApiClientScope {
  role: AccountRole;
  unit: string | null;
  isDesignatedCaseOfficer: boolean;
}

export type ApiClientScopeProblem = 'ROLE_NOT_ALLOWED' | 'LEADERSHIP_SCOPE' | 'NOT_A_SAFETY_MEMBER';

/**
 * Why a scope cannot be a client's, or null. REP-7: a client sees a child's identity only with the
 * need-to-know of a designated officer, which goes only to a 安稳办 (SAFETY) section member's scope, as
 * for a person; the leadership's scope (LEADER, or a section member of LEAD) is in every case's
 * need-to-know group, so it is never a client's (a district-wide reader takes e.g. 督导室's scope).
 */
export function apiClientScopeProblem(scope: ApiClientScope): ApiClientScopeProblem | null {
  if (scope.role === 'LEADER' || scope.unit === 'LEAD') return 'LEADERSHIP_SCOPE';
  if (!(API_CLIENT_ROLES as readonly AccountRole[]).includes(scope.role)) return 'ROLE_NOT_ALLOWED';
  if (scope.isDesignatedCaseOfficer && !(scope.role === 'SECTION_MEMBER' && scope.unit === 'SAFETY'))
    return 'NOT_A_SAFETY_MEMBER';
  return null;
}

export type GraphQLOperationKind = 'query' | 'mutation' | 'subscription';

/**
 * May a client run this kind of operation at all (which records and actions stay the policies' answer)?
 * Read-only unless granted write; subscriptions are the SPA's (WebSocket with a session cookie).
 */
export function apiClientOperationAccess(
  client: { canWrite: boolean },
  operation: GraphQLOperationKind,
): Permit {
  switch (operation) {
    case 'query':
      return permit(true, 'ORG-3');
    case 'mutation':
      return permit(client.canWrite, 'ORG-3');
    case 'subscription':
      return permit(false, 'ORG-3');
  }
}

/** A token as stored: when it stops working of itself and whether a rotation cut it short. */
export interface ApiTokenFacts {
  expiresAt: Date;
  /** Set by a rotation: the replaced token works until then (the overlap). */
  supersededUntil: Date | null;
}

export type ApiTokenState = 'VALID' | 'EXPIRED' | 'SUPERSEDED' | 'REVOKED';

/** Does this token open the API now? A revoked client's tokens all stop at once. */
export function apiTokenState(token: ApiTokenFacts, client: ApiClientFacts, now: Date): ApiTokenState {
  if (client.revokedAt !== null) return 'REVOKED';
  if (token.supersededUntil !== null && now.getTime() >= token.supersededUntil.getTime()) return 'SUPERSEDED';
  if (now.getTime() >= token.expiresAt.getTime()) return 'EXPIRED';
  return 'VALID';
}

export type ApiClientStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

/** A client's status for the administrator's list: revoked, or whether any of its tokens still works. */
export function apiClientStatus(
  client: ApiClientFacts,
  tokens: readonly ApiTokenFacts[],
  now: Date,
): ApiClientStatus {
  if (client.revokedAt !== null) return 'REVOKED';
  return tokens.some((token) => apiTokenState(token, client, now) === 'VALID') ? 'ACTIVE' : 'EXPIRED';
}

/** The per-minute window a call falls in (fixed windows on the minute, UTC). */
export function rateWindowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000);
}

/** Is the n-th call of this minute within the client's limit, and if not, when may it call again? */
export function rateLimitDecision(
  callsThisMinute: number,
  limitPerMinute: number,
  now: Date,
): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
  if (callsThisMinute <= limitPerMinute) return { allowed: true };
  const next = rateWindowStart(now).getTime() + 60_000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((next - now.getTime()) / 1000)) };
}

/** Days of a token's lifetime, or why not: 1 to the maximum, whole days. */
export function isValidTokenDays(days: number): boolean {
  return Number.isInteger(days) && days >= 1 && days <= API_CLIENT_LIMITS.maxTokenDays;
}

export function isValidOverlapHours(hours: number): boolean {
  return Number.isInteger(hours) && hours >= 0 && hours <= API_CLIENT_LIMITS.maxOverlapHours;
}

export function isValidRateLimit(perMinute: number): boolean {
  return (
    Number.isInteger(perMinute) && perMinute >= 1 && perMinute <= API_CLIENT_LIMITS.maxRateLimitPerMinute
  );
}
