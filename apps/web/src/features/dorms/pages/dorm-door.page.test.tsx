import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { DormEntryFieldsFragment } from '../../../gql/graphql';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { toDormEntryOutcome } from '../hooks/use-dorm-mutations';
import { DormDoorPage } from './dorm-door.page';

const entry = (overrides: Partial<DormEntryFieldsFragment> = {}): DormEntryFieldsFragment => ({
  __typename: 'DormEntry',
  id: 'entry-1',
  institutionId: 'inst-1',
  institutionName: '九龙坡区谢家湾小学',
  staffMemberId: 'cleaner-1',
  staffName: '周秀兰',
  staffRole: 'CLEANER',
  purpose: 'OTHER',
  purposeNote: null,
  decision: 'REFUSED',
  refusal: 'NOT_DORM_STAFF',
  isRegistrationRequired: false,
  enteredAt: '2026-09-10T07:00:00.000Z',
  exitedAt: null,
  isNight: false,
  recordedByName: '刘文静',
  canRecordExit: false,
  ...overrides,
});

function renderDoor(door: { isBoarding: boolean; canRecordEntry: boolean }, recordAnswer: unknown = null) {
  const { link, operations } = buildRecordingLink((operation) => {
    switch (operation.operationName) {
      case 'DormDoor':
        return {
          data: {
            dormDoor: {
              __typename: 'DormDoor',
              institutionId: 'inst-1',
              institutionName: '九龙坡区谢家湾小学',
              nightStartMinute: 1320,
              nightEndMinute: 360,
              inside: [],
              ...door,
            },
          },
        };
      case 'DormDoorPeople':
        return {
          data: {
            dormDoorPeople: [
              {
                __typename: 'DormDoorPerson',
                id: 'cleaner-1',
                name: '周秀兰',
                role: 'CLEANER',
                post: '保洁',
              },
            ],
          },
        };
      case 'RecordDormEntry':
        return { data: { recordDormEntry: recordAnswer } };
      default:
        return { data: null };
    }
  });
  renderWithProviders(<DormDoorPage />, { link });
  return operations;
}

describe('the dormitory door page (PRV-4)', () => {
  it('PRV-4: a refusal is shown plainly, in Chinese, with the person and role, and said to be on record', async () => {
    const operations = renderDoor(
      { isBoarding: true, canRecordEntry: true },
      {
        __typename: 'DormEntryRefusedError',
        reason: 'NOT_DORM_STAFF',
        attempt: entry(),
      },
    );
    fireEvent.mouseDown(await screen.findByRole('combobox'));
    fireEvent.click(await screen.findByTestId('door-person-option'));
    fireEvent.click(screen.getByTestId('door-purpose-OTHER'));
    fireEvent.click(screen.getByTestId('door-enter'));
    const notice = await screen.findByTestId('door-notice');
    expect(notice.textContent).toContain('不得进入');
    expect(notice.textContent).toContain('周秀兰（保洁员）不是宿舍管理人员');
    expect(notice.textContent).toContain('本次尝试已记录');
    const sent = operations.find((o) => o.operationName === 'RecordDormEntry');
    expect(sent?.variables).toEqual({
      input: { staffMemberId: 'cleaner-1', purpose: 'OTHER', purposeNote: null },
    });
  });

  it('PRV-4: the form shows only where the server lets the viewer keep the door', async () => {
    renderDoor({ isBoarding: false, canRecordEntry: false });
    expect(await screen.findByTestId('door-not-boarding')).toBeTruthy();
    expect(screen.queryByTestId('door-enter')).toBeNull();
  });

  it('PRV-4: every member of the entry result union maps to an outcome', () => {
    expect(toDormEntryOutcome(entry({ decision: 'ALLOWED', refusal: null }))).toMatchObject({
      type: 'ENTERED',
    });
    expect(toDormEntryOutcome({ __typename: 'DormForbiddenError', ruleId: 'PRV-4' }).type).toBe('FORBIDDEN');
    expect(toDormEntryOutcome({ __typename: 'DormNotFoundError' }).type).toBe('NOT_FOUND');
    expect(toDormEntryOutcome({ __typename: 'ValidationError', field: 'purposeNote' }).type).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('the door form', () => {
  it('PRV-4: appears once the server says the viewer keeps a boarding institution’s door; Enter waits for a person', async () => {
    renderDoor({ isBoarding: true, canRecordEntry: true });
    await waitFor(() => expect(screen.queryByTestId('door-enter')).not.toBeNull());
    expect(screen.getByTestId('door-enter').hasAttribute('disabled')).toBe(true);
    expect(screen.queryByTestId('door-not-boarding')).toBeNull();
  });
});
