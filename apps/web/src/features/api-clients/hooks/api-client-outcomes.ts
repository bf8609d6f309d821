import type {
  CreateApiClientMutation,
  RevokeApiClientMutation,
  RotateApiClientTokenMutation,
} from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';

/** A token as the server answered it: shown once, then gone (only its hash is kept). */
export interface IssuedToken {
  clientName: string;
  token: string;
  expiresAt: string;
}

/** Which field of the create form a ValidationError is about, and what to say. */
const CREATE_FIELD_MESSAGES: Record<string, MessageKey> = {
  name: 'apiClients.error.name',
  description: 'apiClients.error.description',
  role: 'apiClients.error.role',
  unit: 'apiClients.error.unit',
  institutionId: 'apiClients.error.institution',
  isDesignatedCaseOfficer: 'apiClients.error.designated',
  tokenDays: 'apiClients.error.tokenDays',
  rateLimitPerMinute: 'apiClients.error.rateLimit',
};

export type IssueTokenOutcome =
  | { type: 'ISSUED'; issued: IssuedToken }
  | { type: 'INVALID'; field: string; messageKey: MessageKey }
  | { type: 'REFUSED'; messageKey: MessageKey };

export function toCreateApiClientOutcome(
  result: CreateApiClientMutation['createApiClient'],
): IssueTokenOutcome {
  switch (result.__typename) {
    case 'ApiClientTokenIssued':
      return {
        type: 'ISSUED',
        issued: { clientName: result.client.name, token: result.token, expiresAt: result.expiresAt },
      };
    case 'ValidationError': {
      const field = result.field ?? 'name';
      return {
        type: 'INVALID',
        field,
        messageKey: CREATE_FIELD_MESSAGES[field] ?? 'apiClients.error.generic',
      };
    }
    case 'ApiClientForbiddenError':
      return { type: 'REFUSED', messageKey: 'apiClients.error.forbidden' };
    default:
      return assertNever(result);
  }
}

export function toRotateOutcome(
  result: RotateApiClientTokenMutation['rotateApiClientToken'],
): IssueTokenOutcome {
  switch (result.__typename) {
    case 'ApiClientTokenIssued':
      return {
        type: 'ISSUED',
        issued: { clientName: result.client.name, token: result.token, expiresAt: result.expiresAt },
      };
    case 'ValidationError':
      return {
        type: 'INVALID',
        field: result.field ?? 'overlapHours',
        messageKey: 'apiClients.error.generic',
      };
    case 'ApiClientNotFoundError':
      return { type: 'REFUSED', messageKey: 'apiClients.error.notFound' };
    case 'ApiClientForbiddenError':
      return { type: 'REFUSED', messageKey: 'apiClients.error.forbidden' };
    default:
      return assertNever(result);
  }
}

export type RevokeOutcome = { type: 'REVOKED' } | { type: 'REFUSED'; messageKey: MessageKey };

export function toRevokeOutcome(result: RevokeApiClientMutation['revokeApiClient']): RevokeOutcome {
  switch (result.__typename) {
    case 'ApiClient':
      return { type: 'REVOKED' };
    case 'ApiClientNotFoundError':
      return { type: 'REFUSED', messageKey: 'apiClients.error.notFound' };
    case 'ApiClientForbiddenError':
      return { type: 'REFUSED', messageKey: 'apiClients.error.forbidden' };
    default:
      return assertNever(result);
  }
}
