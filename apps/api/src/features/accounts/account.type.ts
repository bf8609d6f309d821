import type { UnitCode } from '@xiaohu/domain';
import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../shared/graphql/connection';
import { ErrorCode, ErrorResult, ValidationError } from '../../shared/graphql/error-result';
import { UnitCodeEnum } from '../organisation/organisation.enums';
import type { AccountEntity } from './account.entity';
import { RoleEnum, type Role } from './role';
import { StaffRoleEnum } from '../staff/staff.enums';
import type { StaffRole } from '@xiaohu/domain';

@ObjectType({ description: 'The staff record an institution account is linked to (REP-11, VET-11).' })
export class LinkedStaffMember {
  @Field(() => ID, { description: 'Staff record id.' })
  id: string;

  @Field({ description: 'Name on the staff register.' })
  name: string;

  @Field(() => StaffRoleEnum, { description: 'Role on the staff register.' })
  role: StaffRole;

  @Field({ description: 'Post, e.g. 语文教师.' })
  post: string;
}

/** An account as administrators see it: never its password hash or lockout internals. */
@ObjectType({ description: 'A person who signs in, as listed for administrators.' })
export class Account {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Sign-in name (lower case).' })
  username: string;

  @Field({ description: 'Name shown in the app.' })
  displayName: string;

  @Field(() => RoleEnum, { description: 'The role, which decides permissions.' })
  role: Role;

  @Field(() => UnitCodeEnum, { nullable: true, description: 'Committee unit, for committee roles.' })
  unit: UnitCode | null;

  @Field(() => String, { nullable: true, description: 'Name of the institution, for institution roles.' })
  institutionName: string | null;

  @Field(() => ID, { nullable: true, description: 'The institution, for institution roles.' })
  institutionId: string | null;

  @Field(() => String, { nullable: true, description: 'Where alerts are mailed; null: in the app only.' })
  email: string | null;

  @Field(() => LinkedStaffMember, {
    nullable: true,
    description: 'The staff record of the person holding an institution account (REP-11, VET-11).',
  })
  staffMember: LinkedStaffMember | null;

  @Field({ description: 'False until the person sets a password through a set-password link.' })
  hasPassword: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when the outstanding set-password link is valid; null when there is none.',
  })
  setPasswordLinkExpiresAt: Date | null;

  @Field({ description: 'Disabled accounts cannot sign in and their sessions end.' })
  isDisabled: boolean;
}

export function toAccount(entity: AccountEntity): Account {
  return Object.assign(new Account(), {
    id: entity.id,
    username: entity.username,
    displayName: entity.displayName,
    role: entity.role,
    unit: (entity.unitCode as UnitCode | null) ?? null,
    institutionName: entity.institution?.name ?? null,
    institutionId: entity.institutionId,
    email: entity.email,
    staffMember: entity.staffMember
      ? Object.assign(new LinkedStaffMember(), {
          id: entity.staffMember.id,
          name: entity.staffMember.name,
          role: entity.staffMember.role,
          post: entity.staffMember.post,
        })
      : null,
    hasPassword: entity.passwordHash !== null,
    setPasswordLinkExpiresAt: entity.setPasswordTokenHash ? entity.setPasswordExpiresAt : null,
    isDisabled: entity.isDisabled,
  });
}

@ObjectType({ description: 'An account in a page of results.' })
export class AccountEdge {
  @Field({ description: 'Opaque cursor of this item.' })
  cursor: string;

  @Field(() => Account, { description: 'The account.' })
  node: Account;
}

@ObjectType({ description: 'A page of accounts, in username order.' })
export class AccountConnection {
  @Field(() => [AccountEdge], { description: 'The accounts of this page.' })
  edges: AccountEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many accounts match the filter.' })
  totalCount: number;
}

@InputType({ description: 'Narrows the account list.' })
export class AccountFilter {
  @Field(() => String, { nullable: true, description: 'Part of the username or display name.' })
  search?: string | null;
}

@InputType({ description: 'Disables or re-enables an account.' })
export class SetAccountDisabledInput {
  @Field(() => ID, { description: 'The account.' })
  accountId: string;

  @Field({ description: 'True: the account cannot sign in and all its sessions end at once.' })
  isDisabled: boolean;
}

@ObjectType({ implements: ErrorResult, description: 'No such account.' })
export class AccountNotFoundError extends ErrorResult {
  static of(): AccountNotFoundError {
    return Object.assign(new AccountNotFoundError(), {
      code: ErrorCode.NOT_FOUND,
      message: 'Account not found',
    });
  }
}

export const SetAccountDisabledResult = createUnionType({
  name: 'SetAccountDisabledResult',
  description: 'The account, or why not (ValidationError: an administrator cannot disable themself).',
  types: () => [Account, AccountNotFoundError, ValidationError] as const,
});
