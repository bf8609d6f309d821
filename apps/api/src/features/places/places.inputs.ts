import type {
  InstitutionKind,
  MonitoredPlaceKind,
  OneToOneRoomType,
  SupervisingSection,
} from '@xiaohu/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import { InstitutionKindEnum, SupervisingSectionEnum } from '../organisation/organisation.enums';
import { MonitoredPlaceKindEnum, OneToOneRoomTypeEnum } from './places.enums';

@InputType({ description: 'PRV-2: a new place of the register, or a change to one.' })
export class RecordMonitoredPlaceInput {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field(() => ID, { nullable: true, description: 'The place to change; omitted to add one.' })
  placeId?: string | null;

  @Field({ description: 'Name, e.g. 心理咨询室.' })
  name: string;

  @Field(() => MonitoredPlaceKindEnum, { description: 'Kind of place.' })
  kind: MonitoredPlaceKind;

  @Field(() => OneToOneRoomTypeEnum, {
    nullable: true,
    description: 'For a one-to-one room: which (required there, refused elsewhere).',
  })
  roomType?: OneToOneRoomType | null;

  @Field({ description: 'Whether cameras cover it.' })
  isMonitored: boolean;

  @Field(() => Int, { description: 'Cameras covering it (0 to 99; at least 1 when monitored).' })
  cameraCount: number;

  @Field(() => String, { nullable: true, description: 'Coverage note.' })
  note?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The viewer’s own uploads (POST /api/photos), at most 9, added to the place’s photos.',
  })
  photoIds?: string[] | null;
}

@InputType({ description: 'PRV-2: the day of a blind-spot self-inspection 监控死角自查.' })
export class RecordBlindSpotSelfInspectionInput {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'The day it was done, YYYY-MM-DD in the district’s time zone; not in the future.' })
  inspectedOn: string;
}

@InputType({ description: 'PRV-2: which institutions the district overview of place registers shows.' })
export class PlaceRegisterFilter {
  @Field(() => SupervisingSectionEnum, {
    nullable: true,
    description: 'Only institutions of the kinds this section supervises (ORG-1, the responsibility matrix).',
  })
  section?: SupervisingSection | null;

  @Field(() => InstitutionKindEnum, { nullable: true, description: 'Only institutions of this kind.' })
  institutionKind?: InstitutionKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only institutions on this street or town 镇街 (exact name, up to 40 characters).',
  })
  street?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only registers with a gap (PRV-2).' })
  onlyWithGaps?: boolean | null;
}
