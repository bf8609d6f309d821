import { createHash, randomBytes } from 'node:crypto';
import { apiTokenState, formatInZone, type StaffRole, type UnitCode } from '@xiaohu/domain';
import type { DataSource } from 'typeorm';
import type { SignedInActor } from '../../shared/auth/actor';
import type { Role } from '../accounts/role';

/** Every token starts so: a leaked one is recognisable (secret scanners, logs). */
export const API_TOKEN_PREFIX = 'xh_';
// xh_ and 43 base64url characters (32 random bytes).
const TOKEN_SHAPE = /^xh_[A-Za-z0-9_-]{43}$/;

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new token: shown once to the administrator; only its hash and first characters are stored. */
export function newApiToken(): { token: string; tokenHash: string; tokenPrefix: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashApiToken(token), tokenPrefix: token.slice(0, 7) };
}

/** The token of an `Authorization: Bearer` header; null when the header has another scheme or shape. */
export function bearerTokenOf(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match && TOKEN_SHAPE.test(match[1]) ? match[1] : null;
}

/** A token's client, as the rate limit and the context need it. */
export interface ApiClientCaller {
  actor: SignedInActor;
  clientId: string;
  rateLimitPerMinute: number;
}

/** The columns of a client's account that make its actor (CLIENT_ACTOR_COLUMNS). */
export interface ClientActorRow {
  client_id: string;
  name: string;
  can_write: boolean;
  account_id: string;
  username: string;
  display_name: string;
  role: Role;
  unit_code: string | null;
  institution_id: string | null;
  is_designated_case_officer: boolean;
}

interface TokenRow extends ClientActorRow {
  token_id: string;
  expires_at: Date;
  superseded_until: Date | null;
  rate_limit_per_minute: number;
  revoked_at: Date | null;
  is_disabled: boolean;
}

/** Of `api_client c` joined with its `account a`: what clientActor reads. */
export const CLIENT_ACTOR_COLUMNS = `c.id AS client_id, c.name, c.can_write,
         a.id AS account_id, a.username, a.display_name, a.role, a.unit_code, a.institution_id,
         (a.role = 'SECTION_MEMBER' AND EXISTS (SELECT 1 FROM case_officer o WHERE o.account_id = a.id))
           AS is_designated_case_officer`;

// One statement per call, as for a session: the token, its client and the client's account.
const TOKEN_LOOKUP = `
  SELECT t.id AS token_id, t.expires_at, t.superseded_until,
         c.rate_limit_per_minute, c.revoked_at, a.is_disabled, ${CLIENT_ACTOR_COLUMNS}
    FROM api_client_token t
    JOIN api_client c ON c.id = t.client_id
    JOIN account a ON a.id = c.account_id
   WHERE t.token_hash = $1`;

/**
 * A client's actor, built as a person's (role, unit or institution, designated officer), so every
 * policy decides for it unchanged. `sessionId` is the token's id (none outside a request).
 */
export function clientActor(row: ClientActorRow, sessionId: string): SignedInActor {
  return {
    accountId: row.account_id,
    sessionId,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    unitCode: row.unit_code as UnitCode | null,
    institutionId: row.institution_id,
    staffId: null,
    staffRole: null as StaffRole | null,
    isDesignatedCaseOfficer: row.is_designated_case_officer,
    apiClient: { id: row.client_id, name: row.name, canWrite: row.can_write },
  };
}

/**
 * The client behind a token, or null when the token is unknown, expired, past its rotation's overlap,
 * or its client is revoked (apiTokenState) or its account disabled. Its actor is built as a person's
 * (role, unit or institution, designated officer), so every policy decides for it unchanged.
 */
export async function resolveApiToken(
  dataSource: DataSource,
  token: string,
  now: Date,
): Promise<ApiClientCaller | null> {
  const rows: TokenRow[] = await dataSource.query(TOKEN_LOOKUP, [hashApiToken(token)]);
  const row = rows[0];
  if (!row || row.is_disabled) return null;
  const state = apiTokenState(
    { expiresAt: row.expires_at, supersededUntil: row.superseded_until },
    { revokedAt: row.revoked_at },
    now,
  );
  if (state !== 'VALID') return null;
  return {
    clientId: row.client_id,
    rateLimitPerMinute: row.rate_limit_per_minute,
    actor: clientActor(row, row.token_id),
  };
}

/**
 * Counts a call in the client's per-minute window (rows in PostgreSQL: every API process shares them)
 * and answers the calls counted in this window, this one included; marks the client used.
 */
export async function countApiCall(
  dataSource: DataSource,
  clientId: string,
  windowStart: Date,
  now: Date,
): Promise<number> {
  const [rows] = (await dataSource.query(
    `UPDATE api_client
        SET rate_window_calls = CASE WHEN rate_window_started_at = $2 THEN rate_window_calls + 1 ELSE 1 END,
            rate_window_started_at = $2,
            last_used_at = $3
      WHERE id = $1
  RETURNING rate_window_calls`,
    [clientId, windowStart, now],
  )) as [{ rate_window_calls: number }[], number];
  return rows[0].rate_window_calls;
}

/** Adds to a client's figures of the day (in the district's zone): calls and refused calls. */
export async function addApiUsage(
  dataSource: DataSource,
  clientId: string,
  now: Date,
  timeZone: string,
  counts: { calls: number; refused: number },
): Promise<void> {
  await dataSource.query(
    `INSERT INTO api_client_usage (client_id, day, calls, refused) VALUES ($1, $2, $3, $4)
     ON CONFLICT (client_id, day) DO UPDATE
       SET calls = api_client_usage.calls + EXCLUDED.calls, refused = api_client_usage.refused + EXCLUDED.refused`,
    [clientId, formatInZone(now, timeZone).slice(0, 10), counts.calls, counts.refused],
  );
}
