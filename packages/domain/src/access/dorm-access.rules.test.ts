import { buildActor } from './access.testing';
import {
  dormAccess,
  dormEntriesScope,
  keepsDormDoor,
  readsDormEntries,
  type DormFacts,
} from './dorm-access.rules';
import { actorPermissions } from './permissions';

const boarding: DormFacts = { institution: { id: 'school-1', kind: 'SECONDARY' }, isBoarding: true };
const day: DormFacts = { ...boarding, isBoarding: false };
const head = buildActor({ role: 'HEAD', institutionId: 'school-1' });
const staff = buildActor({ role: 'STAFF', institutionId: 'school-1' });
const safety = buildActor({ role: 'SECTION_MEMBER', unit: 'SAFETY', institutionId: null });

describe('dormAccess', () => {
  it('PRV-4: the head of a boarding institution reads its entries and keeps the door’s register', () => {
    expect(dormAccess(boarding, head, 'SCHOOL_HEAD')).toEqual({
      canView: { allowed: true, ruleId: 'PRV-4' },
      can: { recordEntry: { allowed: true, ruleId: 'PRV-4' } },
    });
  });

  it('PRV-4: a life teacher or dorm manager of the institution keeps the register but does not read the list', () => {
    for (const role of ['LIFE_TEACHER', 'DORM_MANAGER'] as const) {
      const access = dormAccess(boarding, staff, role);
      expect(access.can.recordEntry.allowed).toBe(true);
      expect(access.canView.allowed).toBe(false);
    }
  });

  it('PRV-4: other staff, staff without a record, another institution’s dorm staff and teachers record nothing', () => {
    expect(dormAccess(boarding, staff, 'CLEANER').can.recordEntry.allowed).toBe(false);
    expect(dormAccess(boarding, staff, null).can.recordEntry.allowed).toBe(false);
    expect(
      dormAccess(boarding, buildActor({ role: 'STAFF', institutionId: 'school-2' }), 'DORM_MANAGER').can
        .recordEntry.allowed,
    ).toBe(false);
    expect(
      dormAccess(boarding, buildActor({ role: 'TEACHER' }), 'HEAD_TEACHER').can.recordEntry.allowed,
    ).toBe(false);
  });

  it('PRV-4: a day school has no dormitory door to keep', () => {
    expect(dormAccess(day, head, null).can.recordEntry.allowed).toBe(false);
    expect(dormAccess(day, head, null).canView.allowed).toBe(true);
  });

  it('PRV-4: 安稳办 and leadership read every entry and refusal; other units and heads do not', () => {
    for (const actor of [safety, buildActor({ role: 'LEADER', institutionId: null })]) {
      expect(dormAccess(boarding, actor, null).canView.allowed).toBe(true);
      expect(dormAccess(boarding, actor, null).can.recordEntry.allowed).toBe(false);
    }
    for (const actor of [
      buildActor({ role: 'SECTION_MEMBER', unit: 'BASIC', institutionId: null }),
      buildActor({ role: 'HEAD', institutionId: 'school-2' }),
      buildActor({ role: 'TEACHER' }),
    ]) {
      expect(dormAccess(boarding, actor, null).canView.allowed).toBe(false);
    }
  });
});

describe('entry points', () => {
  it('PRV-4: heads, 安稳办 and leadership reach the list; others not', () => {
    for (const actor of [head, safety, buildActor({ role: 'LEADER', institutionId: null })]) {
      expect(readsDormEntries(actor)).toBe(true);
      expect(actorPermissions(actor)).toContain('VIEW_DORM_ENTRIES');
    }
    for (const actor of [
      buildActor({ role: 'HEAD', institutionId: null }),
      buildActor({ role: 'SECTION_MEMBER', unit: 'INSPECT', institutionId: null }),
      staff,
    ]) {
      expect(readsDormEntries(actor)).toBe(false);
      expect(actorPermissions(actor)).not.toContain('VIEW_DORM_ENTRIES');
    }
  });

  it('PRV-4: heads and dormitory staff reach the door page; a cleaner, a teacher or a head without institution not', () => {
    expect(keepsDormDoor(head, null)).toBe(true);
    expect(actorPermissions({ ...staff, staffRole: 'LIFE_TEACHER' })).toContain('RECORD_DORM_ENTRIES');
    expect(actorPermissions({ ...staff, staffRole: 'CLEANER' })).not.toContain('RECORD_DORM_ENTRIES');
    expect(actorPermissions(staff)).not.toContain('RECORD_DORM_ENTRIES');
    expect(keepsDormDoor(buildActor({ role: 'TEACHER' }), 'LIFE_TEACHER')).toBe(false);
    expect(keepsDormDoor(buildActor({ role: 'HEAD', institutionId: null }), null)).toBe(false);
  });
});

describe('dormEntriesScope', () => {
  it('PRV-4: the list’s scope agrees with dormAccess for every actor and institution', () => {
    const actors = [
      head,
      staff,
      safety,
      buildActor({ role: 'LEADER', institutionId: null }),
      buildActor({ role: 'SECTION_MEMBER', unit: 'LEAD', institutionId: null }),
      buildActor({ role: 'SECTION_MEMBER', unit: 'BASIC', institutionId: null }),
      buildActor({ role: 'HEAD', institutionId: null }),
      buildActor({ role: 'TEACHER' }),
      buildActor({ role: 'ADMIN', institutionId: null }),
    ];
    for (const actor of actors) {
      for (const id of ['school-1', 'school-2']) {
        const scope = dormEntriesScope(actor);
        const inScope =
          scope?.type === 'ALL' || (scope?.type === 'INSTITUTION' && scope.institutionId === id);
        const facts = { ...boarding, institution: { id, kind: 'SECONDARY' as const } };
        expect(inScope).toBe(dormAccess(facts, actor, null).canView.allowed);
      }
    }
    expect(dormEntriesScope(head)).toEqual({ type: 'INSTITUTION', institutionId: 'school-1' });
  });
});
