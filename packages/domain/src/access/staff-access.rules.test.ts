import { DEFAULT_POLICY } from '../policy/policy';
import { buildActor, buildStaff } from './access.testing';
import { hasPermission, PERMISSIONS, permissionsOf } from './permissions';
import { TEXT_LIMITS } from './text-limits';
import {
  MISCONDUCT_CASE_STATUSES,
  misconductAccess,
  type MisconductCaseFacts,
} from './misconduct-access.rules';
import {
  isCheckForStatus,
  mayReadIdNumbers,
  mayRecordAs,
  misconductHandlers,
  STAFF_ACTIONS,
  STAFF_STATUSES,
  staffAccess,
  type ApplicableCheck,
} from './staff-access.rules';
import { scopeActorOf } from './access.rules';

const policy = DEFAULT_POLICY;
const head = buildActor({ accountId: 'acc-head', role: 'HEAD', staffId: 'staff-head' });
const otherHead = buildActor({ accountId: 'acc-head-2', role: 'HEAD', institutionId: 'school-2' });
const teacher = buildActor({ accountId: 'acc-teacher', staffId: 'staff-1' });
const section = (unit: 'PERSONNEL' | 'BASIC' | 'PRESCHOOL' | 'SAFETY' | 'INSPECT') =>
  buildActor({ accountId: `acc-${unit}`, role: 'SECTION_MEMBER', institutionId: null, unit });
const leader = buildActor({ accountId: 'acc-leader', role: 'LEADER', institutionId: null });
const admin = buildActor({ accountId: 'acc-admin', role: 'ADMIN', institutionId: null });
const CHECKS: ApplicableCheck[] = [
  { check: 'CRIMINAL_DATABASE', recordedBy: ['INSTITUTION'], ruleId: 'VET-1' },
  { check: 'TEACHER_ENTRY_SYSTEM', recordedBy: ['PERSONNEL'], ruleId: 'VET-2' },
];

