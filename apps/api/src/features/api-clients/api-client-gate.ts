import { rateLimitDecision, rateWindowStart } from '@xiaohu/domain';
import type { RequestHandler } from 'express';
import type { AppDependencies } from '../../context';
import { rememberApiClientActor } from './api-client-caller';
import { addApiUsage, bearerTokenOf, countApiCall, resolveApiToken } from './api-tokens';

function refuse(res: Parameters<RequestHandler>[1], status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Issue 13: a request with `Authorization: Bearer <token>` is an API client's or it is refused here,
 * before GraphQL, with HTTP 401 (unknown, expired, superseded or revoked token) or 429 (the client's
 * rate limit this minute). A client's request ignores cookies (no session, no CSRF token to steal: a
 * browser never sends this header by itself), so Apollo's CSRF check is told it is not a browser form.
 */
export function apiClientGate(dependencies: AppDependencies): RequestHandler {
  const { dataSource, clock, policy } = dependencies;
  return (req, res, next) => {
    const header = req.headers.authorization;
    if (header === undefined) return next();
    void (async () => {
      const token = bearerTokenOf(header);
      const now = clock.now();
      const caller = token ? await resolveApiToken(dataSource, token, now) : null;
      if (!caller) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="xiaohu", error="invalid_token"');
        return refuse(
          res,
          401,
          'UNAUTHENTICATED',
          'The API token is unknown, expired or revoked (Authorization: Bearer xh_...)',
        );
      }
      const calls = await countApiCall(dataSource, caller.clientId, rateWindowStart(now), now);
      const decision = rateLimitDecision(calls, caller.rateLimitPerMinute, now);
      await addApiUsage(dataSource, caller.clientId, now, policy.timeZone, {
        calls: 1,
        refused: decision.allowed ? 0 : 1,
      });
      if (!decision.allowed) {
        res.setHeader('Retry-After', String(decision.retryAfterSeconds));
        return refuse(
          res,
          429,
          'RATE_LIMITED',
          `Rate limit of this API client reached: ${caller.rateLimitPerMinute} calls per minute; ` +
            `retry in ${decision.retryAfterSeconds} s`,
        );
      }
      delete req.headers.cookie;
      // Apollo's CSRF prevention lets through requests that a browser form could not have sent.
      req.headers['apollo-require-preflight'] = 'true';
      rememberApiClientActor(req, caller.actor);
      next();
    })().catch(next);
  };
}
