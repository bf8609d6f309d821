import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { IntakeRegisterQuery } from '../../../gql/graphql';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import { ClassesPage } from './classes.page';

function register(canManage: boolean, empty = false): NonNullable<IntakeRegisterQuery['intakes']> {
  return {
    __typename: 'IntakeRegister',
    institutionId: 'inst-1',
    institutionName: '九龙坡区谢家湾小学',
    viewerCan: { __typename: 'ClassesViewerCan', manageClasses: canManage },
    staffChoices: canManage
      ? [
          { __typename: 'StaffChoice', id: 'staff-1', name: '王芳', post: '一年级班主任' },
          { __typename: 'StaffChoice', id: 'staff-2', name: '陈静', post: '一年级班主任' },
        ]
      : [],
    intakes: empty
      ? []
      : [
          {
            __typename: 'Intake',
            id: 'intake-1',
            name: '2026级',
            enrolledAt: '2026-08-31T16:00:00.000Z',
            classes: [
              {
                __typename: 'SchoolClass',
                id: 'class-1',
                name: '2026级(1)班',
                headTeacherStaffId: 'staff-1',
                headTeacherName: '王芳',
                closedAt: null,
              },
              {
                __typename: 'SchoolClass',
                id: 'class-2',
                name: '2026级(2)班',
                headTeacherStaffId: null,
                headTeacherName: null,
                closedAt: null,
              },
            ],
          },
        ],
  };
}

// A mutation's operation is named like its field: CloseClass answers closeClass.
const fieldOf = (operationName = '') => operationName.charAt(0).toLowerCase() + operationName.slice(1);

function renderPage(canManage: boolean, empty = false) {
  const { link, operations } = buildRecordingLink((operation) =>
    operation.operationName === 'IntakeRegister'
      ? { data: { intakes: register(canManage, empty) } }
      : { data: { [fieldOf(operation.operationName)]: { __typename: 'SchoolClass', id: 'class-2' } } },
  );
  renderWithProviders(
    <ViewerProvider viewer={buildViewer({ role: 'HEAD', permissions: ['VIEW_CARE_RECORDS'] })}>
      <ClassesPage />
    </ViewerProvider>,
    { link, route: '/classes' },
  );
  return operations;
}

describe('the classes page (PRV-6 to PRV-8)', () => {
  it('PRV-8: each class shows its head teacher; the head’s buttons come from viewerCan', async () => {
    renderPage(true);
    const cards = await screen.findAllByTestId('class-card');
    expect(cards[0].textContent).toContain('班主任：王芳');
    expect(cards[1].textContent).toContain('未指定班主任');
    expect(screen.getByTestId('intake-add')).toBeTruthy();
    expect(screen.getAllByTestId('class-close')).toHaveLength(2);
  });

  it('PRV-6: a district reader sees the classes without any button', async () => {
    renderPage(false);
    await screen.findAllByTestId('class-card');
    expect(screen.queryByTestId('intake-add')).toBeNull();
    expect(screen.queryByTestId('class-assign')).toBeNull();
  });

  it('PRV-6: without intakes the empty state says what to do', async () => {
    renderPage(true, true);
    expect((await screen.findByTestId('empty-state')).textContent).toContain('点击“登记年级”');
  });

  it('PRV-6: closing a class asks first, then sends closeClass', async () => {
    const operations = renderPage(true);
    fireEvent.click((await screen.findAllByTestId('class-close'))[1]);
    const dialog = screen.getByTestId('class-close-confirm');
    expect(dialog.textContent).toContain('关闭“2026级(2)班”？');
    expect(operations.some((o) => o.operationName === 'CloseClass')).toBe(false);
    await act(async () => {
      fireEvent.click(within(dialog).getByTestId('class-close-confirm-confirm'));
    });
    await waitFor(() =>
      expect(operations.find((o) => o.operationName === 'CloseClass')?.variables.input).toEqual({
        classId: 'class-2',
      }),
    );
  });

  it('PRV-8: a new class is recorded with its name and head teacher', async () => {
    const operations = renderPage(true);
    fireEvent.click(await screen.findByTestId('class-add'));
    fireEvent.change(screen.getByTestId('class-name'), { target: { value: '2026级(3)班' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('class-form-save'));
    });
    await waitFor(() =>
      expect(operations.find((o) => o.operationName === 'RecordClass')?.variables.input).toEqual({
        intakeId: 'intake-1',
        name: '2026级(3)班',
        headTeacherStaffId: null,
      }),
    );
  });
});
