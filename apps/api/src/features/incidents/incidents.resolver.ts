import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { selectedFieldNames } from '../../shared/graphql/selected-fields';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import {
  CaseFilter,
  CloseCaseInput,
  CompleteEmergencyStepInput,
  RecordDisclosureInput,
  RecordExternalSourceInput,
  RecordPoliceReportInput,
  RecordWelfareNoteInput,
} from './case.inputs';
import { listCases, readCase } from './case-read.service';
import {
  AcknowledgeCaseResult,
  CloseCaseResult,
  CompleteEmergencyStepResult,
  RecordDisclosureResult,
  RecordExternalSourceResult,
  RecordPoliceReportResult,
  RecordWelfareNoteResult,
} from './case.results';
import { Case, CaseConnection } from './case.type';
import { CaseOrderEnum, type CaseOrder } from './incident.enums';
import { listReportableStaff } from './reportable-staff.service';
import { ReportableStaffMember } from './reportable-staff.type';
import { acknowledgeCase } from './commands/acknowledge-case';
import { closeCase } from './commands/close-case';
import { completeEmergencyStep } from './commands/complete-emergency-step';
import { recordDisclosure } from './commands/record-disclosure';
import { recordExternalSource } from './commands/record-external-source';
import { recordPoliceReport } from './commands/record-police-report';
import { recordWelfareNote } from './commands/record-welfare-note';

@Resolver(() => Case)
export class IncidentsResolver {
  @Allow('VIEW_INCIDENTS')
  @Query(() => Case, {
    nullable: true,
    description:
      'One case; null when missing or not visible. Views of confidential cases are audited (REP-7).',
  })
  case(@Ctx() context: RequestContext, @Arg('id', () => ID, { description: 'The case id.' }) id: string) {
    return readCase(context, id);
  }

  @Allow('VIEW_INCIDENTS')
  @Query(() => CaseConnection, {
    description:
      'Cases the viewer may see, filtered and ordered (newest first by default); for 安稳办 every case of the district (REP-8). BAD_USER_INPUT names a filter that cannot be asked (e.g. recordedFrom not before recordedBefore).',
  })
  cases(
    @Ctx() context: RequestContext,
    @Arg('filter', () => CaseFilter, { nullable: true, description: 'Optional conditions.' })
    filter: CaseFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor to continue after (of the same order).',
    })
    after: string | null,
    @Arg('orderBy', () => CaseOrderEnum, {
      nullable: true,
      defaultValue: 'RECORDED_AT_DESC',
      description: 'The order; newest first by default.',
    })
    orderBy: CaseOrder | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listCases(context, filter, first, after, selectedFieldNames(info), orderBy ?? 'RECORDED_AT_DESC');
  }

  @Allow('REPORT_INCIDENT')
  @Query(() => [ReportableStaffMember], {
    description:
      'Issue 4: active staff of the viewer’s own institution, to pick the suspect from; names and roles only.',
  })
  reportableStaff(
    @Ctx() context: RequestContext,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name.' }) search: string | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 20,
      description: 'At most this many, 1 to 100.',
    })
    first: number | null,
  ) {
    return listReportableStaff(context, search, first);
  }

  @Allow('REPORT_INCIDENT')
  @Mutation(() => RecordDisclosureResult, {
    description: 'A child’s disclosure, recorded by the staff member who heard it.',
  })
  recordDisclosure(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordDisclosureInput, { description: 'The record.' }) input: RecordDisclosureInput,
  ) {
    return recordDisclosure(context, input);
  }

  @Allow('MANAGE_INCIDENTS')
  @Mutation(() => AcknowledgeCaseResult, { description: 'REP-2: the head acknowledges the case.' })
  acknowledgeCase(
    @Ctx() context: RequestContext,
    @Arg('caseId', () => ID, { description: 'The case.' }) caseId: string,
  ) {
    return acknowledgeCase(context, caseId);
  }

  @Allow('MANAGE_INCIDENTS')
  @Mutation(() => CompleteEmergencyStepResult, { description: 'REP-6: tick one emergency step.' })
  completeEmergencyStep(
    @Ctx() context: RequestContext,
    @Arg('input', () => CompleteEmergencyStepInput, { description: 'The step.' })
    input: CompleteEmergencyStepInput,
  ) {
    return completeEmergencyStep(context, input);
  }

  @Allow('VIEW_INCIDENTS')
  @Mutation(() => RecordPoliceReportResult, { description: 'REP-3: record the police report.' })
  recordPoliceReport(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordPoliceReportInput, { description: 'The report.' })
    input: RecordPoliceReportInput,
  ) {
    return recordPoliceReport(context, input);
  }

  @Allow('RECORD_EXTERNAL_SOURCE')
  @Mutation(() => RecordExternalSourceResult, {
    description:
      'REP-8: the district learned of a case from elsewhere (瞒报 when the school never reported it).',
  })
  recordExternalSource(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordExternalSourceInput, { description: 'The source.' })
    input: RecordExternalSourceInput,
  ) {
    return recordExternalSource(context, input);
  }

  @Allow('MANAGE_INCIDENTS')
  @Mutation(() => CloseCaseResult, { description: 'REP-4: close a case.' })
  closeCase(
    @Ctx() context: RequestContext,
    @Arg('input', () => CloseCaseInput, { description: 'The closing.' }) input: CloseCaseInput,
  ) {
    return closeCase(context, input);
  }

  @Allow('VIEW_INCIDENTS')
  @Mutation(() => RecordWelfareNoteResult, {
    description: 'REP-10: a psychological concern about the child, the guardian told, 休学 arranged.',
  })
  recordWelfareNote(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordWelfareNoteInput, { description: 'The note.' }) input: RecordWelfareNoteInput,
  ) {
    return recordWelfareNote(context, input);
  }
}
