import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { InstitutionKind, UnitCode } from '@xiaohu/domain';
import { PageInfo } from '../../shared/graphql/connection';
import { InstitutionKindEnum, UnitCodeEnum } from '../organisation/organisation.enums';
import { Institution } from './institution.type';

@ObjectType({ description: 'An institution in a page of results.' })
export class InstitutionEdge {
  @Field({ description: 'Opaque cursor of this item.' })
  cursor: string;

  @Field(() => Institution, { description: 'The institution.' })
  node: Institution;
}

@ObjectType({ description: 'A page of institutions, in name order.' })
export class InstitutionConnection {
  @Field(() => [InstitutionEdge], { description: 'The institutions of this page.' })
  edges: InstitutionEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many institutions match the filter within the viewer’s scope.' })
  totalCount: number;
}

@InputType({ description: 'Narrows the institution list; all given conditions must hold.' })
export class InstitutionFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or address.' })
  search?: string | null;

  @Field(() => InstitutionKindEnum, { nullable: true, description: 'Only this kind.' })
  kind?: InstitutionKind | null;

  @Field(() => UnitCodeEnum, {
    nullable: true,
    description: 'Only institutions this section supervises (ORG-1).',
  })
  section?: UnitCode | null;
}
