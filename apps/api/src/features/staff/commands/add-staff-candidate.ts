import { isHeadOf, isValidResidentId, maskResidentId } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { toAccessActor } from '../../../shared/auth/actor';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { idNumberCipher } from '../id-number';
import { StaffMemberEntity } from '../staff-member.entity';
import type { AddStaffCandidateInput } from '../staff.inputs';
import { DuplicateStaffError, StaffForbiddenError } from '../staff.results';
import { isPhone, settleStatus } from '../staff.service';
import { toStaffMember } from '../staff-scope';

/** 教职工 → 新增: a candidate, not active; a district-ban hit makes it BLOCKED at once (VET-7). */
export async function addStaffCandidate(context: RequestContext, input: AddStaffCandidateInput) {
  const now = context.clock.now();
  const name = boundedText(input.name, 'name', 'staffName', true);
  const post = boundedText(input.post, 'post', 'post', true);
  const cipher = idNumberCipher(context.config);
  return runCommand(context, {
    action: 'staff.addCandidate',
    targetType: 'staff',
    targetId: null,
    validate: () => {
      const invalid = firstInvalid(name, post);
      if (invalid) return invalid;
      if (!isValidResidentId(input.idNumber ?? ''))
        return ValidationError.of('idNumber', 'Invalid resident ID number');
      if (!isPhone(input.phone ?? '')) return ValidationError.of('phone', 'Invalid phone number');
      if (input.startedAt && input.startedAt.getTime() > now.getTime() + 366 * 86_400_000) {
        return ValidationError.of('startedAt', 'Start date is too far in the future');
      }
      return null;
    },
    load: async (_manager, actor) => ({ institutionId: input.institutionId ?? actor.institutionId }),
    // ORG-3: only an institution's own head adds to its register.
    authorize: ({ institutionId }, actor) => {
      if (!institutionId || institutionId !== actor.institutionId) {
        return ValidationError.of('institutionId', 'Staff can only be added to your own institution');
      }
      return isHeadOf(toAccessActor(actor), institutionId)
        ? null
        : StaffForbiddenError.of('Only the head adds staff to the institution’s register', 'ORG-3');
    },
    execute: async (manager, { institutionId }) => {
      const repository = manager.getRepository(StaffMemberEntity);
      const hash = cipher.hash(input.idNumber);
      if (await repository.exists({ where: { institutionId: institutionId!, idNumberHash: hash } })) {
        return { result: DuplicateStaffError.of() };
      }
      const staff = await repository.save(
        repository.create({
          institutionId: institutionId!,
          name: name as string,
          idNumberCiphertext: cipher.encrypt(input.idNumber),
          idNumberHash: hash,
          idNumberMasked: maskResidentId(input.idNumber),
          phone: input.phone.replace(/\s+/g, ''),
          role: input.role,
          employmentType: input.employmentType,
          post: post as string,
          hasStudentAccess: input.hasStudentAccess,
          startedAt: input.startedAt ?? null,
          status: 'CANDIDATE',
          activatedAt: null,
        }),
      );
      const decision = await settleStatus(manager, staff, context);
      return { result: toStaffMember(staff), targetId: staff.id, details: { vetting: decision.status } };
    },
  });
}