describe('staffAccess (ORG-1, VET-1..11)', () => {
  it('ORG-1: the head of the institution, sections in scope and leadership see the record; teachers and admins not', () => {
    expect(staffAccess(buildStaff(), head, [], policy).canView.allowed).toBe(true);
    expect(staffAccess(buildStaff(), section('BASIC'), [], policy).canView.allowed).toBe(true);
    expect(staffAccess(buildStaff(), section('PRESCHOOL'), [], policy).canView.allowed).toBe(false);
    expect(staffAccess(buildStaff(), leader, [], policy).canView.allowed).toBe(true);
    expect(staffAccess(buildStaff(), otherHead, [], policy).canView.allowed).toBe(false);
    expect(staffAccess(buildStaff(), teacher, [], policy).canView.allowed).toBe(false);
    expect(staffAccess(buildStaff(), admin, [], policy).canView.allowed).toBe(false);
  });

  it('VET-2: only PERSONNEL reads the full ID number, and never its own', () => {
    expect(staffAccess(buildStaff(), section('PERSONNEL'), [], policy).parts.idNumber.allowed).toBe(true);
    expect(staffAccess(buildStaff(), head, [], policy).parts.idNumber.allowed).toBe(false);
    const personnelSubject = { ...section('PERSONNEL'), staffId: 'staff-1' };
    expect(staffAccess(buildStaff(), personnelSubject, [], policy).parts.idNumber.allowed).toBe(false);
    expect(mayReadIdNumbers(section('PERSONNEL'))).toBe(true);
    expect(mayReadIdNumbers(head)).toBe(false);
  });

  it('VET-11: the subject of a record sees none of its sensitive parts and acts on none of it', () => {
    const own = staffAccess(
      buildStaff({ staffId: 'staff-head', isHead: true, status: 'CANDIDATE' }),
      head,
      CHECKS,
      policy,
    );
    expect(own).toMatchObject({
      isActorSubject: true,
      recordableChecks: [],
      parts: { vettingFile: { allowed: false }, misconductCases: { allowed: false } },
      can: {
        activate: { allowed: false },
        recordInterview: { allowed: false },
        openMisconductCase: { allowed: false },
      },
    });
  });

  it('ORG-3: the head manages the register of the institution, except the own record', () => {
    expect(staffAccess(buildStaff(), head, [], policy).can.manageRegister.allowed).toBe(true);
    expect(
      staffAccess(buildStaff({ staffId: 'staff-head' }), head, [], policy).can.manageRegister.allowed,
    ).toBe(false);
    expect(staffAccess(buildStaff(), section('BASIC'), [], policy).can.manageRegister.allowed).toBe(false);
  });

  it('VET-1: the head activates a candidate only when vetting is CLEAR', () => {
    expect(staffAccess(buildStaff({ status: 'CANDIDATE' }), head, [], policy).can.activate.allowed).toBe(
      true,
    );
    expect(
      staffAccess(buildStaff({ status: 'CANDIDATE', isVettingClear: false }), head, [], policy).can.activate
        .allowed,
    ).toBe(false);
    expect(staffAccess(buildStaff({ status: 'ACTIVE' }), head, [], policy).can.activate.allowed).toBe(false);
    expect(
      staffAccess(buildStaff({ status: 'CANDIDATE' }), section('BASIC'), [], policy).can.activate.allowed,
    ).toBe(false);
  });

  it('VET-5, VET-10: the head records qualifications and due reminder interviews', () => {
    expect(staffAccess(buildStaff(), head, [], policy).can.recordQualification.allowed).toBe(true);
    expect(
      staffAccess(buildStaff({ status: 'DISMISSED' }), head, [], policy).can.recordQualification.allowed,
    ).toBe(false);
    expect(staffAccess(buildStaff(), head, [], policy).can.recordInterview.allowed).toBe(true);
    expect(
      staffAccess(buildStaff({ isInterviewDue: false }), head, [], policy).can.recordInterview.allowed,
    ).toBe(false);
  });

  it('VET-1, VET-2: each actor may record the applicable checks its unit records', () => {
    const candidate = buildStaff({ status: 'CANDIDATE' });
    expect(staffAccess(candidate, head, CHECKS, policy).recordableChecks).toEqual(['CRIMINAL_DATABASE']);
    expect(staffAccess(candidate, section('PERSONNEL'), CHECKS, policy).recordableChecks).toEqual([
      'TEACHER_ENTRY_SYSTEM',
    ]);
    expect(staffAccess(buildStaff({ status: 'ACTIVE' }), head, CHECKS, policy).recordableChecks).toEqual([]);
    expect(mayRecordAs(otherHead, 'INSTITUTION', 'school-1')).toBe(false);
  });

  it('VET-9: the in-service re-check is for active staff only', () => {
    const recheck: ApplicableCheck[] = [
      { check: 'IN_SERVICE_RECHECK', recordedBy: ['INSTITUTION'], ruleId: 'VET-9' },
    ];
    expect(staffAccess(buildStaff({ status: 'ACTIVE' }), head, recheck, policy).recordableChecks).toEqual([
      'IN_SERVICE_RECHECK',
    ]);
    expect(isCheckForStatus('IN_SERVICE_RECHECK', 'CANDIDATE')).toBe(false);
    expect(isCheckForStatus('CRIMINAL_DATABASE', 'BLOCKED')).toBe(false);
  });

  it('VET-11: misconduct about staff is handled by the head and PERSONNEL; about the head by the supervising section and PERSONNEL', () => {
    expect(staffAccess(buildStaff(), head, [], policy).can.openMisconductCase.allowed).toBe(true);
    expect(staffAccess(buildStaff(), section('PERSONNEL'), [], policy).can.openMisconductCase.allowed).toBe(
      true,
    );
    expect(staffAccess(buildStaff(), section('BASIC'), [], policy).can.openMisconductCase.allowed).toBe(
      false,
    );
    expect(
      staffAccess(buildStaff({ status: 'DISMISSED' }), head, [], policy).can.openMisconductCase.allowed,
    ).toBe(false);
    const aboutHead = buildStaff({ staffId: 'staff-head-other', isHead: true });
    expect(staffAccess(aboutHead, section('BASIC'), [], policy).can.openMisconductCase.allowed).toBe(true);
    expect(staffAccess(aboutHead, head, [], policy).can.openMisconductCase.allowed).toBe(false);
    expect(misconductHandlers({ id: 'kg', kind: 'KINDERGARTEN' }, true, policy).units).toEqual([
      'PERSONNEL',
      'PRESCHOOL',
    ]);
  });
});

