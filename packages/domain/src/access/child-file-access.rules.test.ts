import { buildActor } from './access.testing';
import { actorPermissions } from './permissions';
import {
  childFileAccess,
  childFilesScope,
  isDesignatedSafetyOfficer,
  showsChildren,
  type ChildFileFacts,
} from './child-file-access.rules';

const facts: ChildFileFacts = {
  institution: { id: 'school-1', kind: 'PRIMARY' },
  headTeacherStaffId: 'st-ht',
  counsellorStaffIds: ['st-counsellor'],
};
const headTeacher = buildActor({ role: 'TEACHER', staffId: 'st-ht' });
const counsellor = buildActor({ role: 'STAFF', staffId: 'st-counsellor' });
const head = buildActor({ role: 'HEAD', staffId: 'st-head' });
const officer = buildActor({
  role: 'SECTION_MEMBER',
  unit: 'SAFETY',
  institutionId: null,
  isDesignatedCaseOfficer: true,
});
const allowed = (access: ReturnType<typeof childFileAccess>) => ({
  view: access.canView.allowed,
  open: access.can.openFile.allowed,
  talk: access.can.recordTalk.allowed,
  update: access.can.updateFile.allowed,
  close: access.can.closeFile.allowed,
});

describe('childFileAccess', () => {
  it('PRV-8: the child’s head teacher reads the file, opens it, records talks and updates it, but does not close it', () => {
    expect(allowed(childFileAccess(facts, headTeacher))).toEqual({
      view: true,
      open: true,
      talk: true,
      update: true,
      close: false,
    });
    expect(childFileAccess(facts, headTeacher).canView.ruleId).toBe('PRV-8');
  });

  it('PRV-8: a counsellor named on the file reads it and records talks; does not open or close files', () => {
    expect(allowed(childFileAccess(facts, counsellor))).toEqual({
      view: true,
      open: false,
      talk: true,
      update: true,
      close: false,
    });
  });

  it('PRV-8: the institution’s head does everything', () => {
    expect(allowed(childFileAccess(facts, head))).toEqual({
      view: true,
      open: true,
      talk: true,
      update: true,
      close: true,
    });
  });

  it('PRV-8, REP-7: a designated 安稳办 officer reads it and changes nothing', () => {
    expect(allowed(childFileAccess(facts, officer))).toEqual({
      view: true,
      open: false,
      talk: false,
      update: false,
      close: false,
    });
  });

  it('PRV-8: nobody else reads a child’s file: other teachers, another school’s staff with the same id, the district', () => {
    for (const actor of [
      buildActor({ role: 'TEACHER', staffId: 'st-other' }),
      buildActor({ role: 'TEACHER', staffId: null }),
      buildActor({ role: 'TEACHER', staffId: 'st-ht', institutionId: 'school-2' }),
      buildActor({ role: 'SECTION_MEMBER', staffId: 'st-ht', unit: 'BASIC', institutionId: 'school-1' }),
      buildActor({ role: 'HEAD', institutionId: 'school-2' }),
      buildActor({ role: 'SECTION_MEMBER', unit: 'SAFETY', institutionId: null }),
      buildActor({
        role: 'SECTION_MEMBER',
        unit: 'BASIC',
        institutionId: null,
        isDesignatedCaseOfficer: true,
      }),
      buildActor({ role: 'LEADER', institutionId: null }),
      buildActor({ role: 'ADMIN', institutionId: null }),
    ]) {
      expect(allowed(childFileAccess(facts, actor))).toEqual({
        view: false,
        open: false,
        talk: false,
        update: false,
        close: false,
      });
    }
  });

  it('PRV-8: a class without a head teacher: a teacher without a staff record is nobody’s head teacher', () => {
    const noHeadTeacher = { ...facts, headTeacherStaffId: null };
    expect(
      childFileAccess(noHeadTeacher, buildActor({ role: 'TEACHER', staffId: null })).canView.allowed,
    ).toBe(false);
    expect(childFileAccess(noHeadTeacher, head).can.openFile.allowed).toBe(true);
  });
});

describe('childFilesScope', () => {
  it('PRV-8: designated 安稳办 officers list every file; a head her institution’s; staff the files naming them', () => {
    expect(childFilesScope(officer)).toEqual({ type: 'ALL' });
    expect(childFilesScope(head)).toEqual({ type: 'INSTITUTION', institutionId: 'school-1' });
    expect(childFilesScope(headTeacher)).toEqual({
      type: 'RESPONSIBLE_STAFF',
      institutionId: 'school-1',
      staffId: 'st-ht',
    });
    expect(childFilesScope(counsellor)).toEqual({
      type: 'RESPONSIBLE_STAFF',
      institutionId: 'school-1',
      staffId: 'st-counsellor',
    });
    expect(isDesignatedSafetyOfficer(officer)).toBe(true);
  });

  it('PRV-8: leadership and the committee’s other members see counts only, never a child', () => {
    for (const actor of [
      buildActor({ role: 'LEADER', institutionId: null }),
      buildActor({ role: 'SECTION_MEMBER', unit: 'LEAD', institutionId: null }),
      buildActor({ role: 'SECTION_MEMBER', unit: 'BASIC', institutionId: null }),
      buildActor({ role: 'SECTION_MEMBER', unit: 'SAFETY', institutionId: null }),
    ]) {
      expect(childFilesScope(actor)).toEqual({ type: 'COUNTS_ONLY' });
      expect(showsChildren(childFilesScope(actor))).toBe(false);
    }
    expect(showsChildren(childFilesScope(head))).toBe(true);
  });

  it('PRV-8: no scope for an administrator, a member without unit, accounts without institution or staff record', () => {
    for (const actor of [
      buildActor({ role: 'ADMIN', institutionId: null }),
      buildActor({ role: 'SECTION_MEMBER', unit: null, institutionId: null }),
      buildActor({ role: 'HEAD', institutionId: null }),
      buildActor({ role: 'TEACHER', institutionId: null, staffId: 'st-ht' }),
      buildActor({ role: 'STAFF', staffId: null }),
    ]) {
      expect(childFilesScope(actor)).toBeNull();
      expect(showsChildren(childFilesScope(actor))).toBe(false);
    }
  });

  it('PRV-8: the child-files entry point (VIEW_CHILD_FILES) follows the scope', () => {
    for (const actor of [headTeacher, head, officer, buildActor({ role: 'LEADER', institutionId: null })])
      expect(actorPermissions(actor)).toContain('VIEW_CHILD_FILES');
    for (const actor of [
      buildActor({ role: 'TEACHER', staffId: null }),
      buildActor({ role: 'STAFF', staffId: null }),
    ])
      expect(actorPermissions(actor)).not.toContain('VIEW_CHILD_FILES');
  });
});
