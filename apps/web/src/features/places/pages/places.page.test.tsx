import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { PlaceRegisterFieldsFragment } from '../../../gql/graphql';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import type { PhotoUploadOutcome } from '../../photos/lib/photo-upload';
import { PlacesPage } from './places.page';

// The photo upload (REST, XMLHttpRequest) finishes when the test says so.
const uploads: ((outcome: PhotoUploadOutcome) => void)[] = [];
jest.mock('../../photos/lib/photo-upload', () => ({
  ...jest.requireActual('../../photos/lib/photo-upload'),
  uploadPhoto: () => new Promise<PhotoUploadOutcome>((finish) => uploads.push(finish)),
}));

const photo = (id: string) => ({
  __typename: 'Photo' as const,
  id,
  url: `/api/photos/${id}`,
  thumbnailUrl: `/api/photos/${id}/thumbnail`,
  width: 640,
  height: 480,
});

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
        photos: [photo('photo-1')],
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
  const { link, operations } = buildRecordingLink((operation) =>
    operation.operationName === 'RecordMonitoredPlace'
      ? { data: { recordMonitoredPlace: register(canRecord) } }
      : { data: { monitoredPlaces: register(canRecord) } },
  );
  renderWithProviders(
    <ViewerProvider viewer={buildViewer({ role: 'HEAD', permissions: ['VIEW_MONITORED_PLACES'] })}>
      <PlacesPage />
    </ViewerProvider>,
    { link },
  );
  return operations;
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

  it('PRV-2: a place card shows its photos; the place form waits for an upload and sends the photo', async () => {
    const operations = renderPlaces(true);
    const strip = await screen.findByTestId('place-photo-strip');
    expect(within(strip).getByRole('img').getAttribute('src')).toBe('/api/photos/photo-1/thumbnail');
    fireEvent.click(screen.getByTestId('place-add'));
    fireEvent.change(screen.getByTestId('place-name'), { target: { value: '心理咨询室' } });
    const file = new File(['jpeg'], 'room.jpg', { type: 'image/jpeg' });
    fireEvent.change(within(screen.getByTestId('place-photo-picker')).getByTestId('photo-camera-input'), {
      target: { files: [file] },
    });
    const save = screen.getByTestId('place-save') as HTMLButtonElement;
    await waitFor(() => expect(save.disabled).toBe(true));
    await act(async () => uploads.shift()!({ type: 'UPLOADED', photo: photo('photo-2') }));
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    await waitFor(() =>
      expect(operations.some((o) => o.operationName === 'RecordMonitoredPlace')).toBe(true),
    );
    expect(operations.find((o) => o.operationName === 'RecordMonitoredPlace')!.variables).toMatchObject({
      input: { name: '心理咨询室', photoIds: ['photo-2'] },
    });
  });
});
