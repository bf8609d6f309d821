import type {
  CreateAccountMutation,
  EndAccountSessionsMutation,
  ImportHeadAccountsMutation,
  ResetAccountPasswordMutation,
  SetAccountStaffMemberMutation,
  SetPasswordMutation,
} from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';

/** A one-time set-password link, shown to the administrator once. */
export interface IssuedLink {
  username: string;
  displayName: string;
  institutionName?: string | null;
  /** Absolute: the site's origin and the path the server answered. */
  url: string;
  expiresAt: string;
}

export const toLink = (
  origin: string,
  issued: { setPasswordPath: string; expiresAt: string },
  account: { username: string; displayName: string; institutionName?: string | null },
): IssuedLink => ({
  username: account.username,
  displayName: account.displayName,
  institutionName: account.institutionName ?? null,
  url: `${origin}${issued.setPasswordPath}`,
  expiresAt: issued.expiresAt,
});

/** Which field of the create form a ValidationError is about, and what to say. */
const CREATE_FIELD_MESSAGES: Record<string, MessageKey> = {
  username: 'accounts.create.error.username',
  displayName: 'accounts.create.error.displayName',
  email: 'accounts.create.error.email',
  unit: 'accounts.create.error.unit',
  institutionId: 'accounts.create.error.institution',
  staffMemberId: 'accounts.create.error.staff',
};

export type CreateAccountOutcome =
  | { type: 'CREATED'; link: IssuedLink }
  | { type: 'INVALID'; field: string; messageKey: MessageKey; serverMessage: string };

export function toCreateAccountOutcome(
  origin: string,
  result: CreateAccountMutation['createAccount'],
): CreateAccountOutcome {
  switch (result.__typename) {
    case 'SetPasswordLinkIssued':
      return { type: 'CREATED', link: toLink(origin, result, result.account) };
    case 'ValidationError': {
      const field = result.field ?? 'username';
      // A taken username has its own message: the server says so in English only.
      const messageKey: MessageKey = /taken/i.test(result.message)
        ? 'accounts.create.error.usernameTaken'
        : (CREATE_FIELD_MESSAGES[field] ?? 'accounts.create.error.generic');
      return { type: 'INVALID', field, messageKey, serverMessage: result.message };
    }
    default:
      return assertNever(result);
  }
}

export type ResetPasswordOutcome =
  { type: 'ISSUED'; link: IssuedLink } | { type: 'NOT_FOUND' } | { type: 'SELF' };

export function toResetPasswordOutcome(
  origin: string,
  result: ResetAccountPasswordMutation['resetAccountPassword'],
): ResetPasswordOutcome {
  switch (result.__typename) {
    case 'SetPasswordLinkIssued':
      return { type: 'ISSUED', link: toLink(origin, result, result.account) };
    case 'AccountNotFoundError':
      return { type: 'NOT_FOUND' };
    case 'ValidationError':
      return { type: 'SELF' };
    default:
      return assertNever(result);
  }
}

export type EndSessionsOutcome = { type: 'ENDED'; count: number } | { type: 'NOT_FOUND' };

export function toEndSessionsOutcome(
  result: EndAccountSessionsMutation['endAccountSessions'],
): EndSessionsOutcome {
  switch (result.__typename) {
    case 'AccountSessionsEnded':
      return { type: 'ENDED', count: result.endedCount };
    case 'AccountNotFoundError':
      return { type: 'NOT_FOUND' };
    default:
      return assertNever(result);
  }
}

export type LinkStaffOutcome =
  | { type: 'LINKED'; staffName: string | null }
  | { type: 'NOT_FOUND' }
  | { type: 'REFUSED'; serverMessage: string };

export function toLinkStaffOutcome(
  result: SetAccountStaffMemberMutation['setAccountStaffMember'],
): LinkStaffOutcome {
  switch (result.__typename) {
    case 'Account':
      return { type: 'LINKED', staffName: result.staffMember?.name ?? null };
    case 'AccountNotFoundError':
      return { type: 'NOT_FOUND' };
    case 'ValidationError':
      return { type: 'REFUSED', serverMessage: result.message };
    default:
      return assertNever(result);
  }
}

export interface HeadImportRowError {
  row: number;
  column?: string | null;
  message: string;
}

export type ImportHeadsOutcome =
  | { type: 'IMPORTED'; links: IssuedLink[] }
  | { type: 'REJECTED'; rowCount: number; errors: HeadImportRowError[] }
  | { type: 'EMPTY_OR_TOO_LARGE' };

export function toImportHeadsOutcome(
  origin: string,
  result: ImportHeadAccountsMutation['importHeadAccounts'],
): ImportHeadsOutcome {
  switch (result.__typename) {
    case 'HeadAccountsImported':
      return { type: 'IMPORTED', links: result.created.map((c) => toLink(origin, c, c.account)) };
    case 'ImportRejectedError':
      return { type: 'REJECTED', rowCount: result.rowCount, errors: result.errors };
    case 'ValidationError':
      return { type: 'EMPTY_OR_TOO_LARGE' };
    default:
      return assertNever(result);
  }
}

export type SetPasswordOutcome =
  { type: 'SET'; username: string } | { type: 'LINK_INVALID' } | { type: 'WEAK_PASSWORD' };

export function toSetPasswordOutcome(result: SetPasswordMutation['setPassword']): SetPasswordOutcome {
  switch (result.__typename) {
    case 'PasswordSet':
      return { type: 'SET', username: result.username };
    case 'SetPasswordLinkInvalidError':
      return { type: 'LINK_INVALID' };
    case 'ValidationError':
      return { type: 'WEAK_PASSWORD' };
    default:
      return assertNever(result);
  }
}
