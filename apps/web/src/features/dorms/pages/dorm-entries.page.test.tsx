import { screen, within } from '@testing-library/react';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import { DormEntriesPage } from './dorm-entries.page';

const base = {
  __typename: 'DormEntry' as const,
  institutionId: 'inst-1',
  institutionName: '九龙坡区谢家湾小学',
  purposeNote: null,
  exitedAt: null,
  recordedByName: '刘文静',
  canRecordExit: false,
  enteredAt: '2026-09-10T15:30:00.000Z',
};

it('PRV-4: night entries are marked and refused attempts listed with their reason', async () => {
  const { link } = buildRecordingLink(() => ({
    data: {
      dormEntries: {
        __typename: 'DormEntryConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        items: [
          {
            ...base,
            id: 'e1',
            staffMemberId: 's1',
            staffName: '陈桂兰',
            staffRole: 'LIFE_TEACHER',
            purpose: 'OTHER',
            decision: 'ALLOWED',
            refusal: null,
            isRegistrationRequired: false,
            isNight: true,
          },
          {
            ...base,
            id: 'e2',
            staffMemberId: 's2',
            staffName: '周秀兰',
            staffRole: 'CLEANER',
            purpose: 'OTHER',
            decision: 'REFUSED',
            refusal: 'NOT_DORM_STAFF',
            isRegistrationRequired: false,
            isNight: false,
          },
        ],
      },
    },
  }));
  renderWithProviders(
    <ViewerProvider viewer={buildViewer({ role: 'HEAD', permissions: ['VIEW_DORM_ENTRIES'] })}>
      <DormEntriesPage />
    </ViewerProvider>,
    { link },
  );
  const rows = await screen.findAllByTestId('dorm-entry');
  expect(rows).toHaveLength(2);
  expect(rows[0].getAttribute('data-night')).toBe('true');
  expect(within(rows[0]).getByText('夜间')).toBeTruthy();
  expect(within(rows[1]).getByText('拒绝进入 · 非宿舍管理人员')).toBeTruthy();
  expect(screen.getByText('共 2 条')).toBeTruthy();
});
