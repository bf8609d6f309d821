import { TRAINING_TOPICS } from '@xiaohu/domain';
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';

export const TrainingTopicEnum = enumObject(TRAINING_TOPICS);
registerEnumType(TrainingTopicEnum, {
  name: 'TrainingTopic',
  description:
    'PRV-5: law and ethics (every employment type and role); PRV-9: staff mental health (everybody); ' +
    'PRV-10: bullying prevention for head teachers 班主任.',
});
