import { buildActor } from './access.testing';
import { managesWebhooks, webhookDeliveryAccess, webhookSubscriptionAccess } from './webhook-access.rules';
import { actorPermissions } from './permissions';

const ADMIN = buildActor({ role: 'ADMIN', institutionId: null });
const LEADER = buildActor({ role: 'LEADER', institutionId: null });
const SAFETY = buildActor({
  role: 'SECTION_MEMBER',
  unit: 'SAFETY',
  institutionId: null,
  isDesignatedCaseOfficer: true,
});

describe('webhook access', () => {
  it('REP-7: the administrator manages webhooks; nobody else, leadership and 安稳办 included', () => {
    expect(managesWebhooks(ADMIN)).toBe(true);
    for (const actor of [LEADER, SAFETY, buildActor(), buildActor({ role: 'HEAD' })]) {
      expect(managesWebhooks(actor)).toBe(false);
      expect(webhookSubscriptionAccess({ isActive: true }, actor).canView.allowed).toBe(false);
      expect(actorPermissions(actor)).not.toContain('MANAGE_WEBHOOKS');
    }
    expect(actorPermissions(ADMIN)).toContain('MANAGE_WEBHOOKS');
  });

  it('REP-7: an active subscription can be ended once', () => {
    expect(webhookSubscriptionAccess({ isActive: true }, ADMIN)).toEqual({
      canView: { allowed: true, ruleId: 'REP-7' },
      can: { unsubscribe: { allowed: true, ruleId: 'REP-7' } },
    });
    expect(webhookSubscriptionAccess({ isActive: false }, ADMIN).can.unsubscribe.allowed).toBe(false);
  });

  it.each([
    ['DELIVERED', true, true],
    ['FAILED', true, true],
    ['PENDING', true, false],
    ['DELIVERED', false, false],
  ] as const)(
    'REP-7: a %s delivery (subscription active %s) may be replayed: %s',
    (status, active, replay) => {
      expect(webhookDeliveryAccess({ status, isSubscriptionActive: active }, ADMIN).can.replay.allowed).toBe(
        replay,
      );
      expect(webhookDeliveryAccess({ status, isSubscriptionActive: active }, LEADER)).toEqual({
        canView: { allowed: false, ruleId: 'REP-7' },
        can: { replay: { allowed: false, ruleId: 'REP-7' } },
      });
    },
  );
});
