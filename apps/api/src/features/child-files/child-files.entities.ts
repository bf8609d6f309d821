import { ChildFileCaseEntity } from './child-file-case.entity';
import { ChildFileEntity } from './child-file.entity';
import { WelfareTalkEntity } from './welfare-talk.entity';

/** Watched children's files (PRV-8), listed once for shared/db/entities.ts. */
export const CHILD_FILES_ENTITIES = [ChildFileEntity, WelfareTalkEntity, ChildFileCaseEntity];
