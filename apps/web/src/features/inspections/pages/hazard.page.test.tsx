import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { paths, routePatterns } from '../../../app/paths';
import type { HazardFieldsFragment } from '../../../gql/graphql';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import { buildHazard } from '../testing/inspection-factories';
import { HazardPage } from './hazard.page';

function renderPage(hazard: HazardFieldsFragment, language: 'zh-CN' | 'en' = 'zh-CN') {
  const { link, operations } = buildRecordingLink((operation) => {
    if (operation.operationName === 'Hazard') return { data: { hazard } };
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

  it('PRV-1: the owner sees the rectification form with the place for photos; not the verification', async () => {
    renderPage(buildHazard({ status: 'OPEN', missing: [] }, { canRecordRectification: true }), 'en');
    await screen.findByTestId('rectify-form');
    expect(screen.getByText('Photos of the rectification will be added here')).not.toBeNull();
    expect(screen.queryByTestId('verify-form')).toBeNull();
    expect((screen.getByTestId('submit-rectification') as HTMLButtonElement).disabled).toBe(true);
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
});
