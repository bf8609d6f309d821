import { DEFAULT_POLICY } from '../policy/policy';
import { buildActor } from './access.testing';
import { careRecordsAccess, readsCareRecords } from './care-records-access.rules';
import { actorPermissions } from './permissions';

const school = { id: 'school-1', kind: 'PRIMARY' } as const;
const records = (actor = buildActor()) => careRecordsAccess(school, actor, DEFAULT_POLICY);
const member = (unit: 'BASIC' | 'SAFETY' | 'INSPECT' | 'PRESCHOOL') =>
  buildActor({ role: 'SECTION_MEMBER', unit, institutionId: null });

describe('careRecordsAccess', () => {
  it('PRV-5 to PRV-10, ORG-3: the head keeps every record and sees her gaps one by one', () => {
    const access = records(buildActor({ role: 'HEAD' }));
    expect(access.canView).toEqual({ allowed: true, ruleId: 'ORG-3' });
    expect(access.canViewGapSubjects.allowed).toBe(true);
    expect(access.canViewGapCounts.allowed).toBe(true);
    expect(Object.values(access.can).every((p) => p.allowed)).toBe(true);
    expect(Object.values(access.can).map((p) => p.ruleId)).toEqual([
      'PRV-5',
      'PRV-6',
      'PRV-7',
      'PRV-7',
      'PRV-10',
      'PRV-6',
    ]);
  });

  it('PRV-5, PRV-8: inspectors and leadership read the records and count the gaps; never the gaps’ subjects', () => {
    for (const actor of [
      member('BASIC'),
      member('SAFETY'),
      member('INSPECT'),
      buildActor({ role: 'LEADER', institutionId: null }),
    ]) {
      const access = records(actor);
      expect(access.canView).toEqual({ allowed: true, ruleId: 'PRV-5' });
      expect(access.canViewGapCounts.allowed).toBe(true);
      expect(access.canViewGapSubjects.allowed).toBe(false);
      expect(Object.values(access.can).some((p) => p.allowed)).toBe(false);
    }
  });

  it('PRV-5: teachers, another institution’s head and other sections read nothing', () => {
    for (const actor of [
      buildActor({ role: 'TEACHER' }),
      buildActor({ role: 'HEAD', institutionId: 'school-2' }),
      member('PRESCHOOL'),
    ]) {
      const access = records(actor);
      expect([
        access.canView.allowed,
        access.canViewGapCounts.allowed,
        access.canViewGapSubjects.allowed,
      ]).toEqual([false, false, false]);
    }
  });
});

describe('readsCareRecords', () => {
  it('PRV-5: heads, inspecting units and leadership have the entry point; others not', () => {
    for (const actor of [
      buildActor({ role: 'HEAD', institutionId: 'school-1' }),
      member('SAFETY'),
      member('BASIC'),
      buildActor({ role: 'LEADER', institutionId: null }),
    ]) {
      expect(readsCareRecords(actor)).toBe(true);
      expect(actorPermissions(actor)).toContain('VIEW_CARE_RECORDS');
    }
    for (const actor of [
      buildActor({ role: 'HEAD', institutionId: null }),
      buildActor({ role: 'SECTION_MEMBER', unit: 'PERSONNEL', institutionId: null }),
      buildActor({ role: 'TEACHER' }),
      buildActor({ role: 'ADMIN', institutionId: null }),
    ]) {
      expect(readsCareRecords(actor)).toBe(false);
      expect(actorPermissions(actor)).not.toContain('VIEW_CARE_RECORDS');
    }
  });
});
