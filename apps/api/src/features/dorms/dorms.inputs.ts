import { Field, ID, InputType } from 'type-graphql';
import type { DormPurpose } from './dorm-entry.entity';
import { DormPurposeEnum } from './dorms.enums';

@InputType({ description: 'PRV-4: someone at the dormitory door, now.' })
export class RecordDormEntryInput {
  @Field(() => ID, { description: 'The person, from the institution’s staff register.' })
  staffMemberId: string;

  @Field(() => DormPurposeEnum, { description: 'Why they came.' })
  purpose: DormPurpose;

  @Field(() => String, { nullable: true, description: 'A note on the purpose.' })
  purposeNote?: string | null;
}

@InputType({ description: 'PRV-4: someone leaving the dormitory, now.' })
export class RecordDormExitInput {
  @Field(() => ID, { description: 'The entry.' })
  entryId: string;
}

@InputType({ description: 'Which dorm entries to list.' })
export class DormEntryFilter {
  @Field(() => ID, { nullable: true, description: 'One institution.' })
  institutionId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Entered at or after (inclusive).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Entered before (exclusive).' })
  to?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Refused attempts only.' })
  refusedOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Night entries only.' })
  nightOnly?: boolean | null;
}
