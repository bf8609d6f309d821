import type { HazardFieldsFragment, InspectionFieldsFragment } from '../../../gql/graphql';

// Builders for the inspections pages' tests.
/** A stored photo as the API gives it. */
export function buildPhoto(id: string) {
  return {
    __typename: 'Photo' as const,
    id,
    url: `/api/photos/${id}`,
    thumbnailUrl: `/api/photos/${id}/thumbnail`,
    width: 640,
    height: 480,
  };
}

export function buildHazard(
  overrides: Partial<HazardFieldsFragment> = {},
  can: Partial<HazardFieldsFragment['viewerCan']> = {},
): HazardFieldsFragment {
  return {
    __typename: 'Hazard',
    id: 'hazard-1',
    institutionId: 'inst-1',
    institutionName: '九龙坡区谢家湾小学',
    inspectionId: 'inspection-1',
    inspectionKind: 'SELF',
    description: '三楼储物间未上锁',
    foundAt: '2026-09-01T02:00:00.000Z',
    ownerStaffId: null,
    ownerName: null,
    dueAt: null,
    status: 'INCOMPLETE',
    missing: ['OWNER', 'DUE_DATE'],
    stage: 'AWAITING_RECTIFICATION',
    rectifiedAt: null,
    item: {
      __typename: 'InspectionTemplateItem',
      id: 'item-1',
      code: 'BLIND-02',
      ruleId: 'PRV-2',
      textZh: '楼梯间、储物间、空置教室等隐蔽场所已封闭或纳入巡查',
      textEn: 'Stairwells, storerooms and empty classrooms are locked or on the patrol round',
    },
    rectifications: [],
    photos: [],
    viewerCan: {
      __typename: 'HazardActions',
      canAssign: false,
      canRecordRectification: false,
      canVerify: false,
      ...can,
    },
    ...overrides,
  };
}

export function buildInspection(
  overrides: Partial<InspectionFieldsFragment> = {},
  can: Partial<InspectionFieldsFragment['viewerCan']> = {},
): InspectionFieldsFragment {
  const item = (id: string, code: string, textZh: string) => ({
    __typename: 'InspectionItem' as const,
    item: {
      __typename: 'InspectionTemplateItem' as const,
      id,
      code,
      group: 'PHYSICAL_PROTECTION' as const,
      ruleId: 'PRV-1',
      textZh,
      textEn: `${code} in English`,
    },
    result: null,
    note: null,
    hazardId: null,
  });
  return {
    __typename: 'Inspection',
    id: 'inspection-1',
    kind: 'SELF',
    campaignName: '开学安全大检查',
    institutionId: 'inst-1',
    institutionName: '九龙坡区谢家湾小学',
    startedAt: '2026-09-01T02:00:00.000Z',
    submittedAt: null,
    viewerCan: { __typename: 'InspectionActions', canRecordItem: false, canSubmit: false, ...can },
    items: [item('item-1', 'PHYS-01', '校门设置防冲撞设施'), item('item-2', 'PHYS-02', '门卫室配备防护器械')],
    ...overrides,
  };
}
