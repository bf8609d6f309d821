import { staffOptionLabel, toReportableStaffOptions } from './use-reportable-staff';

describe('suspect picker options (issue 4)', () => {
  it('keeps id, name and role of each staff member, in the server’s order', () => {
    expect(
      toReportableStaffOptions({
        __typename: 'Query',
        reportableStaff: [
          { __typename: 'ReportableStaffMember', id: 's-2', name: '陈建国', role: 'TEACHER' },
          { __typename: 'ReportableStaffMember', id: 's-1', name: '刘文静', role: 'SCHOOL_HEAD' },
        ],
      }),
    ).toEqual([
      { id: 's-2', name: '陈建国', role: 'TEACHER' },
      { id: 's-1', name: '刘文静', role: 'SCHOOL_HEAD' },
    ]);
  });

  it('offers nothing before the answer arrives', () => {
    expect(toReportableStaffOptions(undefined)).toEqual([]);
  });

  it('labels a person by name and role', () => {
    const label = staffOptionLabel({ id: 's-1', name: '刘文静', role: 'SCHOOL_HEAD' }, (role) =>
      role === 'SCHOOL_HEAD' ? '学校负责人' : '?',
    );
    expect(label).toBe('刘文静（学校负责人）');
  });
});
