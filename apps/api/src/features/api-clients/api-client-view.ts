import { apiClientAccess, apiClientStatus, apiTokenState, formatInZone, type UnitCode } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { SignedInActor } from '../../shared/auth/actor';
import type { Role } from '../accounts/role';
import { ApiClient, ApiClientToken, ApiClientUsageDay, ApiClientViewerCan } from './api-client.type';

const USAGE_DAYS = 7;
// An administrator's list: a district has a handful of clients; the cap keeps one answer bounded.
export const API_CLIENT_LIST_LIMIT = 200;

interface ClientRow {
  id: string;
  name: string;
  description: string | null;
  can_write: boolean;
  rate_limit_per_minute: number;
  created_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
  role: Role;
  unit_code: string | null;
  institution_id: string | null;
  institution_name: string | null;
  is_designated_case_officer: boolean;
}

interface TokenRow {
  id: string;
  client_id: string;
  token_prefix: string;
  created_at: Date;
  expires_at: Date;
  superseded_until: Date | null;
}

interface UsageRow {
  client_id: string;
  day: string;
  calls: number;
  refused: number;
}

/**
 * API clients as the administrator sees them (all, or those of `ids`), newest first: three statements
 * whatever their number (clients with their accounts, their tokens, their usage of the last days).
 */
export async function loadApiClients(
  manager: EntityManager,
  actor: SignedInActor,
  now: Date,
  timeZone: string,
  ids: string[] | null = null,
): Promise<ApiClient[]> {
  const clients: ClientRow[] = await manager.query(
    `SELECT c.id, c.name, c.description, c.can_write, c.rate_limit_per_minute, c.created_at, c.revoked_at,
            c.last_used_at, a.role, a.unit_code, a.institution_id, i.name AS institution_name,
            EXISTS (SELECT 1 FROM case_officer o WHERE o.account_id = a.id) AS is_designated_case_officer
       FROM api_client c
       JOIN account a ON a.id = c.account_id
       LEFT JOIN institution i ON i.id = a.institution_id
      WHERE ($1::uuid[] IS NULL OR c.id = ANY($1::uuid[]))
      ORDER BY c.created_at DESC, c.id DESC
      LIMIT ${API_CLIENT_LIST_LIMIT}`,
    [ids],
  );
  if (clients.length === 0) return [];
  const clientIds = clients.map((c) => c.id);
  const tokens: TokenRow[] = await manager.query(
    `SELECT id, client_id, token_prefix, created_at, expires_at, superseded_until
       FROM api_client_token WHERE client_id = ANY($1::uuid[]) ORDER BY created_at DESC, id DESC`,
    [clientIds],
  );
  const today = formatInZone(now, timeZone).slice(0, 10);
  const usage: UsageRow[] = await manager.query(
    `SELECT client_id, to_char(day, 'YYYY-MM-DD') AS day, calls, refused
       FROM api_client_usage
      WHERE client_id = ANY($1::uuid[]) AND day > $2::date - ${USAGE_DAYS}
      ORDER BY day DESC`,
    [clientIds, today],
  );
  return clients.map((row) => toApiClient(row, tokens, usage, actor, now));
}

function toApiClient(
  row: ClientRow,
  allTokens: TokenRow[],
  allUsage: UsageRow[],
  actor: SignedInActor,
  now: Date,
): ApiClient {
  const facts = { revokedAt: row.revoked_at };
  const tokenFacts = allTokens
    .filter((t) => t.client_id === row.id)
    .map((t) => ({ row: t, facts: { expiresAt: t.expires_at, supersededUntil: t.superseded_until } }));
  const access = apiClientAccess({ role: actor.role, apiClientId: actor.apiClient?.id ?? null }, facts);
  return Object.assign(new ApiClient(), {
    id: row.id,
    name: row.name,
    description: row.description,
    role: row.role,
    unit: row.unit_code as UnitCode | null,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    isDesignatedCaseOfficer: row.is_designated_case_officer,
    canWrite: row.can_write,
    rateLimitPerMinute: row.rate_limit_per_minute,
    status: apiClientStatus(
      facts,
      tokenFacts.map((t) => t.facts),
      now,
    ),
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
    tokens: tokenFacts.map(({ row: t, facts: f }) =>
      Object.assign(new ApiClientToken(), {
        id: t.id,
        prefix: t.token_prefix,
        createdAt: t.created_at,
        expiresAt: t.expires_at,
        supersededUntil: t.superseded_until,
        state: apiTokenState(f, facts, now),
      }),
    ),
    usage: allUsage
      .filter((u) => u.client_id === row.id)
      .map((u) => Object.assign(new ApiClientUsageDay(), { day: u.day, calls: u.calls, refused: u.refused })),
    viewerCan: Object.assign(new ApiClientViewerCan(), {
      rotate: access.canRotate.allowed,
      revoke: access.canRevoke.allowed,
    }),
  });
}
