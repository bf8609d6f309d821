import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { signedIn } from '../../shared/auth/signed-in';
import { loadCareInstitution } from '../care-records/care-institution';
import { readIntakeRegister } from './classes-view';
import {
  AssignHeadTeacherInput,
  CloseClassInput,
  RecordClassInput,
  RecordIntakeInput,
} from './classes.inputs';
import { RecordIntakeResult, SchoolClassResult } from './classes.results';
import { IntakeRegister } from './classes.type';
import { assignHeadTeacher } from './commands/assign-head-teacher';
import { closeClass } from './commands/close-class';
import { recordClass } from './commands/record-class';
import { recordIntake } from './commands/record-intake';

@Resolver()
export class ClassesResolver {
  @Allow('VIEW_CARE_RECORDS')
  @Query(() => IntakeRegister, {
    nullable: true,
    description: 'PRV-6 to PRV-8: an institution’s intakes and classes; null when missing or not readable.',
  })
  async intakes(
    @Ctx() context: RequestContext,
    @Arg('institutionId', () => ID, { description: 'The institution.' }) institutionId: string,
  ): Promise<IntakeRegister | null> {
    const manager = context.dataSource.manager;
    const institution = await loadCareInstitution(manager, signedIn(context), institutionId, context.policy);
    return institution ? readIntakeRegister(manager, institution) : null;
  }

  @Allow('VIEW_CARE_RECORDS')
  @Mutation(() => RecordIntakeResult, { description: 'PRV-6: the head records an intake.' })
  recordIntake(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordIntakeInput, { description: 'The intake.' }) input: RecordIntakeInput,
  ) {
    return recordIntake(context, input);
  }

  @Allow('VIEW_CARE_RECORDS')
  @Mutation(() => SchoolClassResult, { description: 'PRV-6: the head records a class of an intake.' })
  recordClass(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordClassInput, { description: 'The class.' }) input: RecordClassInput,
  ) {
    return recordClass(context, input);
  }

  @Allow('VIEW_CARE_RECORDS')
  @Mutation(() => SchoolClassResult, { description: 'PRV-8: the head names a class’s head teacher 班主任.' })
  assignHeadTeacher(
    @Ctx() context: RequestContext,
    @Arg('input', () => AssignHeadTeacherInput, { description: 'Class and head teacher.' })
    input: AssignHeadTeacherInput,
  ) {
    return assignHeadTeacher(context, input);
  }

  @Allow('VIEW_CARE_RECORDS')
  @Mutation(() => SchoolClassResult, { description: 'The head closes a class that left.' })
  closeClass(
    @Ctx() context: RequestContext,
    @Arg('input', () => CloseClassInput, { description: 'The class.' }) input: CloseClassInput,
  ) {
    return closeClass(context, input);
  }
}
