import { ACCOUNT_ROLES } from './access.types';
import { developerAccess } from './developer-access.rules';

describe('developerAccess: who opens the developer page (issue 13, ORG-3)', () => {
  it('ORG-3: the administrator opens it', () => {
    expect(developerAccess({ role: 'ADMIN' }, { ownsApiClient: false })).toEqual({
      allowed: true,
      ruleId: 'ORG-3',
    });
  });

  it('ORG-3: any other role only as the owner of an API client', () => {
    for (const role of ACCOUNT_ROLES.filter((r) => r !== 'ADMIN')) {
      expect(developerAccess({ role }, { ownsApiClient: false }).allowed).toBe(false);
      expect(developerAccess({ role }, { ownsApiClient: true }).allowed).toBe(true);
    }
  });
});
