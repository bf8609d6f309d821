import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { CareStateError } from '../../care-records/care-records.results';
import { readClass } from '../classes-view';
import type { CloseClassInput } from '../classes.inputs';
import { SchoolClassEntity } from '../school-class.entity';
import { authorizeClasses, loadClass } from './class-command';

/** The head closes a class that left (graduated, merged); it is kept for its records. */
export async function closeClass(context: RequestContext, input: CloseClassInput) {
  const now = context.clock.now();
  return runCommand(context, {
    action: 'classes.closeClass',
    targetType: 'school_class',
    targetId: input.classId,
    load: (manager, actor) => loadClass(manager, actor, input.classId, context.policy),
    authorize: ({ institution }) => authorizeClasses(institution),
    execute: async (manager, { institution, schoolClass }) => {
      if (schoolClass.closed_at) return { result: CareStateError.of('The class is already closed') };
      await manager.getRepository(SchoolClassEntity).update({ id: schoolClass.id }, { closedAt: now });
      return {
        result: await readClass(manager, schoolClass.id),
        details: { institutionId: institution.id },
      };
    },
  });
}
