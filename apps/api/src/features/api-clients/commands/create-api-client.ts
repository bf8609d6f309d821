import { randomBytes } from 'node:crypto';
import {
  API_CLIENT_LIMITS,
  apiClientScopeProblem,
  apiClientsAccess,
  isValidRateLimit,
  isValidTokenDays,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context';
import type { SignedInActor } from '../../../shared/auth/actor';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { AccountEntity } from '../../accounts/account.entity';
import { API_CLIENT_USERNAME_PREFIX, checkPlacement } from '../../accounts/account-rules';
import { CaseOfficerEntity } from '../../incidents/case-officer.entity';
import { InstitutionEntity } from '../../institutions/institution.entity';
import { ApiClientEntity } from '../api-client.entities';
import type { CreateApiClientInput } from '../api-client.inputs';
import { ApiClientForbiddenError, ApiClientTokenIssued } from '../api-client.results';
import { loadApiClients } from '../api-client-view';
import { issueApiToken } from './issue-api-token';

interface Checked {
  name: string;
  description: string | null;
  unitCode: string | null;
  institutionId: string | null;
  tokenDays: number;
  rateLimitPerMinute: number;
}

function check(input: CreateApiClientInput): Checked | ValidationError {
  const name = boundedText(input.name, 'name', 'apiClientName', true);
  const description = boundedText(input.description, 'description', 'apiClientDescription', false);
  const invalid = firstInvalid(name, description);
  if (invalid) return invalid;
  const scope = apiClientScopeProblem({
    role: input.role,
    unit: input.unit ?? null,
    isDesignatedCaseOfficer: input.isDesignatedCaseOfficer,
  });
  if (scope === 'ROLE_NOT_ALLOWED')
    return ValidationError.of('role', 'An API client cannot be an administrator');
  const placement = checkPlacement(input.role, input.unit, input.institutionId);
  if (placement instanceof ValidationError) return placement;
  if (scope === 'NOT_A_SAFETY_MEMBER')
    return ValidationError.of(
      'isDesignatedCaseOfficer',
      'Only a 安稳办 (SAFETY) section member’s scope can carry the designated officer’s need-to-know',
    );
  const tokenDays = input.tokenDays ?? API_CLIENT_LIMITS.defaultTokenDays;
  if (!isValidTokenDays(tokenDays))
    return ValidationError.of('tokenDays', `tokenDays: 1 to ${API_CLIENT_LIMITS.maxTokenDays}`);
  const rateLimitPerMinute = input.rateLimitPerMinute ?? API_CLIENT_LIMITS.defaultRateLimitPerMinute;
  if (!isValidRateLimit(rateLimitPerMinute))
    return ValidationError.of(
      'rateLimitPerMinute',
      `rateLimitPerMinute: 1 to ${API_CLIENT_LIMITS.maxRateLimitPerMinute}`,
    );
  return {
    name: name as string,
    description: description as string | null,
    ...placement,
    tokenDays,
    rateLimitPerMinute,
  };
}

/** The account a client acts as: nobody signs in to it (no password, a username people cannot take). */
async function insertClientAccount(
  manager: EntityManager,
  input: CreateApiClientInput,
  fields: Checked,
): Promise<string> {
  const { identifiers } = await manager.getRepository(AccountEntity).insert({
    // ':' is outside the usernames people may have (checkUsername).
    username: `${API_CLIENT_USERNAME_PREFIX}${randomBytes(8).toString('hex')}`,
    displayName: fields.name,
    email: null,
    role: input.role,
    unitCode: fields.unitCode,
    institutionId: fields.institutionId,
    passwordHash: null,
    staffMemberId: null,
    isDisabled: false,
  });
  return identifiers[0].id as string;
}

/** Registers an API client and issues its first token, shown once. Administrators (apiClientsAccess). */
export function createApiClient(context: RequestContext, input: CreateApiClientInput) {
  const now = context.clock.now();
  const checked = check(input);
  return runCommand<Checked | ValidationError>(context, {
    action: 'apiClient.create',
    targetType: 'api_client',
    targetId: null,
    validate: () => (checked instanceof ValidationError ? checked : null),
    load: async (manager) => {
      const fields = checked as Checked;
      if (
        fields.institutionId &&
        !(await manager.getRepository(InstitutionEntity).existsBy({ id: fields.institutionId }))
      )
        return ValidationError.of('institutionId', 'No such institution');
      return fields;
    },
    authorize: (_fields, actor: SignedInActor) => {
      const { canCreate } = apiClientsAccess({ role: actor.role, apiClientId: actor.apiClient?.id ?? null });
      return canCreate.allowed
        ? null
        : ApiClientForbiddenError.of('Only an administrator registers API clients', canCreate.ruleId);
    },
    execute: async (manager, fields, actor) => {
      const accountId = await insertClientAccount(manager, input, fields);
      if (input.isDesignatedCaseOfficer)
        await manager.getRepository(CaseOfficerEntity).insert({ accountId, designatedAt: now });
      const { identifiers } = await manager.getRepository(ApiClientEntity).insert({
        name: fields.name,
        description: fields.description,
        accountId,
        canWrite: input.canWrite,
        rateLimitPerMinute: fields.rateLimitPerMinute,
        createdAt: now,
        createdByAccountId: actor.accountId,
        revokedAt: null,
        lastUsedAt: null,
        rateWindowStartedAt: null,
        rateWindowCalls: 0,
      });
      const clientId = identifiers[0].id as string;
      const issued = await issueApiToken(manager, clientId, now, fields.tokenDays);
      const [client] = await loadApiClients(manager, actor, now, context.policy.timeZone, [clientId]);
      return {
        result: Object.assign(new ApiClientTokenIssued(), { client, ...issued }),
        targetId: clientId,
        details: {
          name: fields.name,
          role: input.role,
          canWrite: input.canWrite,
          isDesignatedCaseOfficer: input.isDesignatedCaseOfficer,
          tokenPrefix: issued.token.slice(0, 7),
          expiresAt: issued.expiresAt.toISOString(),
        },
      };
    },
  });
}
