import { DEFAULT_POLICY } from '../policy/policy';
import type { HazardFacts } from '../prevention/inspection.types';
import { buildActor } from './access.testing';
import type { AccessActor } from './access.types';
import {
  canStartInspection,
  hazardAccess,
  hazardListFilter,
  inspectionAccess,
  inspectionCampaignsAccess,
  inspectionTemplatesAccess,
  type HazardAccessFacts,
} from './inspection-access.rules';
import { isInspectorOf } from './inspectors.rules';
import { actorPermissions } from './permissions';

const member = (unit: AccessActor['unit']) =>
  buildActor({ role: 'SECTION_MEMBER', unit, institutionId: null });
const safety = member('SAFETY');
const inspect = member('INSPECT');
const basic = member('BASIC');
const preschool = member('PRESCHOOL');
const policyUnit = member('POLICY');
const leader = buildActor({ role: 'LEADER', institutionId: null });
const leadMember = member('LEAD');
const admin = buildActor({ role: 'ADMIN', institutionId: null });
const head = buildActor({ role: 'HEAD', institutionId: 'school-1', staffId: 'staff-head' });
const otherHead = buildActor({ role: 'HEAD', institutionId: 'school-2' });
const owner = buildActor({ role: 'TEACHER', staffId: 'staff-owner' });
const teacher = buildActor({ role: 'TEACHER', staffId: 'staff-other' });
const unlinkedTeacher = buildActor({ role: 'TEACHER', staffId: null });
const school = { id: 'school-1', kind: 'PRIMARY' } as const;
const P = DEFAULT_POLICY;
const due = new Date('2026-09-10T10:00:00Z');

const hazard = (overrides: Partial<HazardFacts> = {}): HazardAccessFacts => ({
  institution: school,
  foundAt: new Date('2026-09-01T02:00:00Z'),
  ownerStaffId: 'staff-owner',
  dueAt: due,
  latestRectification: null,
  ...overrides,
});
const pending = hazard({ latestRectification: { recordedAt: due, verification: 'PENDING' } });
const closed = hazard({ latestRectification: { recordedAt: due, verification: 'VERIFIED' } });

describe('isInspectorOf', () => {
  it('PRV-1, ORG-1: 安稳办, 督导室 and the supervising section inspect an institution; other units do not', () => {
    expect(isInspectorOf(safety, school, P)).toBe(true);
    expect(isInspectorOf(inspect, school, P)).toBe(true);
    expect(isInspectorOf(basic, school, P)).toBe(true);
    expect(isInspectorOf(preschool, school, P)).toBe(false);
    expect(isInspectorOf(policyUnit, school, P)).toBe(false);
    expect(isInspectorOf(leader, school, P)).toBe(false);
    expect(isInspectorOf(head, school, P)).toBe(false);
    expect(isInspectorOf(preschool, { id: 'kg', kind: 'KINDERGARTEN' }, P)).toBe(true);
  });
});

describe('inspectionTemplatesAccess', () => {
  it('PRV-1: the committee reads templates; 安稳办, 督导室 and the administrator edit them', () => {
    expect(inspectionTemplatesAccess(basic)).toEqual({
      canView: { allowed: true, ruleId: 'PRV-1' },
      canEdit: { allowed: false, ruleId: 'PRV-1' },
    });
    expect(inspectionTemplatesAccess(leader).canView.allowed).toBe(true);
    expect(inspectionTemplatesAccess(safety).canEdit.allowed).toBe(true);
    expect(inspectionTemplatesAccess(admin).canEdit.allowed).toBe(true);
    expect(inspectionTemplatesAccess(head).canView.allowed).toBe(false);
  });
});

describe('inspectionCampaignsAccess', () => {
  it('PRV-1: 安稳办 and 督导室 open campaigns; the committee and leadership read them all', () => {
    for (const actor of [safety, inspect]) {
      expect(inspectionCampaignsAccess(actor)).toEqual({
        scope: { type: 'ALL' },
        canOpen: { allowed: true, ruleId: 'PRV-1' },
      });
    }
    for (const actor of [basic, policyUnit, leader, leadMember]) {
      expect(inspectionCampaignsAccess(actor).scope).toEqual({ type: 'ALL' });
      expect(inspectionCampaignsAccess(actor).canOpen.allowed).toBe(false);
    }
  });

  it('ORG-3: a head reads the campaigns covering her institution; teachers and the administrator none', () => {
    expect(inspectionCampaignsAccess(head).scope).toEqual({ type: 'INSTITUTION', institutionId: 'school-1' });
    for (const actor of [owner, admin, buildActor({ role: 'HEAD', institutionId: null })]) {
      expect(inspectionCampaignsAccess(actor).scope).toBeNull();
    }
  });
});

