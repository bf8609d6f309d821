import { DEFAULT_POLICY } from '../policy/policy';
import { preventionGaps } from './prevention.rules';
import { blindSpotSelfInspectionDueAt, placeRegisterGaps } from './monitored-places.rules';
import type { PlaceRegister } from './prevention.types';

const now = new Date('2026-09-10T02:00:00Z');
const register = (overrides: Partial<PlaceRegister> = {}): PlaceRegister => ({
  institutionKind: 'TRAINING_INSTITUTION',
  lastBlindSpotSelfInspectionAt: new Date('2026-06-01T02:00:00Z'),
  places: [
    { id: 'piano-1', kind: 'ONE_TO_ONE_ROOM', isMonitored: false },
    { id: 'piano-2', kind: 'ONE_TO_ONE_ROOM', isMonitored: true },
    { id: 'gate', kind: 'GATE', isMonitored: false },
  ],
  ...overrides,
});

describe('placeRegisterGaps', () => {
  it('PRV-2: a training institution with an unmonitored one-to-one room has a gap for that room only', () => {
    expect(placeRegisterGaps(register(), now, DEFAULT_POLICY)).toEqual([
      { code: 'ONE_TO_ONE_CLASSROOM_UNMONITORED', ruleId: 'PRV-2', clause: '三', subjectId: 'piano-1' },
    ]);
  });

  it('PRV-2: other kinds are not held to full one-to-one coverage', () => {
    expect(placeRegisterGaps(register({ institutionKind: 'PRIMARY' }), now, DEFAULT_POLICY)).toEqual([]);
  });

  it('PRV-2: never self-inspected, or longer ago than the district’s interval, is a blind-spot gap', () => {
    const codes = (r: PlaceRegister) => placeRegisterGaps(r, now, DEFAULT_POLICY).map((g) => g.code);
    expect(codes(register({ lastBlindSpotSelfInspectionAt: null, places: [] }))).toEqual([
      'BLIND_SPOTS_NOT_SELF_INSPECTED',
    ]);
    // Six months (the default) after 2026-03-10 10:00 Beijing time is exactly now: due.
    expect(
      codes(register({ lastBlindSpotSelfInspectionAt: new Date('2026-03-10T02:00:00Z'), places: [] })),
    ).toEqual(['BLIND_SPOTS_NOT_SELF_INSPECTED']);
    expect(
      codes(register({ lastBlindSpotSelfInspectionAt: new Date('2026-03-10T02:00:01Z'), places: [] })),
    ).toEqual([]);
  });

  it('PRV-2: the same gaps as the self-inspection’s preventionGaps', () => {
    const fromInspection = preventionGaps({
      institutionKind: 'TRAINING_INSTITUTION',
      hasSelfInspectedBlindSpots: true,
      oneToOneClassrooms: [{ id: 'piano-1', isMonitored: false }],
      hasLegalVicePrincipal: true,
      staff: [],
      legallyTrainedPersonIds: [],
      intakes: [],
      hasMentalHealthInTeachingPlan: true,
      hasCounsellingRoomOrHotline: true,
      specialChildren: [],
      hasStaffMentalHealthTraining: true,
      hasAntiBullyingRules: true,
      hasAntiBullyingHandbook: true,
      areHeadTeachersTrainedOnBullying: true,
    });
    expect(placeRegisterGaps(register(), now, DEFAULT_POLICY)).toEqual(fromInspection);
  });
});

describe('blindSpotSelfInspectionDueAt', () => {
  it('PRV-2: due the district’s number of months after the last one; now when there was none', () => {
    expect(blindSpotSelfInspectionDueAt(null, now, DEFAULT_POLICY)).toEqual(now);
    expect(
      blindSpotSelfInspectionDueAt(new Date('2026-06-01T02:00:00Z'), now, {
        ...DEFAULT_POLICY,
        blindSpotSelfInspectionMonths: 3,
      }),
    ).toEqual(new Date('2026-09-01T02:00:00Z'));
  });
});
