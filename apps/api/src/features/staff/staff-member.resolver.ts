import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { Institution, toInstitution } from '../institutions/institution.type';
import { idNumberCipher } from './id-number';
import { MisconductCase, MisconductOptions } from './misconduct-case.type';
import { toMisconductCase, toOptions } from './misconduct.service';
import { MisconductSeverityEnum } from './staff.enums';
import { staffLoaders } from './staff.loaders';
import { toEntity } from './staff-scope';
import {
  InServiceDueDates,
  Qualification,
  ReminderInterview,
  StaffMember,
  StaffMemberActions,
  VettingCheckRecord,
  VettingDecision,
} from './staff.type';
import { decide, dueDatesOf, findingsOf, toVettingDecision, type VettingFacts } from './vetting-facts';
import { misconductAccessOf, staffAccessOf } from './staff-policy';
import { signedIn } from '../../shared/auth/signed-in';
import {
  holdsTeacherQualification as holdsQualification,
  type MisconductSeverity,
  type StaffAccess,
} from '@xiaohu/domain';

async function factsOf(context: RequestContext, member: StaffMember): Promise<VettingFacts> {
  const loaders = staffLoaders(context);
  if (!loaders.knownStaff.has(member.id)) loaders.knownStaff.set(member.id, toEntity(member));
  const facts = await loaders.factsByStaffId.load(member.id);
  if (!facts) throw new Error(`Staff member ${member.id} vanished`);
  return facts;
}

/** The domain's staff policy for the viewer and this record: every field below asks it. */
async function accessOf(context: RequestContext, member: StaffMember): Promise<StaffAccess> {
  return staffAccessOf(
    toEntity(member),
    await factsOf(context, member),
    signedIn(context),
    context.clock.now(),
    context.policy,
  );
}

