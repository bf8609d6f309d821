import { screen } from '@testing-library/react';
import type { PlaceRegisterFieldsFragment } from '../../../gql/graphql';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import { PlacesPage } from './places.page';

function register(canRecord: boolean): PlaceRegisterFieldsFragment {
  return {
    __typename: 'MonitoredPlaceRegister',
    institutionId: 'inst-1',
    institutionName: '九龙坡区启明培训学校',
    institutionKind: 'TRAINING_INSTITUTION',
    lastBlindSpotSelfInspectionOn: null,
    blindSpotSelfInspectionDueAt: '2026-09-10T02:00:00.000Z',
    places: [
      {
        __typename: 'MonitoredPlace',
        id: 'p1',
        name: '钢琴房 2',
        kind: 'ONE_TO_ONE_ROOM',
        roomType: 'PRACTICE',
        isMonitored: false,
        cameraCount: 0,
        note: null,
        isGap: true,
        updatedAt: '2026-09-01T02:00:00.000Z',
      },
    ],
    gaps: [
      { __typename: 'PlaceGap', code: 'BLIND_SPOTS_NOT_SELF_INSPECTED', ruleId: 'PRV-2', placeId: null },
      { __typename: 'PlaceGap', code: 'ONE_TO_ONE_CLASSROOM_UNMONITORED', ruleId: 'PRV-2', placeId: 'p1' },
    ],
    viewerCan: {
      __typename: 'PlaceRegisterActions',
      recordPlace: canRecord,
      recordBlindSpotSelfInspection: canRecord,
    },
  };
}

function renderPlaces(canRecord: boolean) {
  const { link } = buildRecordingLink(() => ({ data: { monitoredPlaces: register(canRecord) } }));
  renderWithProviders(
    <ViewerProvider viewer={buildViewer({ role: 'HEAD', permissions: ['VIEW_MONITORED_PLACES'] })}>
      <PlacesPage />
    </ViewerProvider>,
    { link },
  );
}

describe('the place register page (PRV-2)', () => {
  it('PRV-2: an unmonitored one-to-one room is highlighted as a gap, with the missing self-inspection', async () => {
    renderPlaces(true);
    expect((await screen.findByTestId('place-gap')).textContent).toContain('一对一教室须全覆盖');
    expect(screen.getByTestId('places-gaps').textContent).toContain('一对一教室未全覆盖监控：钢琴房 2');
    expect(screen.getByTestId('blind-spot-last').textContent).toBe('尚未登记自查');
    expect(screen.getByTestId('place-add')).toBeTruthy();
    expect(screen.getByTestId('blind-spot-record')).toBeTruthy();
  });

  it('PRV-2: a reader sees the register without the buttons viewerCan withholds', async () => {
    renderPlaces(false);
    await screen.findByTestId('place-card');
    expect(screen.queryByTestId('place-add')).toBeNull();
    expect(screen.queryByTestId('blind-spot-record')).toBeNull();
  });
});
