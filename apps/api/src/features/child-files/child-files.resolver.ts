import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { closeChildFile } from './commands/close-child-file';
import { linkChildFileCase } from './commands/link-child-file-case';
import { openChildFile } from './commands/open-child-file';
import { recordWelfareTalk } from './commands/record-welfare-talk';
import { updateChildFile } from './commands/update-child-file';
import { childFileForm, countChildFiles, listChildFiles, readChildFile } from './child-file-queries';
import {
  CloseChildFileInput,
  LinkChildFileCaseInput,
  OpenChildFileInput,
  RecordWelfareTalkInput,
  UpdateChildFileInput,
} from './child-files.inputs';
import {
  CloseChildFileResult,
  LinkChildFileCaseResult,
  OpenChildFileResult,
  RecordWelfareTalkResult,
  UpdateChildFileResult,
} from './child-files.results';
import { ChildFile, ChildFileCount, ChildFileForm, ChildFileList } from './child-files.type';

@Resolver()
export class ChildFilesResolver {
  @Allow('VIEW_CHILD_FILES')
  @Query(() => ChildFileList, {
    description:
      'PRV-8: the watched children the viewer is responsible for (names for the need-to-know group only; ' +
      'the district’s others get counts from childFileCounts). Audited.',
  })
  childFiles(
    @Ctx() context: RequestContext,
    @Arg('includeClosed', () => Boolean, { nullable: true, description: 'Closed files too.' })
    includeClosed: boolean | null,
  ): Promise<ChildFileList> {
    return listChildFiles(context, includeClosed ?? false);
  }

  @Allow('VIEW_CHILD_FILES')
  @Query(() => ChildFile, {
    nullable: true,
    description: 'PRV-8: one file; null when missing or refused. Every read is audited, refusals too.',
  })
  childFile(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The file.' }) id: string,
  ): Promise<ChildFile | null> {
    return readChildFile(context, id);
  }

  @Allow('VIEW_CHILD_FILES')
  @Query(() => [ChildFileCount], {
    description: 'PRV-8: open files and overdue talks per institution and category: counts, never names.',
  })
  childFileCounts(@Ctx() context: RequestContext): Promise<ChildFileCount[]> {
    return countChildFiles(context);
  }

  @Allow('VIEW_CHILD_FILES')
  @Query(() => ChildFileForm, {
    description:
      'PRV-8: classes, categories and staff the viewer may open a file with (empty lists if none).',
  })
  childFileForm(@Ctx() context: RequestContext): Promise<ChildFileForm> {
    return childFileForm(context);
  }

  @Allow('VIEW_CHILD_FILES')
  @Mutation(() => OpenChildFileResult, { description: 'PRV-8: open a file for a child who needs watching.' })
  openChildFile(
    @Ctx() context: RequestContext,
    @Arg('input', () => OpenChildFileInput, { description: 'The child and the files.' })
    input: OpenChildFileInput,
  ) {
    return openChildFile(context, input);
  }

  @Allow('VIEW_CHILD_FILES')
  @Mutation(() => UpdateChildFileResult, { description: 'PRV-8: change a file.' })
  updateChildFile(
    @Ctx() context: RequestContext,
    @Arg('input', () => UpdateChildFileInput, { description: 'The changes.' }) input: UpdateChildFileInput,
  ) {
    return updateChildFile(context, input);
  }

  @Allow('VIEW_CHILD_FILES')
  @Mutation(() => CloseChildFileResult, { description: 'PRV-8: close a file (the head).' })
  closeChildFile(
    @Ctx() context: RequestContext,
    @Arg('input', () => CloseChildFileInput, { description: 'The file and why.' }) input: CloseChildFileInput,
  ) {
    return closeChildFile(context, input);
  }

  @Allow('VIEW_CHILD_FILES')
  @Mutation(() => RecordWelfareTalkResult, { description: 'PRV-8: record a talk or class meeting held.' })
  recordWelfareTalk(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordWelfareTalkInput, { description: 'The talk.' }) input: RecordWelfareTalkInput,
  ) {
    return recordWelfareTalk(context, input);
  }

  @Allow('VIEW_CHILD_FILES')
  @Mutation(() => LinkChildFileCaseResult, { description: 'PRV-8: link a case about the child to the file.' })
  linkChildFileCase(
    @Ctx() context: RequestContext,
    @Arg('input', () => LinkChildFileCaseInput, { description: 'The file and the case.' })
    input: LinkChildFileCaseInput,
  ) {
    return linkChildFileCase(context, input);
  }
}
