import { DEFAULT_POLICY } from '../policy/policy';
import { at } from './care.testing';
import type { LegalVicePrincipalAppointment } from './care.types';
import { legalVicePrincipalStatus } from './legal-vice-principal.rules';

const appointment = (id: string, start: string, end: string): LegalVicePrincipalAppointment => ({
  id,
  name: 'Officer',
  unit: 'PROCURATORATE',
  termStart: at(start),
  termEnd: at(end),
});
const now = at('2026-11-15 10:00');

describe('legalVicePrincipalStatus', () => {
  it('PRV-5: no appointment at all is a gap (MISSING)', () => {
    expect(legalVicePrincipalStatus([], now, DEFAULT_POLICY)).toEqual({
      status: 'MISSING',
      appointmentId: null,
      endsAt: null,
      isGap: true,
      isWarning: false,
      ruleIds: ['PRV-5'],
    });
  });

  it('PRV-5: an appointment whose term has not begun is still a gap (MISSING)', () => {
    const status = legalVicePrincipalStatus(
      [appointment('a', '2027-01-01', '2029-01-01')],
      now,
      DEFAULT_POLICY,
    );
    expect(status.status).toBe('MISSING');
    expect(status.isGap).toBe(true);
  });

  it('PRV-5: a term that ended is a gap (EXPIRED) naming the latest appointment that ended', () => {
    const status = legalVicePrincipalStatus(
      [appointment('old', '2020-09-01', '2023-09-01'), appointment('last', '2023-09-01', '2026-11-15 10:00')],
      now,
      DEFAULT_POLICY,
    );
    expect(status).toMatchObject({ status: 'EXPIRED', appointmentId: 'last', isGap: true });
  });

  it('PRV-5: a term in force and far from its end is ACTIVE', () => {
    const status = legalVicePrincipalStatus(
      [appointment('a', '2025-09-01', '2028-09-01')],
      now,
      DEFAULT_POLICY,
    );
    expect(status).toMatchObject({ status: 'ACTIVE', appointmentId: 'a', isGap: false, isWarning: false });
    expect(status.endsAt).toEqual(at('2028-09-01'));
  });

  it('PRV-5: within the warning window (default 30 days) before the end it is EXPIRING, a warning', () => {
    const ending = [appointment('a', '2024-01-01', '2026-12-15')];
    expect(legalVicePrincipalStatus(ending, at('2026-11-15 00:00'), DEFAULT_POLICY).status).toBe('EXPIRING');
    expect(legalVicePrincipalStatus(ending, at('2026-11-14 23:59'), DEFAULT_POLICY).status).toBe('ACTIVE');
    expect(
      legalVicePrincipalStatus(ending, now, { ...DEFAULT_POLICY, legalVicePrincipalExpiryWarningDays: 10 })
        .isWarning,
    ).toBe(false);
  });

  it('PRV-5: a successor in force from the day the term ends removes the warning', () => {
    const status = legalVicePrincipalStatus(
      [appointment('a', '2024-01-01', '2026-12-01'), appointment('b', '2026-12-01', '2029-12-01')],
      now,
      DEFAULT_POLICY,
    );
    expect(status).toMatchObject({ status: 'ACTIVE', appointmentId: 'a', isWarning: false });
  });

  it('PRV-5: of two overlapping appointments in force, the one ending last counts', () => {
    const status = legalVicePrincipalStatus(
      [appointment('a', '2024-01-01', '2026-12-01'), appointment('b', '2025-01-01', '2029-12-01')],
      now,
      DEFAULT_POLICY,
    );
    expect(status).toMatchObject({ status: 'ACTIVE', appointmentId: 'b' });
  });
});
