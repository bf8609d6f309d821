import type {
  InstitutionKind,
  MonitoredPlaceKind,
  OneToOneRoomType,
  PreventionGapCode,
} from '@xiaohu/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { InstitutionKindEnum } from '../organisation/organisation.enums';
import { MonitoredPlaceKindEnum, OneToOneRoomTypeEnum, PreventionGapCodeEnum } from './places.enums';

@ObjectType({ description: 'PRV-2: a place of an institution that needs cameras, and its coverage.' })
export class MonitoredPlace {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Name, e.g. 钢琴房 3.' })
  name: string;

  @Field(() => MonitoredPlaceKindEnum, { description: 'Kind of place.' })
  kind: MonitoredPlaceKind;

  @Field(() => OneToOneRoomTypeEnum, { nullable: true, description: 'For a one-to-one room: which.' })
  roomType: OneToOneRoomType | null;

  @Field({ description: 'Whether cameras cover it.' })
  isMonitored: boolean;

  @Field(() => Int, { description: 'Cameras covering it.' })
  cameraCount: number;

  @Field(() => String, { nullable: true, description: 'Coverage note.' })
  note: string | null;

  @Field({ description: 'PRV-2: an unmonitored one-to-one room of a training institution (a gap).' })
  isGap: boolean;

  @Field(() => Date, { description: 'When it was last recorded.' })
  updatedAt: Date;
}

@ObjectType({ description: 'A gap of the register, with its rule.' })
export class PlaceGap {
  @Field(() => PreventionGapCodeEnum, { description: 'What is missing.' })
  code: PreventionGapCode;

  @Field({ description: 'The rule, e.g. PRV-2.' })
  ruleId: string;

  @Field(() => ID, { nullable: true, description: 'The place concerned, when one is.' })
  placeId: string | null;
}

@ObjectType({ description: 'What the viewer may do with the register (monitoredPlacesAccess).' })
export class PlaceRegisterActions {
  @Field({ description: 'Add or change a place (the head, PRV-2).' })
  recordPlace: boolean;

  @Field({ description: 'Record a blind-spot self-inspection (the head, PRV-2).' })
  recordBlindSpotSelfInspection: boolean;
}

@ObjectType({ description: 'PRV-2: an institution’s register of monitored places.' })
export class MonitoredPlaceRegister {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Its name.' })
  institutionName: string;

  @Field(() => InstitutionKindEnum, { description: 'Its kind.' })
  institutionKind: InstitutionKind;

  @Field(() => [MonitoredPlace], { description: 'One-to-one rooms first, then by kind and name.' })
  places: MonitoredPlace[];

  @Field(() => String, {
    nullable: true,
    description: 'Day (YYYY-MM-DD, district time) of the last blind-spot self-inspection, if any.',
  })
  lastBlindSpotSelfInspectionOn: string | null;

  @Field(() => Date, { description: 'When the next blind-spot self-inspection is due (policy interval).' })
  blindSpotSelfInspectionDueAt: Date;

  @Field(() => [PlaceGap], { description: 'PRV-2 gaps over the register (placeRegisterGaps).' })
  gaps: PlaceGap[];

  @Field(() => PlaceRegisterActions, { description: 'What the viewer may do next.' })
  viewerCan: PlaceRegisterActions;
}

@ObjectType({ description: 'PRV-2: one institution’s place register in the district overview.' })
export class PlaceRegisterSummary {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Its name.' })
  institutionName: string;

  @Field(() => InstitutionKindEnum, { description: 'Its kind.' })
  institutionKind: InstitutionKind;

  @Field(() => String, { nullable: true, description: 'Its street or town 镇街.' })
  street: string | null;

  @Field(() => Int, { description: 'Places in the register.' })
  placeCount: number;

  @Field(() => Int, { description: 'One-to-one rooms in the register.' })
  oneToOneRooms: number;

  @Field(() => Int, { description: 'One-to-one rooms without cameras.' })
  unmonitoredOneToOneRooms: number;

  @Field(() => String, {
    nullable: true,
    description: 'Day (YYYY-MM-DD) of the last blind-spot self-inspection 监控死角自查; null: never.',
  })
  lastBlindSpotSelfInspectionOn: string | null;

  @Field(() => Date, { description: 'When the next blind-spot self-inspection is due (policy interval).' })
  blindSpotSelfInspectionDueAt: Date;

  @Field({ description: 'Whether the blind-spot self-inspection is due now (or was never done).' })
  isBlindSpotSelfInspectionDue: boolean;

  @Field(() => [PreventionGapCodeEnum], { description: 'PRV-2: the register’s gaps (placeRegisterGaps).' })
  gaps: PreventionGapCode[];
}
