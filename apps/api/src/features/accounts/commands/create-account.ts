import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { InstitutionEntity } from '../../institutions/institution.entity';
import { AccountEntity } from '../account.entity';
import { toAccount } from '../account.type';
import { SetPasswordLinkIssued, type CreateAccountInput } from '../account-admin.types';
import {
  checkDisplayName,
  checkEmail,
  checkPlacement,
  checkStaffLink,
  checkUsername,
  issueSetPasswordLink,
  loadAccount,
} from '../account-rules';

interface Checked {
  username: string;
  displayName: string;
  email: string | null;
  unitCode: string | null;
  institutionId: string | null;
}

/** Validates a new account's fields; shared with the bulk import of heads. */
export function checkNewAccount(input: CreateAccountInput): Checked | ValidationError {
  const username = checkUsername(input.username);
  if (username instanceof ValidationError) return username;
  const displayName = checkDisplayName(input.displayName);
  if (displayName instanceof ValidationError) return displayName;
  const email = checkEmail(input.email);
  if (email instanceof ValidationError) return email;
  const placement = checkPlacement(input.role, input.unit, input.institutionId);
  if (placement instanceof ValidationError) return placement;
  return { username, displayName, email, ...placement };
}

/**
 * Creates an account without a password and answers its one-time set-password link: no password is
 * ever chosen by the administrator or sent in clear. ADMIN only (MANAGE_ACCOUNTS).
 */
export function createAccount(context: RequestContext, input: CreateAccountInput) {
  const now = context.clock.now();
  const checked = checkNewAccount(input);
  return runCommand<Checked | ValidationError>(context, {
    action: 'account.create',
    targetType: 'account',
    targetId: null,
    validate: () => (checked instanceof ValidationError ? checked : null),
    load: async (manager) => {
      const fields = checked as Checked;
      if (await manager.getRepository(AccountEntity).existsBy({ username: fields.username }))
        return ValidationError.of('username', 'This username is taken');
      if (
        fields.institutionId &&
        !(await manager.getRepository(InstitutionEntity).existsBy({ id: fields.institutionId }))
      )
        return ValidationError.of('institutionId', 'No such institution');
      if (input.staffMemberId) {
        const staff = await checkStaffLink(manager, input.staffMemberId, {
          id: null,
          role: input.role,
          institutionId: fields.institutionId,
        });
        if (staff instanceof ValidationError) return staff;
      }
      return fields;
    },
    authorize: () => null,
    execute: async (manager, fields) => {
      const { identifiers } = await manager.getRepository(AccountEntity).insert({
        ...fields,
        role: input.role,
        passwordHash: null,
        staffMemberId: input.staffMemberId || null,
        isDisabled: false,
      });
      const id = identifiers[0].id as string;
      const link = await issueSetPasswordLink(manager, id, now, context.config.setPasswordLinkHours);
      const account = await loadAccount(manager, id);
      return {
        result: Object.assign(new SetPasswordLinkIssued(), { account: toAccount(account!), ...link }),
        targetId: id,
        details: { username: fields.username, role: input.role, linkedStaff: Boolean(input.staffMemberId) },
      };
    },
  });
}
