import type { RequestContext } from '../../../context';
import { toAccessActor } from '../../../shared/auth/actor';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { accessOf } from '../../incidents/incident-facts';
import { IncidentEntity } from '../../incidents/incident.entity';
import { isUuid } from '../../places/place-register';
import { ChildFileCaseEntity } from '../child-file-case.entity';
import { accessToFile } from '../child-file-view';
import type { LinkChildFileCaseInput } from '../child-files.inputs';
import { ChildFileNotFoundError } from '../child-files.results';
import { loadFileForChange, refuseChange, viewAfterChange } from './child-file-command.support';

/**
 * PRV-8: a carer links a case about the child to the file: a case of the same institution that she may
 * read (caseAccess); any other case is answered as missing. Linking twice changes nothing.
 */
export async function linkChildFileCase(context: RequestContext, input: LinkChildFileCaseInput) {
  return runCommand(context, {
    action: 'childFile.linkCase',
    targetType: 'child_file',
    targetId: input.fileId,
    validate: () => (isUuid(input.caseId) ? null : ValidationError.of('caseId', 'caseId is not a case id')),
    load: async (manager, actor) => {
      const loaded = await loadFileForChange(manager, actor, input.fileId);
      if (loaded instanceof ChildFileNotFoundError) return loaded;
      const incident = await manager.getRepository(IncidentEntity).findOneBy({ id: input.caseId });
      if (
        !incident ||
        incident.institutionId !== loaded.file.institutionId ||
        accessOf(incident, loaded.institution.kind, toAccessActor(actor), context.policy).level === 'NONE'
      )
        return ChildFileNotFoundError.of();
      return { ...loaded, incident };
    },
    authorize: (loaded, actor) =>
      refuseChange(
        loaded,
        accessToFile(loaded, toAccessActor(actor)).can.updateFile,
        'Only the child’s head teacher, counsellors and the head link cases',
      ),
    execute: async (manager, { file, incident }, actor) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(ChildFileCaseEntity)
        .values({
          childFileId: file.id,
          caseId: incident.id,
          linkedByAccountId: actor.accountId,
          linkedAt: context.clock.now(),
        })
        .orIgnore()
        .execute();
      return {
        result: await viewAfterChange(manager, context, actor, file.id),
        details: { institutionId: file.institutionId, caseId: incident.id, ruleId: 'PRV-8' },
      };
    },
  });
}
