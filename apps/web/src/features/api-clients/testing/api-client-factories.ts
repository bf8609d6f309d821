import type { ApiClientFieldsFragment } from '../../../gql/graphql';

/** An API client as the list answers it (the generated fragment's shape). */
export const buildApiClient = (
  overrides: Partial<ApiClientFieldsFragment> = {},
): ApiClientFieldsFragment => ({
  __typename: 'ApiClient',
  id: 'client-1',
  name: '区智慧校园平台',
  description: '每日同步学校名录',
  role: 'SECTION_MEMBER',
  unit: 'INSPECT',
  institutionId: null,
  institutionName: null,
  isDesignatedCaseOfficer: false,
  canWrite: false,
  rateLimitPerMinute: 60,
  status: 'ACTIVE',
  createdAt: '2026-03-01T02:00:00.000Z',
  revokedAt: null,
  lastUsedAt: '2026-03-02T02:30:00.000Z',
  tokens: [
    {
      __typename: 'ApiClientToken',
      id: 'token-1',
      prefix: 'xh_AbCd',
      expiresAt: '2026-05-30T02:00:00.000Z',
      supersededUntil: null,
      state: 'VALID',
    },
  ],
  usage: [],
  viewerCan: { __typename: 'ApiClientViewerCan', rotate: true, revoke: true },
  ...overrides,
});
