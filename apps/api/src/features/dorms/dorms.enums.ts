import { registerEnumType } from 'type-graphql';

import { enumObject } from '../../shared/graphql/enum-object';

export const DormPurposeEnum = enumObject(['DORM_CHECK', 'OTHER'] as const);
registerEnumType(DormPurposeEnum, {
  name: 'DormPurpose',
  description: 'PRV-4: a normal dorm check (a head teacher registers it), or another errand.',
});

export const DormDecisionEnum = enumObject(['ALLOWED', 'REFUSED'] as const);
registerEnumType(DormDecisionEnum, {
  name: 'DormDecision',
  description: 'PRV-4: entered, or refused at the door.',
});

export const DormRefusalEnum = enumObject(['NOT_DORM_STAFF', 'NOT_ACTIVE_STAFF'] as const);
registerEnumType(DormRefusalEnum, {
  name: 'DormRefusal',
  description:
    'PRV-4: why the door refused: not dormitory staff (nor a head teacher’s check), or not serving.',
});
