import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { paths, routePatterns } from '../../../app/paths';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import { PlacesPage } from '../pages/places.page';
import { parsePlacesOverview, placesOverviewQuery } from './place-registers-overview';

const TRAINING = '0b5f4c9e-2d7a-4b1e-9c3f-8a6d5e4f3a21';
const leader = buildViewer({
  role: 'LEADER',
  institution: null,
  permissions: ['VIEW_MONITORED_PLACES'],
});

function renderPage(route: string) {
  const recording = buildRecordingLink((operation) =>
    operation.operationName === 'PlaceRegisters'
      ? {
          data: {
            placeRegisters: [
              {
                __typename: 'PlaceRegisterSummary',
                institutionId: TRAINING,
                institutionName: '九龙坡区启明培训学校',
                institutionKind: 'TRAINING_INSTITUTION',
                street: '杨家坪街道',
                placeCount: 3,
                oneToOneRooms: 2,
                unmonitoredOneToOneRooms: 1,
                lastBlindSpotSelfInspectionOn: null,
                blindSpotSelfInspectionDueAt: '2026-09-10T02:00:00.000Z',
                isBlindSpotSelfInspectionDue: true,
                gaps: ['BLIND_SPOTS_NOT_SELF_INSPECTED', 'ONE_TO_ONE_CLASSROOM_UNMONITORED'],
              },
            ],
          },
        }
      : { data: null },
  );
  renderWithProviders(
    <ViewerProvider viewer={leader}>
      <Routes>
        <Route path={routePatterns.places} element={<PlacesPage />} />
      </Routes>
    </ViewerProvider>,
    { link: recording.link, route },
  );
  return recording.operations;
}

describe('the district overview of place registers (PRV-2)', () => {
  it('PRV-2: with no institution chosen, a reader of many sees each register, linked, with the dashboard’s filters', async () => {
    const operations = renderPage(paths.placesOverview({ section: 'VOCATIONAL', street: '杨家坪街道' }));
    const row = await screen.findByTestId('places-overview-row');
    const asked = () => operations.filter((o) => o.operationName === 'PlaceRegisters');
    expect(asked()[0]!.variables.filter).toEqual({
      section: 'VOCATIONAL',
      institutionKind: null,
      street: '杨家坪街道',
      onlyWithGaps: false,
    });
    expect(within(row).getByRole('link', { name: '九龙坡区启明培训学校' }).getAttribute('href')).toBe(
      paths.places(TRAINING),
    );
    expect(row.textContent).toContain('从未自查');
    expect(row.textContent).toContain('一对一教室无监控');
    expect(screen.getByTestId('places-export').textContent).toBe('导出 Excel');
    fireEvent.click(screen.getByLabelText('只看有问题的单位'));
    await waitFor(() => expect(asked().at(-1)!.variables.filter.onlyWithGaps).toBe(true));
  });

  it('PRV-2: the URL and the export carry the same parameters; unknown values are ignored', () => {
    const filter = parsePlacesOverview(
      new URLSearchParams('section=BASIC&institutionKind=PRIMARY&street=%20谢家湾街道&gaps=1'),
    );
    expect(paths.placesExport(placesOverviewQuery(filter))).toBe(
      `/api/places/export?section=BASIC&institutionKind=PRIMARY&street=${encodeURIComponent('谢家湾街道')}&gaps=1`,
    );
    expect(parsePlacesOverview(new URLSearchParams('section=SAFETY&institutionKind=ZOO&gaps=yes'))).toEqual({
      section: null,
      institutionKind: null,
      street: null,
      onlyWithGaps: false,
    });
  });
});
