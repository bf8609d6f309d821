import { hazardListQuery, parseHazardFilter } from './hazard-filter';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('the hazard list’s URL (PRV-1)', () => {
  it('PRV-1: reads statuses, institution, campaign and the dashboard’s section, kind and street', () => {
    const filter = parseHazardFilter(
      new URLSearchParams(
        `status=OVERDUE,OPEN&institution=${ID}&campaign=${ID}&section=PRESCHOOL&institutionKind=KINDERGARTEN&street= 杨家坪街道 `,
      ),
    );
    expect(filter).toEqual({
      statuses: ['OVERDUE', 'OPEN'],
      institutionId: ID,
      campaignId: ID,
      section: 'PRESCHOOL',
      institutionKind: 'KINDERGARTEN',
      street: '杨家坪街道',
      rectifiedFrom: null,
      rectifiedBefore: null,
    });
    // The export carries the same parameters as the page.
    expect(hazardListQuery(filter)).toEqual({
      status: 'OVERDUE,OPEN',
      institution: ID,
      campaign: ID,
      section: 'PRESCHOOL',
      institutionKind: 'KINDERGARTEN',
      street: '杨家坪街道',
    });
  });

  it('PRV-1: ignores unknown values instead of asking the API for them', () => {
    expect(
      parseHazardFilter(
        new URLSearchParams('status=LOST&institution=1&section=SAFETY&institutionKind=ZOO&street=%20'),
      ),
    ).toEqual({
      statuses: [],
      institutionId: null,
      campaignId: null,
      section: null,
      institutionKind: null,
      street: null,
      rectifiedFrom: null,
      rectifiedBefore: null,
    });
    expect(hazardListQuery(parseHazardFilter(new URLSearchParams('')))).toEqual({
      status: undefined,
      institution: undefined,
      campaign: undefined,
      section: undefined,
      institutionKind: undefined,
      street: undefined,
    });
  });

  it('PRV-1: a periodic figure’s days become [start of the first, start of the day after the last) in Shanghai, and back', () => {
    const filter = parseHazardFilter(
      new URLSearchParams('status=RECTIFIED,RECTIFIED_LATE&rectifiedFrom=2026-03-01&rectifiedTo=2026-03-31'),
    );
    expect(filter.rectifiedFrom).toBe('2026-02-28T16:00:00.000Z');
    expect(filter.rectifiedBefore).toBe('2026-03-31T16:00:00.000Z');
    expect(hazardListQuery(filter)).toMatchObject({ rectifiedFrom: '2026-03-01', rectifiedTo: '2026-03-31' });
    // One day without the other is no period.
    expect(parseHazardFilter(new URLSearchParams('rectifiedFrom=2026-03-01')).rectifiedFrom).toBeNull();
  });
});
