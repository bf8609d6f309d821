import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountsResolver } from './features/accounts/accounts.resolver';
import { AuditResolver } from './features/audit/audit.resolver';
import { AuthResolver } from './features/auth/auth.resolver';
import { InstitutionsResolver } from './features/institutions/institutions.resolver';
import { OrganisationResolver } from './features/organisation/organisation.resolver';
import { requireDeclaredAccess } from './shared/auth/access';
import { cleanInputText } from './shared/graphql/input-hygiene';
import { IncidentsResolver } from './features/incidents/incidents.resolver';
import { NotificationsResolver } from './features/notifications/notifications.resolver';
import { STAFF_RESOLVERS } from './features/staff/staff.resolvers';

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      AuthResolver,
      InstitutionsResolver,
      OrganisationResolver,
      AuditResolver,
      IncidentsResolver,
      NotificationsResolver,
      ...STAFF_RESOLVERS,
      AccountsResolver,
    ],
    // Access first, then every text argument cleaned once at the boundary (input-hygiene.ts).
    globalMiddlewares: [requireDeclaredAccess, cleanInputText],
    // Inputs are otherwise checked in the services, which answer expected failures as typed results.
    validate: false,
    emitSchemaFile: false,
  });
}

const HEADER = '# Generated from apps/api/src by `pnpm --filter @xiaohu/api emit-schema`. Do not edit.\n\n';

/** The committed SDL: sorted, so the file only changes when the schema does. */
export function renderSchemaSdl(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
