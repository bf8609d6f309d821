import { DEFAULT_POLICY } from '../policy/policy';
import { dormDoorDecision, isNightEntry } from './dorm-entries.rules';

// Beijing time is UTC+8: 22:00 local is 14:00Z.
const at = (local: string) => new Date(`${local}+08:00`);

describe('isNightEntry', () => {
  it('PRV-4: 22:00 to 06:00 local time by default, the window running past midnight', () => {
    expect(isNightEntry(at('2026-09-10T21:59:00'), DEFAULT_POLICY)).toBe(false);
    expect(isNightEntry(at('2026-09-10T22:00:00'), DEFAULT_POLICY)).toBe(true);
    expect(isNightEntry(at('2026-09-11T03:30:00'), DEFAULT_POLICY)).toBe(true);
    expect(isNightEntry(at('2026-09-11T05:59:00'), DEFAULT_POLICY)).toBe(true);
    expect(isNightEntry(at('2026-09-11T06:00:00'), DEFAULT_POLICY)).toBe(false);
  });

  it('PRV-4: reckoned in the district’s zone, whatever the instant’s UTC reading', () => {
    // 15:00Z is 23:00 in Shanghai and 15:00 in UTC.
    const instant = new Date('2026-09-10T15:00:00Z');
    expect(isNightEntry(instant, DEFAULT_POLICY)).toBe(true);
    expect(isNightEntry(instant, { ...DEFAULT_POLICY, timeZone: 'UTC' })).toBe(false);
  });

  it('PRV-4: a window within one day, and an empty window', () => {
    const evening = { ...DEFAULT_POLICY, dormNightStartMinute: 20 * 60, dormNightEndMinute: 23 * 60 };
    expect(isNightEntry(at('2026-09-10T19:59:00'), evening)).toBe(false);
    expect(isNightEntry(at('2026-09-10T20:00:00'), evening)).toBe(true);
    expect(isNightEntry(at('2026-09-10T23:00:00'), evening)).toBe(false);
    const none = { ...DEFAULT_POLICY, dormNightStartMinute: 0, dormNightEndMinute: 0 };
    expect(isNightEntry(at('2026-09-10T23:00:00'), none)).toBe(false);
  });
});

describe('dormDoorDecision', () => {
  it('PRV-4: dormitory staff enter without registration', () => {
    expect(dormDoorDecision({ role: 'LIFE_TEACHER', purpose: 'OTHER', isActive: true })).toEqual({
      allowed: true,
      mustRegister: false,
      refusal: null,
      ruleId: 'PRV-4',
    });
  });

  it('PRV-4: a head teacher on a dorm check enters and the entry is registered', () => {
    expect(dormDoorDecision({ role: 'HEAD_TEACHER', purpose: 'DORM_CHECK', isActive: true })).toMatchObject({
      allowed: true,
      mustRegister: true,
    });
  });

  it('PRV-4: a cleaner, or a head teacher on another errand, is refused as non-dormitory staff', () => {
    for (const request of [
      { role: 'CLEANER', purpose: 'DORM_CHECK' },
      { role: 'HEAD_TEACHER', purpose: 'OTHER' },
    ] as const) {
      expect(dormDoorDecision({ ...request, isActive: true })).toEqual({
        allowed: false,
        mustRegister: false,
        refusal: 'NOT_DORM_STAFF',
        ruleId: 'PRV-4',
      });
    }
  });

  it('PRV-4: someone not serving is refused whatever the role', () => {
    expect(dormDoorDecision({ role: 'DORM_MANAGER', purpose: 'OTHER', isActive: false }).refusal).toBe(
      'NOT_ACTIVE_STAFF',
    );
  });
});
