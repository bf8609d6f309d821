import { MESSAGES } from '../../../i18n/messages';
import { AUDIT_ACTION_CODES, AUDIT_PAGE_SIZE, EMPTY_AUDIT_FILTER, toAuditVariables } from './audit-filter';

describe('audit filter → query variables', () => {
  it('sends no filter when nothing is chosen', () => {
    expect(toAuditVariables(EMPTY_AUDIT_FILTER, null)).toEqual({ first: AUDIT_PAGE_SIZE });
  });

  it('sends the picked person’s account, the picked actions, and UTC instants covering whole days in Asia/Shanghai', () => {
    const variables = toAuditVariables(
      {
        actor: { id: 'acc-1', displayName: '刘文静', username: 'head.primary' },
        actions: ['signIn', 'incident.acknowledge'],
        fromDay: '2026-03-01',
        toDay: '2026-03-02',
      },
      'c1',
    );
    expect(variables).toEqual({
      first: AUDIT_PAGE_SIZE,
      after: 'c1',
      filter: {
        actorAccountId: 'acc-1',
        actions: ['signIn', 'incident.acknowledge'],
        from: '2026-02-28T16:00:00.000Z',
        to: '2026-03-02T16:00:00.000Z',
      },
    });
  });

  it('offers every action named in the i18n files, never an internal code without a name', () => {
    expect(AUDIT_ACTION_CODES).toContain('signIn');
    expect(AUDIT_ACTION_CODES).toContain('incident.acknowledge');
    for (const code of AUDIT_ACTION_CODES) {
      const key = `audit.action.${code}` as keyof (typeof MESSAGES)['en'];
      expect(MESSAGES.en[key]).toEqual(expect.any(String));
      expect(MESSAGES['zh-CN'][key]).not.toBe(code);
    }
  });
});
