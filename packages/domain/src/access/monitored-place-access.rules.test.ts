import type { UnitCode } from '../organisation/organisation.types';
import { DEFAULT_POLICY } from '../policy/policy';
import { buildActor } from './access.testing';
import { isInspectorOf } from './inspectors.rules';
import { monitoredPlacesAccess, readsMonitoredPlaces } from './monitored-place-access.rules';
import { actorPermissions } from './permissions';

const training = { id: 'training-1', kind: 'TRAINING_INSTITUTION' } as const;
const member = (unit: UnitCode) => buildActor({ role: 'SECTION_MEMBER', unit, institutionId: null });

describe('monitoredPlacesAccess', () => {
  it('PRV-2, ORG-3: the head keeps her institution’s register and records its blind-spot self-inspection', () => {
    const access = monitoredPlacesAccess(
      training,
      buildActor({ role: 'HEAD', institutionId: 'training-1' }),
      DEFAULT_POLICY,
    );
    expect(access).toEqual({
      canView: { allowed: true, ruleId: 'ORG-3' },
      can: {
        recordPlace: { allowed: true, ruleId: 'PRV-2' },
        recordBlindSpotSelfInspection: { allowed: true, ruleId: 'PRV-2' },
      },
    });
  });

  it('PRV-2, ORG-1: 安稳办, 督导室 and the supervising section read it; nobody of them records', () => {
    for (const unit of ['SAFETY', 'INSPECT', 'VOCATIONAL'] as const) {
      const access = monitoredPlacesAccess(training, member(unit), DEFAULT_POLICY);
      expect(access.canView).toEqual({ allowed: true, ruleId: 'PRV-2' });
      expect(access.can.recordPlace.allowed).toBe(false);
      expect(access.can.recordBlindSpotSelfInspection.allowed).toBe(false);
    }
  });

  it('PRV-2: leadership reads every register', () => {
    for (const actor of [buildActor({ role: 'LEADER', institutionId: null }), member('LEAD')]) {
      expect(monitoredPlacesAccess(training, actor, DEFAULT_POLICY).canView.allowed).toBe(true);
    }
  });

  it('PRV-2: another section, another head, teachers, staff and the administrator read nothing', () => {
    for (const actor of [
      member('BASIC'),
      member('PERSONNEL'),
      buildActor({ role: 'HEAD', institutionId: 'school-2' }),
      buildActor({ role: 'TEACHER', institutionId: 'training-1' }),
      buildActor({ role: 'STAFF', institutionId: 'training-1' }),
      buildActor({ role: 'ADMIN', institutionId: null }),
    ]) {
      const access = monitoredPlacesAccess(training, actor, DEFAULT_POLICY);
      expect(access.canView.allowed).toBe(false);
      expect(access.can.recordPlace.allowed).toBe(false);
    }
  });

  it('PRV-1, ORG-1: a school’s inspectors are 安稳办, 督导室 and the section of its kind', () => {
    const school = { id: 'school-1', kind: 'PRIMARY' } as const;
    expect(isInspectorOf(member('BASIC'), school, DEFAULT_POLICY)).toBe(true);
    expect(isInspectorOf(member('VOCATIONAL'), school, DEFAULT_POLICY)).toBe(false);
    expect(isInspectorOf(member('INSPECT'), school, DEFAULT_POLICY)).toBe(true);
  });
});

describe('readsMonitoredPlaces', () => {
  it('PRV-2: heads, inspecting units and leadership have the entry point; others not', () => {
    for (const actor of [
      buildActor({ role: 'HEAD', institutionId: 'school-1' }),
      member('SAFETY'),
      member('PRESCHOOL'),
      buildActor({ role: 'LEADER', institutionId: null }),
    ]) {
      expect(readsMonitoredPlaces(actor)).toBe(true);
      expect(actorPermissions(actor)).toContain('VIEW_MONITORED_PLACES');
    }
    for (const actor of [
      buildActor({ role: 'HEAD', institutionId: null }),
      member('PERSONNEL'),
      buildActor({ role: 'TEACHER' }),
      buildActor({ role: 'ADMIN', institutionId: null }),
    ]) {
      expect(readsMonitoredPlaces(actor)).toBe(false);
      expect(actorPermissions(actor)).not.toContain('VIEW_MONITORED_PLACES');
    }
  });
});
