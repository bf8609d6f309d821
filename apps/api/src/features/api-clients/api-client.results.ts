import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, ValidationError } from '../../shared/graphql/error-result';
import { ApiClient } from './api-client.type';

@ObjectType({
  description:
    'A token issued: shown once, here; only its SHA-256 is stored. Send it as Authorization: Bearer.',
})
export class ApiClientTokenIssued {
  @Field(() => ApiClient, { description: 'The client.' })
  client: ApiClient;

  @Field({ description: 'The token (xh_…). Copy it now: it cannot be shown again.' })
  token: string;

  @Field({ description: 'When it stops working.' })
  expiresAt: Date;
}

@ObjectType({ implements: ErrorResult, description: 'No such API client.' })
export class ApiClientNotFoundError extends ErrorResult {
  static of(): ApiClientNotFoundError {
    return Object.assign(new ApiClientNotFoundError(), {
      code: ErrorCode.NOT_FOUND,
      message: 'API client not found',
    });
  }
}

@ObjectType({
  implements: ErrorResult,
  description:
    'The viewer may not do this (ORG-3: administrators; nothing is left to do with a revoked client).',
})
export class ApiClientForbiddenError extends ErrorResult {
  @Field({ description: 'The rule of the API-client policy that refuses it.' })
  ruleId: string;

  static of(message: string, ruleId: string): ApiClientForbiddenError {
    return Object.assign(new ApiClientForbiddenError(), { code: ErrorCode.FORBIDDEN, message, ruleId });
  }
}

export const CreateApiClientResult = createUnionType({
  name: 'CreateApiClientResult',
  description: 'The client with its first token, or why not.',
  types: () => [ApiClientTokenIssued, ValidationError, ApiClientForbiddenError] as const,
});

export const RotateApiClientTokenResult = createUnionType({
  name: 'RotateApiClientTokenResult',
  description: 'The client with its new token, or why not.',
  types: () =>
    [ApiClientTokenIssued, ValidationError, ApiClientNotFoundError, ApiClientForbiddenError] as const,
});

export const RevokeApiClientResult = createUnionType({
  name: 'RevokeApiClientResult',
  description: 'The revoked client, or why not.',
  types: () => [ApiClient, ApiClientNotFoundError, ApiClientForbiddenError] as const,
});
