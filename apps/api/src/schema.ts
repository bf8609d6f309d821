import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountsResolver } from './features/accounts/accounts.resolver';
import { AssessmentResolver } from './features/assessment/assessment.resolver';
import { SurroundingsResolver } from './features/surroundings/surroundings.resolver';
import { WebhooksResolver } from './features/webhooks/webhooks.resolver';
import { TipsResolver } from './features/tips/tips.resolver';
import { RiskFollowUpPhotosResolver } from './features/surroundings/follow-up-photos.resolver';
import { AuditResolver } from './features/audit/audit.resolver';
import { AuthResolver } from './features/auth/auth.resolver';
import { InstitutionsResolver } from './features/institutions/institutions.resolver';
import { OrganisationResolver } from './features/organisation/organisation.resolver';
import { assertEveryRootFieldDeclared } from './shared/auth/access';
import { applyInputHygiene } from './shared/graphql/input-hygiene';
import { IncidentsResolver } from './features/incidents/incidents.resolver';
import { BullyingStepsResolver } from './features/incidents/bullying-steps.resolver';
import { CareGapsResolver, MyWorkCareGapsResolver } from './features/care-gaps/care-gaps.resolver';
import { NotificationsResolver } from './features/notifications/notifications.resolver';
import { NotificationsLiveResolver } from './features/notifications/notifications-live.resolver';
import { CaseLiveResolver } from './features/incidents/case-live.resolver';
import { STAFF_RESOLVERS } from './features/staff/staff.resolvers';
import { ViewerHomeResolver, WorkResolver } from './features/work/work.resolver';
import { OversightResolver, ViewerOversightResolver } from './features/oversight/oversight.resolver';
import { PlacesResolver } from './features/places/places.resolver';
import { MonitoredPlacePhotosResolver } from './features/places/place-photos.resolver';
import { DormsResolver } from './features/dorms/dorms.resolver';
import { ClassesResolver } from './features/classes/classes.resolver';
import { CareRecordsResolver } from './features/care-records/care-records.resolver';
import { ChildFilesResolver } from './features/child-files/child-files.resolver';
import { ViewerDeveloperResolver } from './features/developer/developer.resolver';
import { TrainingResolver } from './features/training/training.resolver';
import { InspectionsResolver } from './features/inspections/inspections.resolver';
import { ApiClientsResolver } from './features/api-clients/api-clients.resolver';
import { CaseInspectionResolver } from './features/inspections/case-inspection.resolver';
import {
  HazardPhotosResolver,
  RectificationPhotosResolver,
} from './features/inspections/hazard-photos.resolver';

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      AuthResolver,
      InstitutionsResolver,
      OrganisationResolver,
      AuditResolver,
      IncidentsResolver,
      BullyingStepsResolver,
      NotificationsResolver,
      NotificationsLiveResolver,
      CaseLiveResolver,
      ...STAFF_RESOLVERS,
      AccountsResolver,
      WorkResolver,
      CareGapsResolver,
      MyWorkCareGapsResolver,
      ViewerHomeResolver,
      OversightResolver,
      ViewerOversightResolver,
      AssessmentResolver,
      SurroundingsResolver,
      RiskFollowUpPhotosResolver,
      PlacesResolver,
      MonitoredPlacePhotosResolver,
      DormsResolver,
      ClassesResolver,
      CareRecordsResolver,
      TrainingResolver,
      InspectionsResolver,
      CaseInspectionResolver,
      HazardPhotosResolver,
      RectificationPhotosResolver,
      ChildFilesResolver,
      ApiClientsResolver,
      WebhooksResolver,
      ViewerDeveloperResolver,
      TipsResolver,
    ],
    // No global middleware: it would wrap every field of every answer in an async call. Access is
    // declared per root field (@Allow, checked complete below) and text is cleaned only on fields that
    // take text arguments (input-hygiene.ts).
    // Inputs are otherwise checked in the services, which answer expected failures as typed results.
    validate: false,
    // Every subscription has its own `subscribe` (shared/realtime: the database's change feed); this
    // in-process pub/sub exists because type-graphql insists on one, and nothing publishes to it.
    pubSub: {
      publish: () => {
        throw new Error('Subscriptions are fed by the change feed, not type-graphql’s pubSub');
      },
      subscribe: () => {
        throw new Error('Subscriptions are fed by the change feed, not type-graphql’s pubSub');
      },
    },
    emitSchemaFile: false,
  });
  assertEveryRootFieldDeclared(schema);
  return applyInputHygiene(schema);
}

const HEADER = '# Generated from apps/api/src by `pnpm --filter @xiaohu/api emit-schema`. Do not edit.\n\n';

/** The committed SDL: sorted, so the file only changes when the schema does. */
export function renderSchemaSdl(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
