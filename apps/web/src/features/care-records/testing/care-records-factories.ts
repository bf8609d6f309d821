import type { CareRecordsFieldsFragment } from '../../../gql/graphql';

/** The care records of 谢家湾小学 as the API answers them, with the viewer's rights. */
export function buildCareRecords(
  canRecord: boolean,
  overrides: Partial<CareRecordsFieldsFragment> = {},
): CareRecordsFieldsFragment {
  return {
    __typename: 'CareRecords',
    institutionId: 'inst-1',
    institutionName: '九龙坡区谢家湾小学',
    legalVicePrincipal: {
      __typename: 'LegalVicePrincipalOverview',
      status: 'EXPIRED',
      isGap: true,
      isWarning: false,
      endsAt: null,
      appointmentId: 'lvp-1',
      appointments: [
        {
          __typename: 'LegalVicePrincipal',
          id: 'lvp-1',
          name: '张建国',
          unit: 'POLICE',
          organisation: '九龙坡区公安分局杨家坪派出所',
          phone: '023-68781000',
          termStart: '2023-02-28T16:00:00.000Z',
          termEnd: '2026-01-31T16:00:00.000Z',
        },
      ],
    },
    courses: [
      {
        __typename: 'IntakeCourse',
        intakeId: 'intake-1',
        intakeName: '2026级',
        enrolledAt: '2026-08-31T16:00:00.000Z',
        status: 'OVERDUE',
        deadline: '2026-10-30T16:00:00.000Z',
        deliveredAt: null,
        undeliveredClassNames: ['2026级(1)班', '2026级(2)班'],
        deliveries: [],
      },
    ],
    classes: [
      { __typename: 'CareClass', id: 'class-1', name: '2026级(1)班', intakeId: 'intake-1' },
      { __typename: 'CareClass', id: 'class-2', name: '2026级(2)班', intakeId: 'intake-1' },
    ],
    teachingPlan: {
      __typename: 'TeachingPlan',
      termStart: '2026-08-31T16:00:00.000Z',
      termEnd: '2027-01-31T16:00:00.000Z',
      minLessonsPerClass: 1,
      classes: [
        {
          __typename: 'ClassLessons',
          classId: 'class-1',
          className: '2026级(1)班',
          lessons: 4,
          isShort: false,
        },
        {
          __typename: 'ClassLessons',
          classId: 'class-2',
          className: '2026级(2)班',
          lessons: 0,
          isShort: true,
        },
      ],
      entries: [],
    },
    counselling: {
      __typename: 'Counselling',
      hasCounsellingRoom: false,
      roomLocation: null,
      hotline: null,
      isProvided: false,
      recordedAt: '2026-09-01T02:00:00.000Z',
    },
    bullyingDocuments: [
      {
        __typename: 'BullyingDocument',
        id: 'doc-1',
        kind: 'RULES',
        title: '学生欺凌防治工作制度',
        adoptedAt: '2026-03-01T00:00:00.000Z',
        fileName: '学生欺凌防治工作制度.pdf',
        byteSize: 1000,
      },
    ],
    hasBullyingDocuments: false,
    viewerCan: {
      __typename: 'CareRecordsViewerCan',
      recordLegalVicePrincipal: canRecord,
      recordCourseDelivery: canRecord,
      recordTeachingPlan: canRecord,
      recordCounselling: canRecord,
      recordBullyingDocument: canRecord,
      manageClasses: canRecord,
    },
    staffChoices: canRecord
      ? [{ __typename: 'StaffChoice', id: 'staff-1', name: '王芳', post: '一年级班主任' }]
      : [],
    ...overrides,
  };
}
