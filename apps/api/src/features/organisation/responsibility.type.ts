import type { DutyCode, InstitutionKind, UnitCode } from '@xiaohu/domain';
import { Field, ObjectType } from 'type-graphql';
import { DutyCodeEnum, InstitutionKindEnum, UnitCodeEnum } from './organisation.enums';

@ObjectType({ description: 'A unit responsible for a duty, and the rule and clause that say so.' })
export class Responsibility {
  @Field(() => UnitCodeEnum, { description: 'The responsible committee unit.' })
  unit: UnitCode;

  @Field({ description: 'Rule ID of DOMAIN.md, e.g. ORG-1.' })
  ruleId: string;

  @Field({ description: 'Section mark of the plan, e.g. 三.' })
  clause: string;
}

@ObjectType({
  description: 'One cell of the responsibility matrix 职责分工: a duty at a kind of institution (ORG-2).',
})
export class MatrixCell {
  @Field(() => DutyCodeEnum, { description: 'The duty.' })
  duty: DutyCode;

  @Field(() => InstitutionKindEnum, { description: 'The kind of institution.' })
  kind: InstitutionKind;

  @Field(() => [Responsibility], { description: 'Units responsible; empty when the duty does not apply.' })
  responsibilities: Responsibility[];
}

@ObjectType({ description: 'A duty that applies to one institution, with its responsible units.' })
export class InstitutionDuty {
  @Field(() => DutyCodeEnum, { description: 'The duty.' })
  duty: DutyCode;

  @Field(() => [Responsibility], { description: 'Units responsible for it at this institution.' })
  responsibilities: Responsibility[];
}
