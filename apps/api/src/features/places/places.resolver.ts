import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { signedIn } from '../../shared/auth/signed-in';
import { recordBlindSpotSelfInspection } from './commands/record-blind-spot-self-inspection';
import { recordMonitoredPlace } from './commands/record-monitored-place';
import { loadPlaceInstitution, readRegister } from './place-register';
import { listPlaceRegisters } from './place-registers';
import {
  PlaceRegisterFilter,
  RecordBlindSpotSelfInspectionInput,
  RecordMonitoredPlaceInput,
} from './places.inputs';
import { RecordBlindSpotSelfInspectionResult, RecordMonitoredPlaceResult } from './places.results';
import { MonitoredPlaceRegister, PlaceRegisterSummary } from './places.type';

@Resolver()
export class PlacesResolver {
  @Allow('VIEW_MONITORED_PLACES')
  @Query(() => MonitoredPlaceRegister, {
    nullable: true,
    description: 'PRV-2: an institution’s monitored places; null when missing or not readable.',
  })
  async monitoredPlaces(
    @Ctx() context: RequestContext,
    @Arg('institutionId', () => ID, { description: 'The institution.' }) institutionId: string,
  ): Promise<MonitoredPlaceRegister | null> {
    const manager = context.dataSource.manager;
    const institution = await loadPlaceInstitution(manager, signedIn(context), institutionId, context.policy);
    return institution ? readRegister(manager, institution, context.clock.now(), context.policy) : null;
  }

  @Allow('VIEW_MONITORED_PLACES')
  @Query(() => [PlaceRegisterSummary], {
    description:
      'PRV-2: the district overview: the place register of every institution the viewer reads, by name.',
  })
  placeRegisters(
    @Ctx() context: RequestContext,
    @Arg('filter', () => PlaceRegisterFilter, {
      nullable: true,
      description: 'Section, institution kind, street, only registers with gaps.',
    })
    filter: PlaceRegisterFilter | null,
  ): Promise<PlaceRegisterSummary[]> {
    return listPlaceRegisters(
      context.dataSource.manager,
      signedIn(context),
      filter,
      context.clock.now(),
      context.policy,
    );
  }

  @Allow('VIEW_MONITORED_PLACES')
  @Mutation(() => RecordMonitoredPlaceResult, { description: 'PRV-2: the head adds or changes a place.' })
  recordMonitoredPlace(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordMonitoredPlaceInput, { description: 'The place.' })
    input: RecordMonitoredPlaceInput,
  ) {
    return recordMonitoredPlace(context, input);
  }

  @Allow('VIEW_MONITORED_PLACES')
  @Mutation(() => RecordBlindSpotSelfInspectionResult, {
    description: 'PRV-2: the head records a blind-spot self-inspection.',
  })
  recordBlindSpotSelfInspection(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordBlindSpotSelfInspectionInput, { description: 'The day.' })
    input: RecordBlindSpotSelfInspectionInput,
  ) {
    return recordBlindSpotSelfInspection(context, input);
  }
}
