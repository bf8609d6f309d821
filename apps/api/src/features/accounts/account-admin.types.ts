import type { StaffRole, UnitCode } from '@xiaohu/domain';
import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, ValidationError } from '../../shared/graphql/error-result';
import { UnitCodeEnum } from '../organisation/organisation.enums';
import { ImportRejectedError } from '../staff/staff.results';
import { StaffRoleEnum, StaffStatusEnum } from '../staff/staff.enums';
import type { StaffStatus } from '../staff/staff-member.entity';
import { Account, AccountNotFoundError } from './account.type';
import { RoleEnum, type Role } from './role';

@InputType({
  description: 'A new account. It has no password: the answer carries a one-time set-password link.',
})
export class CreateAccountInput {
  @Field({ description: 'Sign-in name: 3 to 64 of a-z, 0-9, dot, hyphen, underscore (stored lower case).' })
  username: string;

  @Field({ description: 'Name shown in the app, 1 to 60 characters.' })
  displayName: string;

  @Field(() => RoleEnum, { description: 'The role, which decides permissions.' })
  role: Role;

  @Field(() => UnitCodeEnum, {
    nullable: true,
    description: 'Committee unit: required for SECTION_MEMBER; LEADER is always LEAD; none for other roles.',
  })
  unit?: UnitCode | null;

  @Field(() => ID, { nullable: true, description: 'Institution: required for TEACHER, HEAD and STAFF.' })
  institutionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The staff record of this person, on the same institution’s register (institution roles).',
  })
  staffMemberId?: string | null;

  @Field(() => String, { nullable: true, description: 'Where alerts are mailed; empty: in the app only.' })
  email?: string | null;
}

@InputType({ description: 'An account, by id.' })
export class AccountIdInput {
  @Field(() => ID, { description: 'The account.' })
  accountId: string;
}

@InputType({ description: 'Ends one session of an account, or all of them.' })
export class EndAccountSessionsInput {
  @Field(() => ID, { description: 'The account.' })
  accountId: string;

  @Field(() => ID, { nullable: true, description: 'One session to end; omitted: every open session.' })
  sessionId?: string | null;
}

@InputType({ description: 'Links an institution account to a staff record, or unlinks it.' })
export class SetAccountStaffMemberInput {
  @Field(() => ID, { description: 'The account.' })
  accountId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A staff record of the account’s institution not linked to another account; null unlinks.',
  })
  staffMemberId: string | null;
}

@InputType({ description: 'A new password, with the token of a set-password link.' })
export class SetPasswordInput {
  @Field({ description: 'The token from the set-password link.' })
  token: string;

  @Field({ description: 'The new password: 10 to 256 characters, not containing the username.' })
  password: string;
}

@InputType({ description: 'An .xlsx file of institution heads’ accounts, filled from the template.' })
export class ImportHeadAccountsInput {
  @Field({ description: 'The file, base64 (at most 64 KB).' })
  fileBase64: string;
}

@ObjectType({
  description:
    'An account with its new one-time set-password link. The link is shown once: only a hash of its token is kept.',
})
export class SetPasswordLinkIssued {
  @Field(() => Account, { description: 'The account.' })
  account: Account;

  @Field({
    description: 'Path of the link in the web app, e.g. /set-password#<token>; prefix the site’s origin.',
  })
  setPasswordPath: string;

  @Field({ description: 'Until when the link can be used (once).' })
  expiresAt: Date;
}

@ObjectType({ description: 'Sessions ended by an administrator.' })
export class AccountSessionsEnded {
  @Field(() => Account, { description: 'The account.' })
  account: Account;

  @Field(() => Int, { description: 'How many open sessions were ended.' })
  endedCount: number;
}

@ObjectType({ description: 'An open session of an account (administrators).' })
export class AccountSession {
  @Field(() => ID, { description: 'Session id.' })
  id: string;

  @Field({ description: 'When it was opened (sign-in).' })
  createdAt: Date;

  @Field({ description: 'When it was last used (to within half a minute).' })
  lastSeenAt: Date;

  @Field({ description: 'True for the viewer’s own session.' })
  isCurrent: boolean;
}

@ObjectType({ description: 'A staff record an institution account can be linked to (administrators).' })
export class StaffMemberChoice {
  @Field(() => ID, { description: 'Staff record id.' })
  id: string;

  @Field({ description: 'Name on the register.' })
  name: string;

  @Field(() => StaffRoleEnum, { description: 'Role on the register.' })
  role: StaffRole;

  @Field({ description: 'Post.' })
  post: string;

  @Field(() => StaffStatusEnum, { description: 'Register status.' })
  status: StaffStatus;

  @Field(() => String, { nullable: true, description: 'The account already linked to it, if any.' })
  linkedUsername: string | null;
}

@ObjectType({ description: 'A new password was set; sign in with it.' })
export class PasswordSet {
  @Field({ description: 'The sign-in name of the account.' })
  username: string;
}

@ObjectType({
  implements: ErrorResult,
  description:
    'The set-password link is unknown, used, replaced or expired: ask the administrator for a new one.',
})
export class SetPasswordLinkInvalidError extends ErrorResult {
  static create(): SetPasswordLinkInvalidError {
    return Object.assign(new SetPasswordLinkInvalidError(), {
      code: ErrorCode.NOT_FOUND,
      message: 'This set-password link is not valid (used, replaced or expired)',
    });
  }
}

@ObjectType({ description: 'Every account of the file was created, each with its set-password link.' })
export class HeadAccountsImported {
  @Field(() => [SetPasswordLinkIssued], { description: 'The new accounts, in file order.' })
  created: SetPasswordLinkIssued[];
}

export const CreateAccountResult = createUnionType({
  name: 'CreateAccountResult',
  description: 'The new account with its set-password link, or why not.',
  types: () => [SetPasswordLinkIssued, ValidationError] as const,
});

export const ResetAccountPasswordResult = createUnionType({
  name: 'ResetAccountPasswordResult',
  description: 'A new set-password link (the old password and link stop working, sessions end), or why not.',
  types: () => [SetPasswordLinkIssued, AccountNotFoundError, ValidationError] as const,
});

export const EndAccountSessionsResult = createUnionType({
  name: 'EndAccountSessionsResult',
  description: 'How many sessions ended, or why not.',
  types: () => [AccountSessionsEnded, AccountNotFoundError] as const,
});

export const SetAccountStaffMemberResult = createUnionType({
  name: 'SetAccountStaffMemberResult',
  description: 'The account with its link, or why not (ValidationError on staffMemberId).',
  types: () => [Account, AccountNotFoundError, ValidationError] as const,
});

export const SetPasswordResult = createUnionType({
  name: 'SetPasswordResult',
  description: 'The password was set, or why not.',
  types: () => [PasswordSet, SetPasswordLinkInvalidError, ValidationError] as const,
});

export const ImportHeadAccountsResult = createUnionType({
  name: 'ImportHeadAccountsResult',
  description: 'Every account created, or nothing created and every problem by row.',
  types: () => [HeadAccountsImported, ImportRejectedError, ValidationError] as const,
});
