import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { paths, routePatterns } from '../../../app/paths';
import type { InspectionFieldsFragment } from '../../../gql/graphql';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import { buildInspection, buildPhoto } from '../testing/inspection-factories';
import { InspectionPage } from './inspection.page';
import type { PhotoUploadOutcome } from '../../photos/lib/photo-upload';

// The photo upload (REST, XMLHttpRequest) finishes when the test says so.
const uploads: ((outcome: PhotoUploadOutcome) => void)[] = [];
jest.mock('../../photos/lib/photo-upload', () => ({
  ...jest.requireActual('../../photos/lib/photo-upload'),
  uploadPhoto: () => new Promise<PhotoUploadOutcome>((finish) => uploads.push(finish)),
}));

function renderPage(inspection: InspectionFieldsFragment) {
  const { link, operations } = buildRecordingLink((operation) => {
    if (operation.operationName === 'Inspection') return { data: { inspection } };
    if (operation.operationName === 'RecordInspectionItem')
      return { data: { recordInspectionItem: inspection } };
    if (operation.operationName === 'HazardOwners')
      return { data: { staff: { __typename: 'StaffConnection', edges: [] } } };
    return { data: null };
  });
  renderWithProviders(
    <ViewerProvider
      viewer={buildViewer({ role: 'HEAD', permissions: ['VIEW_INSPECTIONS', 'VIEW_HAZARDS', 'VIEW_STAFF'] })}
    >
      <Routes>
        <Route path={routePatterns.inspection} element={<InspectionPage />} />
      </Routes>
    </ViewerProvider>,
    { link, route: paths.inspection(inspection.id) },
  );
  return operations;
}

describe('the checklist page (PRV-1)', () => {
  it('PRV-1: one item per card with big PASSED / FAILED / N/A buttons; PASSED records at once', async () => {
    const operations = renderPage(buildInspection({}, { canRecordItem: true }));
    expect((await screen.findByTestId('checklist-text')).textContent).toBe('校门设置防冲撞设施');
    fireEvent.click(screen.getByTestId('result-PASSED'));
    await waitFor(() =>
      expect(operations.some((o) => o.operationName === 'RecordInspectionItem')).toBe(true),
    );
    expect(operations.find((o) => o.operationName === 'RecordInspectionItem')!.variables).toEqual({
      input: { inspectionId: 'inspection-1', itemId: 'item-1', result: 'PASSED' },
    });
  });

  it('PRV-1: FAILED asks for a description first, with photos, an owner and a due date', async () => {
    const operations = renderPage(buildInspection({}, { canRecordItem: true }));
    fireEvent.click(await screen.findByTestId('result-FAILED'));
    expect(screen.getByTestId('hazard-photo-picker')).not.toBeNull();
    const save = screen.getByTestId('save-failed-item') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('hazard-description'), { target: { value: '防冲撞桩缺失' } });
    fireEvent.click(save);
    await waitFor(() =>
      expect(operations.some((o) => o.operationName === 'RecordInspectionItem')).toBe(true),
    );
    expect(operations.find((o) => o.operationName === 'RecordInspectionItem')!.variables).toEqual({
      input: {
        inspectionId: 'inspection-1',
        itemId: 'item-1',
        result: 'FAILED',
        hazardDescription: '防冲撞桩缺失',
        ownerStaffId: null,
        dueAt: null,
        note: null,
        photoIds: [],
      },
    });
  });

  it('PRV-1: the failed item waits for its photo’s upload, then sends the photo with the hazard', async () => {
    const operations = renderPage(buildInspection({}, { canRecordItem: true }));
    fireEvent.click(await screen.findByTestId('result-FAILED'));
    fireEvent.change(screen.getByTestId('hazard-description'), { target: { value: '防冲撞桩缺失' } });
    const picker = screen.getByTestId('hazard-photo-picker');
    const file = new File(['jpeg'], 'gate.jpg', { type: 'image/jpeg' });
    fireEvent.change(within(picker).getByTestId('photo-camera-input'), { target: { files: [file] } });
    const save = screen.getByTestId('save-failed-item') as HTMLButtonElement;
    await waitFor(() => expect(save.disabled).toBe(true));
    await act(async () => uploads.shift()!({ type: 'UPLOADED', photo: buildPhoto('photo-1') }));
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    await waitFor(() =>
      expect(operations.some((o) => o.operationName === 'RecordInspectionItem')).toBe(true),
    );
    expect(operations.find((o) => o.operationName === 'RecordInspectionItem')!.variables).toMatchObject({
      input: { result: 'FAILED', hazardDescription: '防冲撞桩缺失', photoIds: ['photo-1'] },
    });
  });

  it('PRV-1: a reader without the permit sees the items but no buttons and no submit', async () => {
    renderPage(buildInspection());
    await screen.findByTestId('checklist-items');
    expect(screen.queryByTestId('checklist-card')).toBeNull();
    expect(screen.queryByTestId('submit-inspection')).toBeNull();
    expect(screen.getByText('您可以查看此次检查，但不能记录。')).not.toBeNull();
  });
});
