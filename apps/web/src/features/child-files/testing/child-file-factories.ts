import type { ChildFileFieldsFragment } from '../../../gql/graphql';

/** A watched child's file as the API answers it (invented child). */
export function buildChildFile(overrides: Partial<ChildFileFieldsFragment> = {}): ChildFileFieldsFragment {
  return {
    __typename: 'ChildFile',
    id: 'file-1',
    institutionName: '九龙坡区谢家湾小学',
    className: '一年级(1)班',
    childName: '李小雨',
    categories: ['LEFT_BEHIND'],
    closedAt: null,
    talkStatus: {
      __typename: 'WelfareTalkStatusView',
      lastTalkAt: '2026-01-20T01:00:00.000Z',
      dueAt: '2026-02-20T01:00:00.000Z',
      isOverdue: true,
    },
    headTeacherName: '王芳',
    studentNumber: null,
    personalFile: '与祖母同住。',
    growthFile: null,
    openedAt: '2025-11-01T01:00:00.000Z',
    closingReason: null,
    counsellors: [],
    talks: [
      {
        __typename: 'WelfareTalkView',
        id: 'talk-1',
        kind: 'TALK',
        heldAt: '2026-01-20T01:00:00.000Z',
        byStaffName: '王芳',
        note: '询问近况。',
      },
    ],
    cases: [],
    hiddenCaseCount: 0,
    viewerCan: { __typename: 'ChildFileViewerCan', recordTalk: true, updateFile: true, closeFile: false },
    ...overrides,
  } as ChildFileFieldsFragment;
}
