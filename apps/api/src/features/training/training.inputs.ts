import type { TrainingTopic } from '@xiaohu/domain';
import { Field, ID, InputType } from 'type-graphql';
import { TrainingTopicEnum } from './training.enums';

@InputType({
  description:
    'PRV-5, PRV-9, PRV-10: a training session held; the organiser is the head’s institution or the member’s unit.',
})
export class RecordTrainingSessionInput {
  @Field(() => TrainingTopicEnum, { description: 'What the training was about.' })
  topic: TrainingTopic;

  @Field({ description: 'When it was held (not in the future).' })
  heldAt: Date;

  @Field({ description: 'Who trained (a person or a unit).' })
  trainer: string;

  @Field(() => String, { nullable: true, description: 'What was handed out or shown (titles, links).' })
  materials?: string | null;
}

@InputType({ description: 'PRV-5: tick (or untick) staff as present at a session.' })
export class RecordAttendanceInput {
  @Field(() => ID, { description: 'The session.' })
  sessionId: string;

  @Field(() => [ID], { description: 'Staff records from the organiser’s register (at most 500).' })
  staffIds: string[];

  @Field({ description: 'True ticks them present, false unticks them.' })
  present: boolean;
}
