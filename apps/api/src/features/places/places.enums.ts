import { MONITORED_PLACE_KINDS, ONE_TO_ONE_ROOM_TYPES, PREVENTION_GAP_CODES } from '@xiaohu/domain';
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';

export const MonitoredPlaceKindEnum = enumObject(MONITORED_PLACE_KINDS);
registerEnumType(MonitoredPlaceKindEnum, {
  name: 'MonitoredPlaceKind',
  description: 'PRV-2: what kind of place needs cameras; ONE_TO_ONE_ROOM first.',
});

export const OneToOneRoomTypeEnum = enumObject(ONE_TO_ONE_ROOM_TYPES);
registerEnumType(OneToOneRoomTypeEnum, {
  name: 'OneToOneRoomType',
  description: 'PRV-2: counselling room, practice room, office, or another one-to-one room.',
});

export const PreventionGapCodeEnum = enumObject(PREVENTION_GAP_CODES);
registerEnumType(PreventionGapCodeEnum, {
  name: 'PreventionGapCode',
  description: 'A gap the prevention rules find (PRV-2, PRV-5 to PRV-10).',
});
