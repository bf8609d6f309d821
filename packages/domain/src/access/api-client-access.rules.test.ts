import {
  API_CLIENT_LIMITS,
  API_CLIENT_ROLES,
  apiClientAccess,
  apiClientOperationAccess,
  apiClientScopeProblem,
  apiClientsAccess,
  apiClientStatus,
  apiTokenState,
  isValidOverlapHours,
  isValidRateLimit,
  isValidTokenDays,
  rateLimitDecision,
  rateWindowStart,
} from './api-client-access.rules';

const NOW = new Date('2026-12-02T08:00:30.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const live = { revokedAt: null };

describe('apiClientsAccess (ORG-3: administrators manage API clients)', () => {
  it('ORG-3: an administrator lists and registers clients', () => {
    expect(apiClientsAccess({ role: 'ADMIN' })).toEqual({
      canList: { allowed: true, ruleId: 'ORG-3' },
      canCreate: { allowed: true, ruleId: 'ORG-3' },
    });
  });

  it.each(['TEACHER', 'HEAD', 'STAFF', 'SECTION_MEMBER', 'LEADER'] as const)(
    'ORG-3: a %s does not manage clients',
    (role) => {
      expect(apiClientsAccess({ role }).canList.allowed).toBe(false);
      expect(apiClientsAccess({ role }).canCreate.allowed).toBe(false);
    },
  );

  it('ORG-3: a client never manages clients, whatever its role', () => {
    expect(apiClientsAccess({ role: 'ADMIN', apiClientId: 'client-1' }).canCreate.allowed).toBe(false);
  });
});

describe('apiClientAccess (viewerCan of one client)', () => {
  it('ORG-3: an administrator rotates and revokes a live client', () => {
    expect(apiClientAccess({ role: 'ADMIN' }, live)).toEqual({
      canRotate: { allowed: true, ruleId: 'ORG-3' },
      canRevoke: { allowed: true, ruleId: 'ORG-3' },
    });
  });

  it('ORG-3: nothing is left to do with a revoked client', () => {
    const access = apiClientAccess({ role: 'ADMIN' }, { revokedAt: NOW });
    expect(access.canRotate.allowed).toBe(false);
    expect(access.canRevoke.allowed).toBe(false);
  });

  it('ORG-3: a leader may not rotate a client', () => {
    expect(apiClientAccess({ role: 'LEADER' }, live).canRotate.allowed).toBe(false);
  });
});

describe('apiClientScopeProblem', () => {
  it('ORG-3: a client takes any person role but the administrator', () => {
    expect(API_CLIENT_ROLES).not.toContain('ADMIN');
    expect(API_CLIENT_ROLES).not.toContain('LEADER');
    expect(apiClientScopeProblem({ role: 'HEAD', unit: null, isDesignatedCaseOfficer: false })).toBeNull();
    expect(apiClientScopeProblem({ role: 'ADMIN', unit: null, isDesignatedCaseOfficer: false })).toBe(
      'ROLE_NOT_ALLOWED',
    );
  });

  it('REP-7: never the leadership’s scope, which is in every case’s need-to-know group', () => {
    expect(apiClientScopeProblem({ role: 'LEADER', unit: 'LEAD', isDesignatedCaseOfficer: false })).toBe(
      'LEADERSHIP_SCOPE',
    );
    expect(
      apiClientScopeProblem({ role: 'SECTION_MEMBER', unit: 'LEAD', isDesignatedCaseOfficer: false }),
    ).toBe('LEADERSHIP_SCOPE');
    expect(
      apiClientScopeProblem({ role: 'SECTION_MEMBER', unit: 'INSPECT', isDesignatedCaseOfficer: false }),
    ).toBeNull();
  });

  it('REP-7: the need-to-know of a designated officer goes only to a 安稳办 member', () => {
    expect(
      apiClientScopeProblem({ role: 'SECTION_MEMBER', unit: 'SAFETY', isDesignatedCaseOfficer: true }),
    ).toBeNull();
    expect(
      apiClientScopeProblem({ role: 'SECTION_MEMBER', unit: 'BASIC', isDesignatedCaseOfficer: true }),
    ).toBe('NOT_A_SAFETY_MEMBER');
    expect(apiClientScopeProblem({ role: 'HEAD', unit: null, isDesignatedCaseOfficer: true })).toBe(
      'NOT_A_SAFETY_MEMBER',
    );
  });
});

describe('apiClientOperationAccess', () => {
  it('ORG-3: a read-only client queries but is refused mutations', () => {
    expect(apiClientOperationAccess({ canWrite: false }, 'query').allowed).toBe(true);
    expect(apiClientOperationAccess({ canWrite: false }, 'mutation')).toEqual({
      allowed: false,
      ruleId: 'ORG-3',
    });
  });

  it('ORG-3: a client granted write runs mutations', () => {
    expect(apiClientOperationAccess({ canWrite: true }, 'mutation').allowed).toBe(true);
  });

  it('ORG-3: subscriptions are never a client’s', () => {
    expect(apiClientOperationAccess({ canWrite: true }, 'subscription').allowed).toBe(false);
  });
});

describe('apiTokenState and apiClientStatus', () => {
  const token = { expiresAt: later(60_000), supersededUntil: null };

  it('a token works until it expires', () => {
    expect(apiTokenState(token, live, NOW)).toBe('VALID');
    expect(apiTokenState(token, live, later(60_000))).toBe('EXPIRED');
  });

  it('a replaced token works until the overlap ends', () => {
    const replaced = { ...token, supersededUntil: later(1000) };
    expect(apiTokenState(replaced, live, NOW)).toBe('VALID');
    expect(apiTokenState(replaced, live, later(1000))).toBe('SUPERSEDED');
  });

  it('every token of a revoked client stops at once', () => {
    expect(apiTokenState(token, { revokedAt: NOW }, NOW)).toBe('REVOKED');
  });

  it('a client is active while one token works, else expired or revoked', () => {
    expect(apiClientStatus(live, [token], NOW)).toBe('ACTIVE');
    expect(apiClientStatus(live, [token], later(60_000))).toBe('EXPIRED');
    expect(apiClientStatus(live, [], NOW)).toBe('EXPIRED');
    expect(apiClientStatus({ revokedAt: NOW }, [token], NOW)).toBe('REVOKED');
  });
});

describe('rate limit', () => {
  it('windows start on the minute', () => {
    expect(rateWindowStart(NOW).toISOString()).toBe('2026-12-02T08:00:00.000Z');
  });

  it('the limit-th call passes, the next is refused until the next minute', () => {
    expect(rateLimitDecision(60, 60, NOW)).toEqual({ allowed: true });
    expect(rateLimitDecision(61, 60, NOW)).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });

  it('asks to wait at least a second', () => {
    expect(rateLimitDecision(2, 1, new Date('2026-12-02T08:00:59.999Z'))).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
  });
});

describe('bounds chosen at creation', () => {
  it('token days: whole days from 1 to the maximum', () => {
    expect(isValidTokenDays(API_CLIENT_LIMITS.defaultTokenDays)).toBe(true);
    expect(isValidTokenDays(0)).toBe(false);
    expect(isValidTokenDays(1.5)).toBe(false);
    expect(isValidTokenDays(API_CLIENT_LIMITS.maxTokenDays + 1)).toBe(false);
  });

  it('overlap hours: 0 to the maximum', () => {
    expect(isValidOverlapHours(0)).toBe(true);
    expect(isValidOverlapHours(-1)).toBe(false);
    expect(isValidOverlapHours(API_CLIENT_LIMITS.maxOverlapHours + 1)).toBe(false);
  });

  it('rate limit: 1 to the maximum calls per minute', () => {
    expect(isValidRateLimit(1)).toBe(true);
    expect(isValidRateLimit(0)).toBe(false);
    expect(isValidRateLimit(API_CLIENT_LIMITS.maxRateLimitPerMinute + 1)).toBe(false);
  });
});
