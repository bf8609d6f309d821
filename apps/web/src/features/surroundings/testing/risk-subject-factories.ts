import type { RiskSubjectFieldsFragment } from '../../../gql/graphql';

/** A risk person as its head reads it; override to hide the identity or change what viewerCan allows. */
export function buildRiskSubject(
  overrides: Partial<RiskSubjectFieldsFragment> = {},
  viewerCan: Partial<RiskSubjectFieldsFragment['viewerCan']> = {},
): RiskSubjectFieldsFragment {
  return {
    __typename: 'RiskSubject',
    id: 'risk-1',
    institutionId: 'inst-1',
    institutionName: '九龙坡区谢家湾小学',
    subjectType: 'RISK_PERSON',
    siteType: null,
    personType: 'PARANOID_OR_AGGRIEVED',
    status: 'REFERRED',
    site: null,
    location: '校门口',
    recordedAt: '2026-03-01T02:00:00.000Z',
    lastFollowedUpAt: '2026-03-02T02:00:00.000Z',
    recordedByName: '刘文静',
    person: {
      __typename: 'RiskPersonIdentity',
      name: '司马常顺',
      idNumber: '500107198003150018',
      address: '谢家湾后街 7 号',
      description: '常在校门口徘徊',
    },
    referral: {
      __typename: 'RiskReferralView',
      townshipOffice: '谢家湾街道办事处',
      townshipReferredAt: '2026-03-01T16:00:00.000Z',
      policeStation: '谢家湾派出所',
      policeReferredAt: '2026-03-01T16:00:00.000Z',
      missingRecipients: [],
    },
    closingReason: null,
    closingNote: null,
    closedAt: null,
    followUps: [
      {
        __typename: 'RiskFollowUp',
        id: 'f-1',
        followedUpAt: '2026-03-02T02:00:00.000Z',
        outcome: 'UNCHANGED',
        note: '社区民警已上门走访',
        recordedByName: '刘文静',
        recordedAt: '2026-03-02T02:00:00.000Z',
        photos: [],
      },
    ],
    viewerCan: {
      __typename: 'RiskSubjectViewerCan',
      recordFollowUp: true,
      close: true,
      readPersonalData: true,
      needsReferral: false,
      closingReasons: ['DUPLICATE', 'RECORDED_IN_ERROR'],
      ...viewerCan,
    },
    ...overrides,
  };
}
