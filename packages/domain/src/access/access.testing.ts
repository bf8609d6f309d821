import type { AccessActor } from './access.types';
import type { CaseFacts } from './case-access.rules';
import type { StaffFacts } from './staff-access.rules';

// Builders for the access tests (excluded from coverage like the tests themselves).
export const buildActor = (overrides: Partial<AccessActor> = {}): AccessActor => ({
  accountId: 'acc-someone',
  role: 'TEACHER',
  institutionId: 'school-1',
  unit: null,
  staffId: null,
  isDesignatedCaseOfficer: false,
  ...overrides,
});

export const buildCase = (overrides: Partial<CaseFacts> = {}): CaseFacts => ({
  institution: { id: 'school-1', kind: 'PRIMARY' },
  category: 'ABUSE',
  suspectType: 'STAFF',
  isMarkedConfidential: false,
  reporterAccountId: 'acc-reporter',
  headAccountId: 'acc-head',
  suspect: { accountId: null, staffId: 'staff-suspect' },
  hasHeadDeclaredConflict: false,
  state: 'REPORTED',
  isAcknowledged: false,
  isPoliceReported: false,
  ...overrides,
});

export const buildStaff = (overrides: Partial<StaffFacts> = {}): StaffFacts => ({
  staffId: 'staff-1',
  institution: { id: 'school-1', kind: 'PRIMARY' },
  status: 'ACTIVE',
  hasStudentAccess: true,
  isVettingClear: true,
  isHead: false,
  isInterviewDue: true,
  ...overrides,
});
