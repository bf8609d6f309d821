import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { recordDormEntry } from './commands/record-dorm-entry';
import { recordDormExit } from './commands/record-dorm-exit';
import { listDormEntries, readDormDoor, searchDoorPeople } from './dorm-queries';
import { DormEntryFilter, RecordDormEntryInput, RecordDormExitInput } from './dorms.inputs';
import { RecordDormEntryResult, RecordDormExitResult } from './dorms.results';
import { DormDoor, DormDoorPerson, DormEntryConnection } from './dorms.type';

@Resolver()
export class DormsResolver {
  @Allow('VIEW_DORM_ENTRIES')
  @Query(() => DormEntryConnection, {
    description: 'PRV-4: dorm entries and refused attempts the viewer reads (head, 安稳办, leadership).',
  })
  dormEntries(
    @Ctx() context: RequestContext,
    @Arg('filter', () => DormEntryFilter, { nullable: true, description: 'Which entries.' })
    filter: DormEntryFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (1-100, default 20).' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the previous page’s end.' })
    after: string | null,
  ): Promise<DormEntryConnection> {
    return listDormEntries(context, filter, first, after);
  }

  @Allow('RECORD_DORM_ENTRIES')
  @Query(() => DormDoor, {
    nullable: true,
    description: 'PRV-4: the viewer’s own dormitory door and who is inside; null without an institution.',
  })
  dormDoor(@Ctx() context: RequestContext): Promise<DormDoor | null> {
    return readDormDoor(context);
  }

  @Allow('RECORD_DORM_ENTRIES')
  @Query(() => [DormDoorPerson], {
    description: 'PRV-4: people of the door’s staff register by name (at most 20); empty for non-keepers.',
  })
  dormDoorPeople(
    @Ctx() context: RequestContext,
    @Arg('search', { description: 'Part of the name; empty for the first 20.' }) search: string,
  ): Promise<DormDoorPerson[]> {
    return searchDoorPeople(context, search);
  }

  @Allow('RECORD_DORM_ENTRIES')
  @Mutation(() => RecordDormEntryResult, {
    description: 'PRV-4: someone at the door now; refused attempts are recorded and answered as refusals.',
  })
  recordDormEntry(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordDormEntryInput, { description: 'Who and why.' }) input: RecordDormEntryInput,
  ) {
    return recordDormEntry(context, input);
  }

  @Allow('RECORD_DORM_ENTRIES')
  @Mutation(() => RecordDormExitResult, { description: 'PRV-4: someone left the dormitory now.' })
  recordDormExit(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordDormExitInput, { description: 'The entry.' }) input: RecordDormExitInput,
  ) {
    return recordDormExit(context, input);
  }
}
