import { caseExportAccess } from './list-export-access.rules';

describe('caseExportAccess: who may download the case list (REP-7, ORG-1, ORG-3)', () => {
  it('ORG-1: leadership and section members may export their list', () => {
    expect(caseExportAccess({ role: 'LEADER' })).toEqual({ allowed: true, ruleId: 'ORG-1' });
    expect(caseExportAccess({ role: 'SECTION_MEMBER' })).toEqual({ allowed: true, ruleId: 'ORG-1' });
  });

  it('ORG-3: a head may export her institution’s list; the administrator may not', () => {
    expect(caseExportAccess({ role: 'HEAD' })).toEqual({ allowed: true, ruleId: 'ORG-3' });
    expect(caseExportAccess({ role: 'ADMIN' })).toEqual({ allowed: false, ruleId: 'ORG-3' });
  });

  it('REP-7: a teacher or other staff member gets no bulk file of children’s cases', () => {
    expect(caseExportAccess({ role: 'TEACHER' })).toEqual({ allowed: false, ruleId: 'REP-7' });
    expect(caseExportAccess({ role: 'STAFF' })).toEqual({ allowed: false, ruleId: 'REP-7' });
  });
});
