import {
  dutiesFor,
  supervisingSection,
  type DistrictPolicy,
  type InstitutionKind,
  type UnitCode,
} from '@xiaohu/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { InstitutionKindEnum, UnitCodeEnum } from '../organisation/organisation.enums';
import { InstitutionDuty } from '../organisation/responsibility.type';
import type { InstitutionEntity } from './institution.entity';

@ObjectType({ description: 'A school, kindergarten or training institution of the district.' })
export class Institution {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Full name, e.g. 九龙坡区谢家湾小学.' })
  name: string;

  @Field(() => InstitutionKindEnum, { description: 'Kind of institution.' })
  kind: InstitutionKind;

  @Field({ description: 'Street address.' })
  address: string;

  @Field(() => String, { nullable: true, description: 'Name of the institution head 学校负责人.' })
  headName: string | null;

  @Field(() => UnitCodeEnum, { description: 'The section that supervises it (ORG-1).' })
  supervisingSection: UnitCode;

  @Field({ description: 'True when the supervisor comes from a district setting, not the plan (ORG-1).' })
  supervisingSectionIsDistrictDefault: boolean;

  @Field(() => [InstitutionDuty], { description: 'Duties that apply to it and who is responsible (ORG-2).' })
  duties: InstitutionDuty[];
}

/** Shapes a stored institution for the API, with the domain's supervision and duties. */
export function toInstitution(entity: InstitutionEntity, policy: DistrictPolicy): Institution {
  const supervisor = supervisingSection(entity.kind, policy);
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    address: entity.address,
    headName: entity.headName,
    supervisingSection: supervisor.unit,
    supervisingSectionIsDistrictDefault: supervisor.isDistrictDefault,
    duties: dutiesFor(entity.kind, policy).map((cell) => ({
      duty: cell.duty,
      responsibilities: cell.responsibilities,
    })),
  };
}
