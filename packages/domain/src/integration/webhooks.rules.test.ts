import {
  isSubscribedTo,
  webhookOrderingKey,
  webhookPayload,
  webhookRetryWindow,
  webhookUrlProblem,
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_EVENT_TYPES,
} from './webhooks.rules';

const AT = new Date('2026-12-02T05:40:00Z');

describe('webhook payloads', () => {
  it('REP-7: a case event carries the case, its institution and the instant, nothing else', () => {
    const payload = webhookPayload({
      type: 'case.recorded',
      caseId: 'case-1',
      institutionId: 'school-1',
      occurredAt: AT,
      // Anything else handed in (e.g. by a careless caller) does not reach the payload.
      ...({ childName: '小明' } as object),
    });
    expect(payload).toEqual({
      type: 'case.recorded',
      timestamp: '2026-12-02T05:40:00.000Z',
      data: { caseId: 'case-1', institutionId: 'school-1' },
    });
    expect(JSON.stringify(payload)).not.toContain('小明');
  });

  it('a missed police deadline names the deadline', () => {
    expect(
      webhookPayload({
        type: 'case.policeDeadlineMissed',
        caseId: 'case-1',
        institutionId: 'school-1',
        occurredAt: AT,
        dueAt: new Date('2026-12-02T05:30:00Z'),
      }).data,
    ).toEqual({ caseId: 'case-1', institutionId: 'school-1', dueAt: '2026-12-02T05:30:00.000Z' });
  });

  it('a staff event carries the staff member and the institution', () => {
    const event = {
      type: 'staff.blocked',
      staffId: 's-1',
      institutionId: 'school-1',
      occurredAt: AT,
    } as const;
    expect(webhookPayload(event).data).toEqual({ staffId: 's-1', institutionId: 'school-1' });
    expect(webhookOrderingKey(event)).toBe('staff:s-1');
  });

  it('events of one case share an ordering key', () => {
    expect(
      webhookOrderingKey({
        type: 'case.closed',
        caseId: 'c-9',
        institutionId: 'x',
        occurredAt: AT,
      }),
    ).toBe('case:c-9');
  });
});

describe('webhook targets', () => {
  it.each([
    ['https://platform.example.cn/hooks', true, null],
    ['http://platform.example.cn/hooks', false, 'NOT_HTTPS'],
    ['http://127.0.0.1:4000/hooks', false, null],
    ['http://localhost:4000/hooks', false, null],
    ['http://localhost:4000/hooks', true, 'NOT_HTTPS'],
    ['ftp://localhost/hooks', false, 'NOT_HTTPS'],
    ['https://user:pw@platform.example.cn/', true, 'HAS_CREDENTIALS'],
    ['not a url', false, 'INVALID'],
    ['HTTP://[::1]:8080', false, null],
  ] as const)('%s (production %s) → %s', (url, isProduction, problem) => {
    expect(webhookUrlProblem(url, isProduction)).toBe(problem);
  });

  it('a subscription receives the types it chose', () => {
    expect(isSubscribedTo(['case.closed'], 'case.closed')).toBe(true);
    expect(isSubscribedTo(['case.closed'], 'case.recorded')).toBe(false);
    expect(WEBHOOK_EVENT_TYPES).toContain('case.mandatoryReportExported');
    expect(WEBHOOK_DELIVERY_STATUSES).toEqual(['PENDING', 'DELIVERED', 'FAILED']);
  });

  it('the back-off of 20 s over 12 retries spans about a day (22.75 h at the least)', () => {
    const [shortest, longest] = webhookRetryWindow(20, 12);
    expect(shortest / 3600).toBeCloseTo(22.75, 2);
    expect(longest).toBe(shortest * 2);
  });
});
