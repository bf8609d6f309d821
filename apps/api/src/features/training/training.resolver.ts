import type { TrainingTopic } from '@xiaohu/domain';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { recordAttendance } from './commands/record-attendance';
import { recordTrainingSession } from './commands/record-training-session';
import { readTrainingCoverage, trainingCoverageOverview, trainingViewer } from './training-coverage';
import { listTrainingSessions, readTrainingSession, sessionRegister } from './training-sessions';
import { TrainingTopicEnum } from './training.enums';
import { RecordAttendanceInput, RecordTrainingSessionInput } from './training.inputs';
import { RecordAttendanceResult, RecordTrainingSessionResult } from './training.results';
import {
  InstitutionTrainingCoverage,
  TrainingCoverage,
  TrainingRegisterMember,
  TrainingSession,
  TrainingViewer,
} from './training.type';

@Resolver()
export class TrainingResolver {
  @Allow('VIEW_TRAINING')
  @Query(() => TrainingViewer, { description: 'PRV-5: what the viewer may do on the training pages.' })
  trainingViewer(@Ctx() context: RequestContext): TrainingViewer {
    return trainingViewer(context);
  }

  @Allow('VIEW_TRAINING')
  @Query(() => [TrainingSession], {
    description: 'PRV-5, PRV-9, PRV-10: sessions the viewer reads (organiser, leadership), newest first.',
  })
  trainingSessions(
    @Ctx() context: RequestContext,
    @Arg('topic', () => TrainingTopicEnum, { nullable: true, description: 'One topic.' })
    topic: TrainingTopic | null,
  ): Promise<TrainingSession[]> {
    return listTrainingSessions(context, topic);
  }

  @Allow('VIEW_TRAINING')
  @Query(() => TrainingSession, {
    nullable: true,
    description: 'PRV-5: one session; null when not readable.',
  })
  trainingSession(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The session.' }) id: string,
  ): Promise<TrainingSession | null> {
    return readTrainingSession(context, id);
  }

  @Allow('VIEW_TRAINING')
  @Query(() => [TrainingRegisterMember], {
    description: 'PRV-5: the register to tick attendance from (at most 500); empty for non-organisers.',
  })
  trainingSessionRegister(
    @Ctx() context: RequestContext,
    @Arg('sessionId', () => ID, { description: 'The session.' }) sessionId: string,
    @Arg('institutionId', () => ID, {
      nullable: true,
      description: 'Whose register, for a committee unit’s session.',
    })
    institutionId: string | null,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name.' }) search: string | null,
  ): Promise<TrainingRegisterMember[]> {
    return sessionRegister(context, sessionId, institutionId, search);
  }

  @Allow('VIEW_TRAINING')
  @Query(() => TrainingCoverage, {
    nullable: true,
    description:
      'PRV-5, PRV-9, PRV-10: an institution’s coverage of a topic: counts for inspectors and leadership, ' +
      'the untrained by name for the head (audited); null when not readable.',
  })
  trainingCoverage(
    @Ctx() context: RequestContext,
    @Arg('institutionId', () => ID, { description: 'The institution.' }) institutionId: string,
    @Arg('topic', () => TrainingTopicEnum, { description: 'The topic.' }) topic: TrainingTopic,
    @Arg('schoolYear', () => Int, {
      nullable: true,
      description: 'The school year by its start year (2026 for 2026-2027); the current one by default.',
    })
    schoolYear: number | null,
  ): Promise<TrainingCoverage | null> {
    return readTrainingCoverage(context, institutionId, topic, schoolYear);
  }

  @Allow('VIEW_TRAINING')
  @Query(() => [InstitutionTrainingCoverage], {
    description: 'PRV-5: coverage per institution the committee reader inspects, counts only, least first.',
  })
  trainingCoverageOverview(
    @Ctx() context: RequestContext,
    @Arg('topic', () => TrainingTopicEnum, { description: 'The topic.' }) topic: TrainingTopic,
    @Arg('schoolYear', () => Int, { nullable: true, description: 'Start year; the current by default.' })
    schoolYear: number | null,
  ): Promise<InstitutionTrainingCoverage[]> {
    return trainingCoverageOverview(context, topic, schoolYear);
  }

  @Allow('VIEW_TRAINING')
  @Mutation(() => RecordTrainingSessionResult, {
    description: 'PRV-5, PRV-9, PRV-10: a head or a committee unit records a session it held.',
  })
  recordTrainingSession(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordTrainingSessionInput, { description: 'The session.' })
    input: RecordTrainingSessionInput,
  ) {
    return recordTrainingSession(context, input);
  }

  @Allow('VIEW_TRAINING')
  @Mutation(() => RecordAttendanceResult, {
    description: 'PRV-5: the organiser ticks (or unticks) staff of the register as present.',
  })
  recordAttendance(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordAttendanceInput, { description: 'Who and whether present.' })
    input: RecordAttendanceInput,
  ) {
    return recordAttendance(context, input);
  }
}
