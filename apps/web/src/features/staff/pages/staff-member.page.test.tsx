import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { paths, routePatterns } from '../../../app/paths';
import type { StaffMemberFieldsFragment } from '../../../gql/graphql';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import {
  buildMemberVetting,
  buildMisconductCase,
  buildStaffActions,
  buildStaffMember,
} from '../testing/staff-factories';
import { StaffMemberPage } from './staff-member.page';

// A head with every staff permission: the page must still show only what viewerCan allows.
const head = buildViewer({
  role: 'HEAD',
  displayName: '刘园长',
  permissions: ['VIEW_STAFF', 'MANAGE_STAFF', 'RECORD_VETTING_CHECK', 'MANAGE_MISCONDUCT'],
});

function renderPage(member: StaffMemberFieldsFragment) {
  const { link } = buildRecordingLink((operation) => {
    if (operation.operationName === 'StaffMember') return { data: { staffMember: member } };
    if (operation.operationName === 'AllowedMisconductOutcomes') {
      return {
        data: {
          staffMember: {
            __typename: 'StaffMember',
            id: member.id,
            misconductCases: member.misconductCases.map((c) => ({
              __typename: 'MisconductCase',
              id: c.id,
              allowedOutcomes: {
                __typename: 'MisconductOptions',
                isInvestigationNeeded: true,
                options: [],
              },
            })),
          },
        },
      };
    }
    return { data: null };
  });
  renderWithProviders(
    <ViewerProvider viewer={head}>
      <Routes>
        <Route path={routePatterns.staffMember} element={<StaffMemberPage />} />
      </Routes>
    </ViewerProvider>,
    { link, route: paths.staffMember(member.id) },
  );
}

const checkOptions = () =>
  within(screen.getByTestId('check-kind'))
    .getAllByRole('option')
    .map((option) => (option as HTMLOptionElement).value)
    .filter(Boolean);

describe('staff member page: shows exactly what viewerCan says', () => {
  it('VET-1: the staff page shows the record-check form only for viewerCan.recordableChecks', async () => {
    // The decision lists two checks this viewer's unit records; the policy allows one of them now.
    renderPage(
      buildStaffMember({ viewerCan: buildStaffActions({ recordableChecks: ['CRIMINAL_DATABASE'] }) }),
    );
    await screen.findByTestId('record-check-form');
    expect(checkOptions()).toEqual(['CRIMINAL_DATABASE']);
  });

  it('VET-1: with no recordable checks there is no record-check form, whatever the vetting lists', async () => {
    renderPage(buildStaffMember({ viewerCan: buildStaffActions({ recordableChecks: [] }) }));
    await screen.findByTestId('staff-checks-section');
    expect(buildStaffMember().vetting.missing.every((c) => c.viewerCanRecord)).toBe(true);
    expect(screen.queryByTestId('record-check-form')).toBeNull();
  });

  it('VET-1: the activate button follows canActivate, not the status or the vetting shown', async () => {
    renderPage(
      buildStaffMember({
        status: 'CANDIDATE',
        vetting: buildMemberVetting({ status: 'CLEAR', missing: [] }),
        viewerCan: buildStaffActions({ canActivate: false }),
      }),
    );
    await screen.findByTestId('staff-facts-section');
    expect(screen.queryByTestId('staff-activate')).toBeNull();
  });

  it('VET-1: canActivate shows the activate button', async () => {
    renderPage(buildStaffMember({ viewerCan: buildStaffActions({ canActivate: true }) }));
    expect(await screen.findByTestId('staff-activate')).toBeTruthy();
  });

  it('VET-5, VET-10, VET-11: qualification, interview and misconduct forms appear iff allowed', async () => {
    renderPage(
      buildStaffMember({
        status: 'ACTIVE',
        viewerCan: buildStaffActions({
          canRecordQualification: false,
          canRecordInterview: true,
          canOpenMisconductCase: false,
          recordableChecks: [],
        }),
      }),
    );
    await screen.findByTestId('staff-due-section');
    expect(screen.queryByTestId('qualification-form')).toBeNull();
    expect(screen.getByTestId('interview-form')).toBeTruthy();
    expect(screen.queryByTestId('open-misconduct-form')).toBeNull();
  });

  it('VET-2: the full ID number shows only with canReadIdNumber', async () => {
    renderPage(
      buildStaffMember({
        idNumber: '500107199001011234',
        viewerCan: buildStaffActions({ canReadIdNumber: true }),
      }),
    );
    expect((await screen.findByTestId('staff-id-number')).textContent).toBe('500107199001011234');
    expect(screen.getByTestId('staff-facts').textContent).not.toContain('已脱敏');
  });

  it('VET-11: a misconduct case without viewerCan.canDecide has no decide form', async () => {
    renderPage(
      buildStaffMember({
        status: 'ACTIVE',
        misconductCases: [
          buildMisconductCase({
            id: 'm-1',
            viewerCan: { __typename: 'MisconductCaseActions', canDecide: false },
          }),
        ],
      }),
    );
    const item = await screen.findByTestId('misconduct-case');
    expect(item.textContent).toContain('体罚幼儿');
    expect(screen.queryByTestId('decide-misconduct-form')).toBeNull();
  });

  it('VET-11: an open case with canDecide offers the decide form', async () => {
    renderPage(buildStaffMember({ status: 'ACTIVE', misconductCases: [buildMisconductCase({ id: 'm-2' })] }));
    expect(await screen.findByTestId('decide-misconduct-form')).toBeTruthy();
  });
});