describe('misconductAccess (VET-11)', () => {
  const facts = (overrides: Partial<MisconductCaseFacts> = {}): MisconductCaseFacts => ({
    subjectStaffId: 'staff-head',
    institution: { id: 'school-1', kind: 'PRIMARY' },
    isSubjectHead: true,
    status: 'OPEN',
    ...overrides,
  });

  it('VET-11: a head named in a misconduct case neither reads nor decides it', () => {
    expect(misconductAccess(facts(), head, policy)).toEqual({
      canView: { allowed: false, ruleId: 'VET-11' },
      can: { decide: { allowed: false, ruleId: 'VET-11' } },
      isActorSubject: true,
    });
    const unlinkedHead = { ...head, staffId: null };
    expect(misconductAccess(facts(), unlinkedHead, policy).can.decide.allowed).toBe(false);
  });

  it('VET-11: the supervising section and PERSONNEL decide a case about a head; leadership only reads it', () => {
    expect(misconductAccess(facts(), section('BASIC'), policy).can.decide.allowed).toBe(true);
    expect(misconductAccess(facts(), section('PERSONNEL'), policy).can.decide.allowed).toBe(true);
    expect(misconductAccess(facts(), leader, policy)).toMatchObject({
      canView: { allowed: true },
      can: { decide: { allowed: false } },
    });
    expect(misconductAccess(facts(), section('INSPECT'), policy).canView.allowed).toBe(false);
    expect(misconductAccess(facts({ status: 'DECIDED' }), section('BASIC'), policy).can.decide.allowed).toBe(
      false,
    );
  });

  it('VET-11: a case about a teacher is decided by the head of that institution only', () => {
    const aboutTeacher = facts({ subjectStaffId: 'staff-1', isSubjectHead: false });
    expect(misconductAccess(aboutTeacher, head, policy).can.decide.allowed).toBe(true);
    expect(misconductAccess(aboutTeacher, otherHead, policy).canView.allowed).toBe(false);
    expect(misconductAccess(aboutTeacher, teacher, policy)).toMatchObject({
      isActorSubject: true,
      canView: { allowed: false },
    });
  });
});

describe('permissions', () => {
  it('ORG-2: roles reach their operations and nothing else', () => {
    expect(hasPermission('TEACHER', 'REPORT_INCIDENT')).toBe(true);
    expect(hasPermission('ADMIN', 'VIEW_INCIDENTS')).toBe(false);
    expect(permissionsOf('LEADER')).toContain('VIEW_AUDIT');
  });

  it('ORG-3: an institution account without an institution and a member without a unit have no scope', () => {
    expect(scopeActorOf(buildActor({ institutionId: null }))).toBeNull();
    expect(scopeActorOf(buildActor({ role: 'SECTION_MEMBER', unit: null }))).toBeNull();
    expect(scopeActorOf(admin)).toEqual({ type: 'COMMITTEE', unit: 'LEAD' });
  });
});

describe('permissions and limits', () => {
  it('ORG-2: every permission is reachable by some role, and no role reaches one twice', () => {
    const roles = ['TEACHER', 'HEAD', 'STAFF', 'SECTION_MEMBER', 'LEADER', 'ADMIN'] as const;
    for (const permission of PERMISSIONS) {
      expect([permission, roles.some((role) => hasPermission(role, permission))]).toEqual([permission, true]);
    }
    for (const role of roles) expect(new Set(permissionsOf(role)).size).toBe(permissionsOf(role).length);
  });

  it('REP-7: the child’s statement and welfare notes have room for a whole account, names stay short', () => {
    expect(TEXT_LIMITS.childStatement).toBeGreaterThanOrEqual(2000);
    expect(TEXT_LIMITS.welfareNote).toBeGreaterThanOrEqual(1000);
    expect(TEXT_LIMITS.childName).toBeLessThanOrEqual(60);
    expect(TEXT_LIMITS.closingNote).toBe(500);
  });
});

describe('staff and misconduct vocabularies', () => {
  it('VET-11: every staff action is answered, for every status', () => {
    for (const status of STAFF_STATUSES) {
      expect(Object.keys(staffAccess(buildStaff({ status }), head, [], policy).can).sort()).toEqual(
        [...STAFF_ACTIONS].sort(),
      );
    }
    expect(MISCONDUCT_CASE_STATUSES).toContain('OPEN');
  });
});
