import { DEFAULT_POLICY } from '../policy/policy';
import { buildActor } from './access.testing';
import { actorPermissions } from './permissions';
import {
  readsTraining,
  recordsTrainingSessions,
  trainingCoverageAccess,
  trainingSessionAccess,
} from './training-access.rules';

const school = { id: 'school-1', kind: 'PRIMARY' } as const;
const head = buildActor({ role: 'HEAD' });
const member = (unit: 'POLICY' | 'BASIC' | 'SAFETY' | 'VOCATIONAL' | 'INSPECT' | 'LEAD') =>
  buildActor({ role: 'SECTION_MEMBER', unit, institutionId: null });

describe('trainingSessionAccess', () => {
  it('PRV-5: a head records her institution’s sessions and ticks attendance; another head does not', () => {
    const own = trainingSessionAccess({ type: 'INSTITUTION', institutionId: 'school-1' }, head);
    expect([own.canView.allowed, own.can.editSession.allowed, own.can.recordAttendance.allowed]).toEqual([
      true,
      true,
      true,
    ]);
    const other = trainingSessionAccess({ type: 'INSTITUTION', institutionId: 'school-2' }, head);
    expect([other.canView.allowed, other.can.editSession.allowed]).toEqual([false, false]);
  });

  it('PRV-9, PRV-10: a unit’s members record the unit’s sessions; other units and teachers do not; leadership reads', () => {
    const organiser = { type: 'UNIT', unit: 'POLICY' } as const;
    expect(trainingSessionAccess(organiser, member('POLICY')).can.recordAttendance.allowed).toBe(true);
    expect(trainingSessionAccess(organiser, member('BASIC')).canView.allowed).toBe(false);
    expect(trainingSessionAccess(organiser, buildActor({ role: 'TEACHER' })).can.editSession.allowed).toBe(
      false,
    );
    const leader = trainingSessionAccess(organiser, buildActor({ role: 'LEADER', institutionId: null }));
    expect([leader.canView.allowed, leader.can.editSession.allowed]).toEqual([true, false]);
  });
});

describe('recordsTrainingSessions', () => {
  it('PRV-5: heads and the training sections reach the page; teachers, 督导室 and heads without institution do not', () => {
    expect(recordsTrainingSessions(head)).toBe(true);
    expect(recordsTrainingSessions(member('POLICY'))).toBe(true);
    expect(recordsTrainingSessions(member('SAFETY'))).toBe(true);
    expect(recordsTrainingSessions(member('INSPECT'))).toBe(false);
    expect(recordsTrainingSessions(buildActor({ role: 'TEACHER' }))).toBe(false);
    expect(recordsTrainingSessions(buildActor({ role: 'HEAD', institutionId: null }))).toBe(false);
  });
});

describe('readsTraining', () => {
  it('PRV-5: heads, recording units, inspectors and leadership reach the training pages; others not', () => {
    for (const actor of [head, member('POLICY'), member('INSPECT'), member('LEAD')]) {
      expect(readsTraining(actor, DEFAULT_POLICY)).toBe(true);
      expect(actorPermissions(actor)).toContain('VIEW_TRAINING');
    }
    for (const actor of [
      buildActor({ role: 'HEAD', institutionId: null }),
      buildActor({ role: 'SECTION_MEMBER', unit: 'OFFICE', institutionId: null }),
      buildActor({ role: 'TEACHER' }),
    ]) {
      expect(readsTraining(actor, DEFAULT_POLICY)).toBe(false);
      expect(actorPermissions(actor)).not.toContain('VIEW_TRAINING');
    }
  });
});

describe('trainingCoverageAccess', () => {
  it('PRV-5: the head sees names; inspectors and leadership see counts only; others nothing', () => {
    const forHead = trainingCoverageAccess(school, head, DEFAULT_POLICY);
    expect([forHead.canViewCounts.allowed, forHead.canViewNames.allowed]).toEqual([true, true]);
    for (const actor of [member('BASIC'), member('SAFETY'), member('INSPECT'), member('LEAD')]) {
      const access = trainingCoverageAccess(school, actor, DEFAULT_POLICY);
      expect([access.canViewCounts.allowed, access.canViewNames.allowed]).toEqual([true, false]);
    }
    for (const actor of [
      member('VOCATIONAL'),
      buildActor({ role: 'TEACHER' }),
      buildActor({ role: 'HEAD', institutionId: 'school-2' }),
    ]) {
      expect(trainingCoverageAccess(school, actor, DEFAULT_POLICY).canViewCounts.allowed).toBe(false);
    }
  });
});
