import { AUDIT_PAGE_SIZE, EMPTY_AUDIT_FILTER, toAuditVariables } from './audit-filter';

describe('audit filter → query variables', () => {
  it('sends no filter when nothing is chosen', () => {
    expect(toAuditVariables(EMPTY_AUDIT_FILTER, null)).toEqual({ first: AUDIT_PAGE_SIZE });
  });

  it('reads calendar days in Asia/Shanghai and sends UTC instants covering the whole days', () => {
    const variables = toAuditVariables(
      { actorUsername: ' leader ', action: 'signIn', fromDay: '2026-03-01', toDay: '2026-03-02' },
      'c1',
    );
    expect(variables).toEqual({
      first: AUDIT_PAGE_SIZE,
      after: 'c1',
      filter: {
        actorUsername: 'leader',
        action: 'signIn',
        from: '2026-02-28T16:00:00.000Z',
        to: '2026-03-02T16:00:00.000Z',
      },
    });
  });
});
