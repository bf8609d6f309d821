import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { VettingCheckKind } from '../../../gql/graphql';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { buildStaffMember } from '../testing/staff-factories';
import { RecordCheckForm } from './record-check-form';

const WITH_FINDINGS: VettingCheckKind[] = [
  'CRIMINAL_DATABASE',
  'TEACHER_ENTRY_SYSTEM',
  'NEW_INSTITUTION_REVIEW',
  'IN_SERVICE_RECHECK',
];

function renderForm() {
  const { link, operations } = buildRecordingLink(() => ({
    data: { recordVettingCheck: buildStaffMember() },
  }));
  const onRecorded = jest.fn();
  renderWithProviders(
    <RecordCheckForm
      staffId="staff-1"
      checks={['CRIMINAL_DATABASE', 'CHILDCARE_TRAINING']}
      checksWithFindings={WITH_FINDINGS}
      checkedBy="冯晓红"
      onRecorded={onRecorded}
    />,
    { link },
  );
  return { operations, onRecorded };
}

const change = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('record-check form', () => {
  it('VET-7: criminal findings ticked with the database check are sent, with a warning before saving', async () => {
    const { operations, onRecorded } = renderForm();
    expect(screen.getByTestId('check-findings').textContent).toContain('受过刑事处罚');
    expect(screen.queryByTestId('check-findings-warning')).toBeNull();
    change('check-outcome', 'CLEAR');
    change('check-reference', 'Q-2026-01');
    fireEvent.click(screen.getByTestId('check-finding-CRIMINAL_PUNISHMENT'));
    fireEvent.click(screen.getByTestId('check-finding-DEPRIVED_OF_POLITICAL_RIGHTS'));
    expect(screen.getByTestId('check-findings-warning').textContent).toContain('终身禁入');
    fireEvent.click(screen.getByTestId('check-submit'));
    await waitFor(() => expect(onRecorded).toHaveBeenCalledTimes(1));
    expect(operations[0].variables.input).toMatchObject({
      staffId: 'staff-1',
      check: 'CRIMINAL_DATABASE',
      outcome: 'CLEAR',
      referenceNumber: 'Q-2026-01',
      findings: ['CRIMINAL_PUNISHMENT', 'DEPRIVED_OF_POLITICAL_RIGHTS'],
    });
  });

  it('VET-6, VET-7: a training check offers no findings and sends none, even after ticks on another check', async () => {
    const { operations, onRecorded } = renderForm();
    fireEvent.click(screen.getByTestId('check-finding-INTENTIONAL_CRIME_IMPRISONMENT'));
    change('check-kind', 'CHILDCARE_TRAINING');
    expect(screen.queryByTestId('check-findings')).toBeNull();
    expect(screen.queryByTestId('check-findings-warning')).toBeNull();
    change('check-outcome', 'CLEAR');
    change('check-reference', 'BY-2026-02');
    fireEvent.click(screen.getByTestId('check-submit'));
    await waitFor(() => expect(onRecorded).toHaveBeenCalledTimes(1));
    expect(operations[0].variables.input).toMatchObject({ check: 'CHILDCARE_TRAINING', findings: [] });
  });
});
