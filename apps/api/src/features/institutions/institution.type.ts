import {
  dutiesFor,
  supervisingSection,
  type DistrictPolicy,
  type InstitutionKind,
  type UnitCode,
} from '@xiaohu/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { InstitutionKindEnum, UnitCodeEnum } from '../organisation/organisation.enums';
import type { InstitutionDuty } from '../organisation/responsibility.type';
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

  @Field(() => String, {
    nullable: true,
    description: 'The street or town 镇街 it stands in, e.g. 杨家坪街道.',
  })
  street: string | null;

  @Field(() => UnitCodeEnum, { description: 'The section that supervises it (ORG-1).' })
  supervisingSection: UnitCode;

  @Field({ description: 'True when the supervisor comes from a district setting, not the plan (ORG-1).' })
  supervisingSectionIsDistrictDefault: boolean;

  // `duties` is a field resolver (institutions.resolver.ts): computed only when asked for.
}

// The matrix depends on the policy alone, which is fixed for the process: each kind's duties are
// computed once per policy object, not for every institution row of every request.
const dutiesByPolicy = new WeakMap<DistrictPolicy, Map<InstitutionKind, InstitutionDuty[]>>();

/** ORG-2: the duties that apply to a kind of institution, with their responsible units. */
export function dutiesOfKind(kind: InstitutionKind, policy: DistrictPolicy): InstitutionDuty[] {
  let byKind = dutiesByPolicy.get(policy);
  if (!byKind) {
    byKind = new Map();
    dutiesByPolicy.set(policy, byKind);
  }
  let duties = byKind.get(kind);
  if (!duties) {
    duties = dutiesFor(kind, policy).map((cell) => ({
      duty: cell.duty,
      responsibilities: cell.responsibilities,
    }));
    byKind.set(kind, duties);
  }
  return duties;
}

/** What the API reads of a stored institution. */
export type InstitutionFacts = Pick<
  InstitutionEntity,
  'id' | 'name' | 'kind' | 'address' | 'headName' | 'street'
>;

/** Shapes a stored institution for the API, with the domain's supervision (duties are resolved on demand). */
export function toInstitution(entity: InstitutionFacts, policy: DistrictPolicy): Institution {
  const supervisor = supervisingSection(entity.kind, policy);
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    address: entity.address,
    headName: entity.headName,
    street: entity.street,
    supervisingSection: supervisor.unit,
    supervisingSectionIsDistrictDefault: supervisor.isDistrictDefault,
  };
}