describe('canStartInspection', () => {
  it('ORG-3: the head runs her institution’s self-inspection, in a campaign covering it', () => {
    expect(canStartInspection('SELF', school, true, head, P)).toEqual({ allowed: true, ruleId: 'ORG-3' });
    expect(canStartInspection('SELF', school, false, head, P).allowed).toBe(false);
    expect(canStartInspection('SELF', school, true, otherHead, P).allowed).toBe(false);
    expect(canStartInspection('SELF', school, true, safety, P).allowed).toBe(false);
  });

  it('PRV-1: inspectors record on-site and unannounced inspections in their scope; a head does not', () => {
    expect(canStartInspection('ON_SITE', school, false, basic, P)).toEqual({
      allowed: true,
      ruleId: 'PRV-1',
    });
    expect(canStartInspection('UNANNOUNCED', school, false, safety, P).allowed).toBe(true);
    expect(canStartInspection('ON_SITE', school, true, preschool, P).allowed).toBe(false);
    expect(canStartInspection('ON_SITE', school, true, head, P).allowed).toBe(false);
  });
});

describe('inspectionAccess', () => {
  const self = { institution: school, kind: 'SELF', isSubmitted: false } as const;
  const onSite = { institution: school, kind: 'ON_SITE', isSubmitted: false } as const;

  it('PRV-1: the head, the inspectors and leadership read an inspection; other heads, units and teachers do not', () => {
    for (const actor of [head, basic, safety, leader])
      expect(inspectionAccess(self, actor, P).canView.allowed).toBe(true);
    for (const actor of [otherHead, preschool, policyUnit, owner]) {
      expect(inspectionAccess(self, actor, P).canView.allowed).toBe(false);
    }
  });

  it('ORG-3: the head records and submits a self-inspection until submitted; an inspector does not', () => {
    expect(inspectionAccess(self, head, P).can).toEqual({
      recordItem: { allowed: true, ruleId: 'ORG-3' },
      submit: { allowed: true, ruleId: 'ORG-3' },
    });
    expect(inspectionAccess(self, basic, P).can.recordItem.allowed).toBe(false);
    expect(inspectionAccess({ ...self, isSubmitted: true }, head, P).can.submit.allowed).toBe(false);
  });

  it('PRV-1: inspectors record an on-site inspection; the head does not', () => {
    expect(inspectionAccess(onSite, basic, P).can.recordItem).toEqual({ allowed: true, ruleId: 'PRV-1' });
    expect(inspectionAccess(onSite, head, P).can.recordItem.allowed).toBe(false);
  });
});

describe('hazardAccess', () => {
  it('PRV-1: the head, inspectors, leadership and the owner read a hazard; other staff, heads and units do not', () => {
    for (const actor of [head, basic, safety, inspect, leader, owner]) {
      expect(hazardAccess(hazard(), actor, P).canView.allowed).toBe(true);
    }
    for (const actor of [teacher, unlinkedTeacher, otherHead, preschool, policyUnit, admin]) {
      expect(hazardAccess(hazard(), actor, P).canView.allowed).toBe(false);
    }
    expect(hazardAccess(hazard({ ownerStaffId: null }), unlinkedTeacher, P).canView.allowed).toBe(false);
  });

  it('PRV-1: the head or an inspector assigns it until closed; not the owner or leadership', () => {
    expect(hazardAccess(hazard(), head, P).can.assign.allowed).toBe(true);
    expect(hazardAccess(pending, basic, P).can.assign.allowed).toBe(true);
    expect(hazardAccess(closed, head, P).can.assign.allowed).toBe(false);
    expect(hazardAccess(hazard(), owner, P).can.assign.allowed).toBe(false);
    expect(hazardAccess(hazard(), leader, P).can.assign.allowed).toBe(false);
  });

  it('PRV-1: the owner or the head records the rectification while it is to do; not an inspector', () => {
    expect(hazardAccess(hazard(), owner, P).can.recordRectification.allowed).toBe(true);
    expect(hazardAccess(hazard(), head, P).can.recordRectification.allowed).toBe(true);
    expect(hazardAccess(hazard(), safety, P).can.recordRectification.allowed).toBe(false);
    expect(hazardAccess(pending, owner, P).can.recordRectification.allowed).toBe(false);
  });

  it('PRV-1: only an inspector verifies, and only a rectification awaiting verification', () => {
    expect(hazardAccess(pending, basic, P).can.verify).toEqual({ allowed: true, ruleId: 'PRV-1' });
    expect(hazardAccess(pending, head, P).can.verify.allowed).toBe(false);
    expect(hazardAccess(pending, leader, P).can.verify.allowed).toBe(false);
    expect(hazardAccess(hazard(), basic, P).can.verify.allowed).toBe(false);
  });
});

