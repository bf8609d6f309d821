import { screen } from '@testing-library/react';
import type { StaffMemberFieldsFragment } from '../../../gql/graphql';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { CheckRecordsTable } from './check-records-table';

const { link } = buildRecordingLink(() => ({ data: null }));

const buildRecord = (
  overrides: Partial<StaffMemberFieldsFragment['checks'][number]> = {},
): StaffMemberFieldsFragment['checks'][number] => ({
  __typename: 'VettingCheckRecord',
  id: 'check-1',
  check: 'CRIMINAL_DATABASE',
  outcome: 'CLEAR',
  checkedAt: '2026-03-01T02:00:00.000Z',
  checkedBy: '冯晓红',
  system: '严重违法犯罪案件教职员工信息库',
  referenceNumber: 'Q-001',
  recordedBy: 'INSTITUTION',
  recordedAt: '2026-03-01T02:00:00.000Z',
  findings: [],
  ...overrides,
});

describe('check records table', () => {
  it('VET-6, VET-7: shows each criminal finding recorded with a check, and “无” where none was', () => {
    renderWithProviders(
      <CheckRecordsTable
        checks={[
          buildRecord({
            id: 'check-2',
            check: 'TEACHER_ENTRY_SYSTEM',
            recordedBy: 'PERSONNEL',
            findings: ['DEPRIVED_OF_POLITICAL_RIGHTS', 'INTENTIONAL_CRIME_IMPRISONMENT'],
          }),
          buildRecord(),
        ]}
      />,
      { link },
    );
    const [withFindings, without] = screen.getAllByTestId('check-record-findings');
    expect(withFindings.textContent).toContain('被剥夺政治权利');
    expect(withFindings.textContent).toContain('故意犯罪受到有期徒刑以上刑事处罚');
    expect(without.textContent).toBe('无');
  });

  it('VET-3: a TEMPORARY_HIRE_CHECK recorded in the past stays readable, marked as no longer used', () => {
    renderWithProviders(
      <CheckRecordsTable
        checks={[buildRecord({ check: 'TEMPORARY_HIRE_CHECK', recordedBy: 'PERSONNEL' })]}
      />,
      { link },
    );
    expect(screen.getByTestId('check-record').textContent).toContain('人事科临聘人员核查（已停用）');
  });
});