@Resolver(() => StaffMember)
export class StaffMemberResolver {
  @FieldResolver(() => Institution, { description: 'The institution whose register it is.' })
  async institution(@Root() member: StaffMember, @Ctx() context: RequestContext): Promise<Institution> {
    const entity = await context.loaders.institutionById.load(member.institutionId);
    if (!entity) throw new Error('Staff member outside the viewer’s scope');
    return toInstitution(entity, context.policy);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The full resident ID number, for PERSONNEL (人事科) only; each read is audited. Null for others.',
  })
  async idNumber(@Root() member: StaffMember, @Ctx() context: RequestContext): Promise<string | null> {
    if (!(await accessOf(context, member)).parts.idNumber.allowed) return null;
    await recordAudit(context.dataSource.manager, signedIn(context), context.clock.now(), {
      action: 'staff.idNumber.read',
      targetType: 'staff',
      targetId: member.id,
      outcome: 'OK',
    });
    return idNumberCipher(context.config).decrypt(member.idNumberCiphertext);
  }

  @FieldResolver(() => StaffMemberActions, {
    description: 'What the viewer may do on this record now (the domain’s staff policy).',
  })
  async viewerCan(@Root() member: StaffMember, @Ctx() context: RequestContext): Promise<StaffMemberActions> {
    const access = await accessOf(context, member);
    return {
      canActivate: access.can.activate.allowed,
      canRecordQualification: access.can.recordQualification.allowed,
      canRecordInterview: access.can.recordInterview.allowed,
      canOpenMisconductCase: access.can.openMisconductCase.allowed,
      canReadIdNumber: access.parts.idNumber.allowed,
      recordableChecks: access.recordableChecks,
    };
  }

  @FieldResolver(() => VettingDecision, {
    description: 'decideVetting now: CLEAR, BLOCKED or INCOMPLETE, with reasons.',
  })
  async vetting(@Root() member: StaffMember, @Ctx() context: RequestContext): Promise<VettingDecision> {
    const facts = await factsOf(context, member);
    const decision = decide(toEntity(member), facts, context.clock.now(), context.policy);
    return toVettingDecision(decision, (await accessOf(context, member)).recordableChecks);
  }

  @FieldResolver(() => [VettingCheckRecord], { description: 'Recorded checks, newest first.' })
  async checks(@Root() member: StaffMember, @Ctx() context: RequestContext): Promise<VettingCheckRecord[]> {
    // Nobody reads the vetting file of their own record (VET-11).
    if (!(await accessOf(context, member)).parts.vettingFile.allowed) return [];
    return (await factsOf(context, member)).checks.map((c) => ({
      id: c.id,
      check: c.check,
      outcome: c.outcome,
      checkedAt: c.checkedAt,
      checkedBy: c.checkedBy,
      system: c.system,
      referenceNumber: c.referenceNumber,
      recordedBy: c.recordedBy,
      recordedAt: c.recordedAt,
      findings: findingsOf(c),
    }));
  }

  @FieldResolver(() => [Qualification], {
    description: 'Qualifications and certificates, revoked ones included.',
  })
  async qualifications(
    @Root() member: StaffMember,
    @Ctx() context: RequestContext,
  ): Promise<Qualification[]> {
    if (!(await accessOf(context, member)).parts.vettingFile.allowed) return [];
    return (await factsOf(context, member)).qualifications.map((q) => ({
      id: q.id,
      kind: q.kind,
      number: q.number,
      issuedAt: q.issuedAt,
      isRevoked: q.revokedAt !== null,
      revokedAt: q.revokedAt,
      revokedRuleId: q.revokedRuleId,
    }));
  }

  @FieldResolver(() => [ReminderInterview], { description: 'Reminder interviews, newest first.' })
  async interviews(
    @Root() member: StaffMember,
    @Ctx() context: RequestContext,
  ): Promise<ReminderInterview[]> {
    if (!(await accessOf(context, member)).parts.vettingFile.allowed) return [];
    return (await factsOf(context, member)).interviews.map((i) => ({
      id: i.id,
      interviewedAt: i.interviewedAt,
      interviewer: i.interviewer,
      notes: i.notes,
    }));
  }

  @FieldResolver(() => InServiceDueDates, {
    nullable: true,
    description: 'Next re-check and interview; null unless ACTIVE.',
  })
  async dueDates(
    @Root() member: StaffMember,
    @Ctx() context: RequestContext,
  ): Promise<InServiceDueDates | null> {
    return dueDatesOf(toEntity(member), await factsOf(context, member), context.clock.now(), context.policy);
  }

  @FieldResolver(() => [MisconductCase], {
    description:
      'Misconduct cases the viewer handles or oversees (VET-11), newest first; never to their subject.',
  })
  async misconductCases(
    @Root() member: StaffMember,
    @Ctx() context: RequestContext,
  ): Promise<MisconductCase[]> {
    const cases = await staffLoaders(context).casesByStaffId.load(member.id);
    const facts = await factsOf(context, member);
    const actor = signedIn(context);
    // VET-11: only the handlers and the leadership read a case; never its subject.
    return cases.flatMap((c) => {
      const access = misconductAccessOf(c, member, facts, actor, context.policy);
      return access.canView.allowed
        ? [toMisconductCase(c, member.name, { canDecide: access.can.decide.allowed })]
        : [];
    });
  }
}

@Resolver(() => MisconductCase)
export class MisconductCaseResolver {
  @FieldResolver(() => MisconductOptions, {
    description: 'What misconductOutcomes allows for these facts (VET-11).',
  })
  async allowedOutcomes(
    @Root() misconductCase: MisconductCase,
    @Ctx() context: RequestContext,
    @Arg('factsVerified', { description: 'Facts investigated and verified.' }) factsVerified: boolean,
    @Arg('severity', () => MisconductSeverityEnum, { description: 'Severity.' }) severity: MisconductSeverity,
    @Arg('involvesCrime', { description: 'A crime is involved.' }) involvesCrime: boolean,
  ): Promise<MisconductOptions> {
    const facts = await staffLoaders(context).factsByStaffId.load(misconductCase.staffId);
    const holdsTeacherQualification = holdsQualification(facts?.qualifications ?? []);
    return toOptions({ factsVerified, severity, involvesCrime, holdsTeacherQualification });
  }
}