describe('hazardListFilter', () => {
  it('PRV-1: leadership, 安稳办 and 督导室 read every institution’s hazards; a section its kinds; a head her own', () => {
    expect(hazardListFilter(leader, P).institutions).toEqual({ type: 'ALL' });
    expect(hazardListFilter(safety, P).institutions).toEqual({ type: 'ALL' });
    expect(hazardListFilter(basic, P).institutions).toEqual({
      type: 'KINDS',
      kinds: ['PRIMARY', 'SECONDARY', 'SPECIAL_EDUCATION'],
    });
    expect(hazardListFilter(head, P)).toEqual({
      institutions: { type: 'INSTITUTION', institutionId: 'school-1' },
      ownerStaffId: 'staff-head',
    });
  });

  it('PRV-1: other units, the administrator and teachers read no institution’s; a linked account its own hazards', () => {
    expect(hazardListFilter(policyUnit, P).institutions).toBeNull();
    expect(hazardListFilter(member(null), P).institutions).toBeNull();
    expect(hazardListFilter(admin, P).institutions).toBeNull();
    expect(hazardListFilter(owner, P)).toEqual({ institutions: null, ownerStaffId: 'staff-owner' });
  });

  it('PRV-1: the filter and hazardAccess agree for every actor on sample hazards', () => {
    const kg = { id: 'kg-1', kind: 'KINDERGARTEN' } as const;
    const actors = [
      safety,
      inspect,
      basic,
      preschool,
      policyUnit,
      leader,
      leadMember,
      admin,
      head,
      otherHead,
      owner,
      teacher,
      unlinkedTeacher,
    ];
    for (const institution of [school, kg]) {
      for (const ownerStaffId of ['staff-owner', 'staff-head', null]) {
        const facts = hazard({ ownerStaffId });
        const h = { ...facts, institution };
        for (const actor of actors) {
          const f = hazardListFilter(actor, P);
          const byInstitution =
            f.institutions === null
              ? false
              : f.institutions.type === 'ALL'
                ? true
                : f.institutions.type === 'KINDS'
                  ? f.institutions.kinds.includes(institution.kind)
                  : f.institutions.institutionId === institution.id;
          const listed = byInstitution || (f.ownerStaffId !== null && f.ownerStaffId === ownerStaffId);
          expect([actor.role, actor.unit, listed]).toEqual([
            actor.role,
            actor.unit,
            hazardAccess(h, actor, P).canView.allowed,
          ]);
        }
      }
    }
  });
});

describe('actorPermissions', () => {
  it('PRV-1: inspections for the committee, leadership and heads; hazards also for a linked teacher', () => {
    expect(actorPermissions(safety)).toEqual(expect.arrayContaining(['VIEW_INSPECTIONS', 'VIEW_HAZARDS']));
    expect(actorPermissions(head)).toEqual(expect.arrayContaining(['VIEW_INSPECTIONS', 'VIEW_HAZARDS']));
    expect(actorPermissions(leader, P)).toContain('VIEW_HAZARDS');
    expect(actorPermissions(owner)).toContain('VIEW_HAZARDS');
    expect(actorPermissions(owner)).not.toContain('VIEW_INSPECTIONS');
    expect(actorPermissions(unlinkedTeacher)).not.toContain('VIEW_HAZARDS');
    expect(actorPermissions(policyUnit)).toContain('VIEW_INSPECTIONS');
    expect(actorPermissions(policyUnit)).not.toContain('VIEW_HAZARDS');
    expect(actorPermissions(admin)).not.toContain('VIEW_INSPECTIONS');
  });
});
