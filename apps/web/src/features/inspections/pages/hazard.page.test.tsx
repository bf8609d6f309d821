import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { paths, routePatterns } from '../../../app/paths';
import type { HazardFieldsFragment } from '../../../gql/graphql';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import { buildHazard, buildPhoto } from '../testing/inspection-factories';
import { HazardPage } from './hazard.page';
import type { PhotoUploadOutcome } from '../../photos/lib/photo-upload';

// The photo upload (REST, XMLHttpRequest) finishes when the test says so.
const uploads: ((outcome: PhotoUploadOutcome) => void)[] = [];
jest.mock('../../photos/lib/photo-upload', () => ({
  ...jest.requireActual('../../photos/lib/photo-upload'),
  uploadPhoto: () => new Promise<PhotoUploadOutcome>((finish) => uploads.push(finish)),
}));

function renderPage(
  hazard: HazardFieldsFragment,
  language: 'zh-CN' | 'en' = 'zh-CN',
  rectificationAnswer: unknown = { ...hazard, stage: 'AWAITING_VERIFICATION' },
) {
  const { link, operations } = buildRecordingLink((operation) => {
    if (operation.operationName === 'Hazard') return { data: { hazard } };
    if (operation.operationName === 'RecordRectification') {
      return { data: { recordRectification: rectificationAnswer } };
    }
    if (operation.operationName === 'VerifyRectification') {
      return { data: { verifyRectification: { ...hazard, stage: 'CLOSED', status: 'RECTIFIED' } } };
    }
    return { data: null };
  });
  renderWithProviders(
    <ViewerProvider
      viewer={buildViewer({ role: 'HEAD', permissions: ['VIEW_INSPECTIONS', 'VIEW_HAZARDS', 'VIEW_STAFF'] })}
    >
      <Routes>
        <Route path={routePatterns.hazard} element={<HazardPage />} />
      </Routes>
    </ViewerProvider>,
    { link, route: paths.hazard(hazard.id), language },
  );
  return operations;
}

describe('hazard page: shows exactly what viewerCan says (PRV-1)', () => {
  it('PRV-1: an incomplete hazard says what it lacks; without permits no form is shown', async () => {
    renderPage(buildHazard());
    await screen.findByText('三楼储物间未上锁');
    expect(screen.getByTestId('hazard-status-INCOMPLETE').textContent).toBe('待完善');
    expect(screen.getByText('缺责任人')).not.toBeNull();
    expect(screen.queryByTestId('assign-form')).toBeNull();
    expect(screen.queryByTestId('rectify-form')).toBeNull();
    expect(screen.queryByTestId('verify-form')).toBeNull();
  });

  it('PRV-1: the owner sees the rectification form with photos; not the verification', async () => {
    renderPage(buildHazard({ status: 'OPEN', missing: [] }, { canRecordRectification: true }), 'en');
    await screen.findByTestId('rectify-form');
    expect(
      within(screen.getByTestId('rectification-photo-picker')).getByText('Photos of the rectification'),
    ).not.toBeNull();
    expect(screen.queryByTestId('verify-form')).toBeNull();
    expect((screen.getByTestId('submit-rectification') as HTMLButtonElement).disabled).toBe(true);
  });

  it('PRV-1: the rectification waits for its photo’s upload and sends the photo with what was done', async () => {
    const operations = renderPage(
      buildHazard({ status: 'OPEN', missing: [] }, { canRecordRectification: true }),
    );
    await screen.findByTestId('rectify-form');
    fireEvent.change(screen.getByTestId('rectification-note'), { target: { value: '储物间已加锁' } });
    const file = new File(['jpeg'], 'lock.jpg', { type: 'image/jpeg' });
    fireEvent.change(
      within(screen.getByTestId('rectification-photo-picker')).getByTestId('photo-camera-input'),
      { target: { files: [file] } },
    );
    const submit = screen.getByTestId('submit-rectification') as HTMLButtonElement;
    await waitFor(() => expect(submit.disabled).toBe(true));
    await act(async () => uploads.shift()!({ type: 'UPLOADED', photo: buildPhoto('photo-9') }));
    await waitFor(() => expect(submit.disabled).toBe(false));
    fireEvent.click(submit);
    await waitFor(() => expect(operations.some((o) => o.operationName === 'RecordRectification')).toBe(true));
    expect(operations.find((o) => o.operationName === 'RecordRectification')!.variables).toEqual({
      input: { hazardId: 'hazard-1', note: '储物间已加锁', photoIds: ['photo-9'] },
    });
  });

  it('PRV-1: the hazard’s photos and each rectification’s photos are shown as thumbnails', async () => {
    renderPage(
      buildHazard({
        photos: [buildPhoto('photo-1'), buildPhoto('photo-2')],
        rectifications: [
          {
            __typename: 'Rectification',
            id: 'r-1',
            note: '储物间已加锁',
            recordedAt: '2026-09-03T02:00:00.000Z',
            recordedByName: '王芳',
            verification: 'PENDING',
            verifiedAt: null,
            sendBackReason: null,
            photos: [buildPhoto('photo-3')],
          },
        ],
      }),
    );
    const strip = await screen.findByTestId('hazard-photo-strip');
    expect(
      within(strip)
        .getAllByRole('img')
        .map((img) => img.getAttribute('src')),
    ).toEqual(['/api/photos/photo-1/thumbnail', '/api/photos/photo-2/thumbnail']);
    const rectification = screen.getByTestId('rectification-photo-strip');
    expect(
      within(rectification)
        .getAllByRole('img')
        .map((img) => img.getAttribute('src')),
    ).toEqual(['/api/photos/photo-3/thumbnail']);
  });

  it('PRV-1: the inspector verifies the rectification; sending back needs a reason', async () => {
    const hazard = buildHazard(
      {
        stage: 'AWAITING_VERIFICATION',
        rectifications: [
          {
            __typename: 'Rectification',
            id: 'r-1',
            note: '储物间已加锁',
            recordedAt: '2026-09-03T02:00:00.000Z',
            recordedByName: '王芳',
            verification: 'PENDING',
            verifiedAt: null,
            sendBackReason: null,
            photos: [],
          },
        ],
      },
      { canVerify: true },
    );
    const operations = renderPage(hazard);
    await screen.findByTestId('verify-form');
    expect(screen.getByText('储物间已加锁')).not.toBeNull();
    expect((screen.getByTestId('send-back-rectification') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('verify-rectification'));
    await waitFor(() => expect(operations.some((o) => o.operationName === 'VerifyRectification')).toBe(true));
    const sent = operations.find((o) => o.operationName === 'VerifyRectification')!;
    expect(sent.variables).toEqual({ input: { hazardId: 'hazard-1', decision: 'VERIFY' } });
  });

  it('PRV-1: a refused photo is said in words', async () => {
    renderPage(buildHazard({ status: 'OPEN', missing: [] }, { canRecordRectification: true }), 'en', {
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      field: 'photoIds',
    });
    fireEvent.change(await screen.findByTestId('rectification-note'), { target: { value: 'Locked' } });
    fireEvent.click(screen.getByTestId('submit-rectification'));
    await screen.findByText(
      'The photos could not be added (only photos you have just uploaded): take them again and save.',
    );
  });
});
