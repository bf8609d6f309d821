import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { DueCheckFilter, DueCheckList } from './due-check.type';
import { activateStaff } from './commands/activate-staff';
import { addStaffCandidate } from './commands/add-staff-candidate';
import { decideMisconduct } from './commands/decide-misconduct';
import { openMisconductCase } from './commands/open-misconduct-case';
import { recordInterview } from './commands/record-interview';
import { recordQualification } from './commands/record-qualification';
import { recordVettingCheck } from './commands/record-vetting-check';
import { importRosterFromBase64 } from './staff-import.service';
import {
  AddStaffCandidateInput,
  DecideMisconductInput,
  ImportStaffRosterInput,
  OpenMisconductCaseInput,
  RecordInterviewInput,
  RecordQualificationInput,
  RecordVettingCheckInput,
  StaffFilter,
} from './staff.inputs';
import { listDueChecks } from './due-checks.service';
import { listStaff, readStaffMember, readVettingDecision } from './staff-queries.service';
import {
  ActivateStaffResult,
  AddStaffCandidateResult,
  DecideMisconductResult,
  ImportStaffRosterResult,
  OpenMisconductCaseResult,
  RecordInterviewResult,
  RecordQualificationResult,
  RecordVettingCheckResult,
} from './staff.results';
import { StaffConnection, StaffMember, VettingDecision } from './staff.type';

@Resolver()
export class StaffResolver {
  @Allow('VIEW_STAFF')
  @Query(() => StaffConnection, {
    description: 'The staff register within the viewer’s scope, in name order.',
  })
  staff(
    @Ctx() context: RequestContext,
    @Arg('filter', () => StaffFilter, { nullable: true, description: 'Optional conditions.' })
    filter: StaffFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
  ): Promise<StaffConnection> {
    return listStaff(context, filter, first, after);
  }

  @Allow('VIEW_STAFF')
  @Query(() => StaffMember, {
    nullable: true,
    description: 'One staff member; null when missing or out of scope. Audited.',
  })
  staffMember(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The staff member’s id.' }) id: string,
  ) {
    return readStaffMember(context, id);
  }

  @Allow('VIEW_STAFF')
  @Query(() => VettingDecision, {
    nullable: true,
    description: 'decideVetting for one staff member; null when not visible.',
  })
  vettingDecision(
    @Ctx() context: RequestContext,
    @Arg('staffId', () => ID, { description: 'The staff member’s id.' }) staffId: string,
  ) {
    return readVettingDecision(context, staffId);
  }

  @Allow('VIEW_STAFF')
  @Query(() => DueCheckList, {
    description: 'Re-checks (VET-9) and reminder interviews (VET-10) due, within scope.',
  })
  dueChecks(
    @Ctx() context: RequestContext,
    @Arg('filter', () => DueCheckFilter, { nullable: true, description: 'Optional conditions.' })
    filter: DueCheckFilter | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 100,
      description: 'At most this many items, 1 to 200.',
    })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
  ): Promise<DueCheckList> {
    return listDueChecks(context, filter, first, after);
  }

  @Allow('MANAGE_STAFF')
  @Mutation(() => AddStaffCandidateResult, {
    description: 'Adds a candidate (not active) to the head’s institution.',
  })
  addStaffCandidate(
    @Ctx() context: RequestContext,
    @Arg('input', () => AddStaffCandidateInput, { description: 'The person.' }) input: AddStaffCandidateInput,
  ) {
    return addStaffCandidate(context, input);
  }

  @Allow('RECORD_VETTING_CHECK')
  @Mutation(() => RecordVettingCheckResult, {
    description: 'Records one check, by the unit whose duty it is.',
  })
  recordVettingCheck(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordVettingCheckInput, { description: 'The check.' })
    input: RecordVettingCheckInput,
  ) {
    return recordVettingCheck(context, input);
  }

  @Allow('MANAGE_STAFF')
  @Mutation(() => ActivateStaffResult, {
    description: 'Activates a candidate whose vetting is CLEAR; refused otherwise.',
  })
  activateStaff(
    @Ctx() context: RequestContext,
    @Arg('staffId', () => ID, { description: 'The candidate.' }) staffId: string,
  ) {
    return activateStaff(context, staffId);
  }

  @Allow('MANAGE_STAFF')
  @Mutation(() => RecordQualificationResult, {
    description: 'Records a qualification or training certificate (VET-5).',
  })
  recordQualification(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordQualificationInput, { description: 'The qualification.' })
    input: RecordQualificationInput,
  ) {
    return recordQualification(context, input);
  }

  @Allow('MANAGE_STAFF')
  @Mutation(() => RecordInterviewResult, { description: 'Records a reminder interview 约谈提示 (VET-10).' })
  recordInterview(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordInterviewInput, { description: 'The interview.' }) input: RecordInterviewInput,
  ) {
    return recordInterview(context, input);
  }

  @Allow('MANAGE_MISCONDUCT')
  @Mutation(() => OpenMisconductCaseResult, { description: 'Opens a misconduct case (VET-11).' })
  openMisconductCase(
    @Ctx() context: RequestContext,
    @Arg('input', () => OpenMisconductCaseInput, { description: 'The case.' }) input: OpenMisconductCaseInput,
  ) {
    return openMisconductCase(context, input);
  }

  @Allow('MANAGE_MISCONDUCT')
  @Mutation(() => DecideMisconductResult, {
    description: 'Decides a misconduct case with outcomes VET-11 allows.',
  })
  decideMisconduct(
    @Ctx() context: RequestContext,
    @Arg('input', () => DecideMisconductInput, { description: 'The decision.' }) input: DecideMisconductInput,
  ) {
    return decideMisconduct(context, input);
  }

  @Allow('MANAGE_STAFF')
  @Mutation(() => ImportStaffRosterResult, {
    description: 'Imports a roster (.xlsx, base64), all or nothing.',
  })
  importStaffRoster(
    @Ctx() context: RequestContext,
    @Arg('input', () => ImportStaffRosterInput, { description: 'The file.' }) input: ImportStaffRosterInput,
  ) {
    return importRosterFromBase64(context, input);
  }
}
