import { screen } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { HazardsAfterCase } from './hazards-after-case';

describe('hazards found after a case (PRV-1)', () => {
  it('PRV-1: asks for the institution’s hazards found since the case and lists them with their status', async () => {
    const { link, operations } = buildRecordingLink(() => ({
      data: {
        hazards: {
          __typename: 'HazardList',
          totalCount: 1,
          items: [
            {
              __typename: 'Hazard',
              id: 'hazard-9',
              institutionName: '九龙坡区谢家湾小学',
              description: '心理辅导室门无观察窗',
              foundAt: '2026-09-05T02:00:00.000Z',
              dueAt: null,
              ownerName: null,
              status: 'INCOMPLETE',
              stage: 'AWAITING_RECTIFICATION',
              item: {
                __typename: 'InspectionTemplateItem',
                id: 'item-1',
                textZh: '一对一场所',
                textEn: 'One-to-one',
              },
            },
          ],
        },
      },
    }));
    renderWithProviders(<HazardsAfterCase institutionId="inst-1" since="2026-09-01T02:00:00.000Z" />, {
      link,
    });
    expect((await screen.findByText('心理辅导室门无观察窗')).closest('a')?.getAttribute('href')).toBe(
      '/hazards/hazard-9',
    );
    expect(screen.getByTestId('hazard-status-INCOMPLETE').textContent).toBe('待完善');
    expect(operations[0].variables).toMatchObject({
      filter: { institutionId: 'inst-1', foundFrom: '2026-09-01T02:00:00.000Z' },
    });
  });
});
