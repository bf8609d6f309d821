import { IntakeEntity } from './intake.entity';
import { SchoolClassEntity } from './school-class.entity';

/** Intakes and classes (PRV-6 to PRV-8), listed once for shared/db/entities.ts. */
export const CLASSES_ENTITIES = [IntakeEntity, SchoolClassEntity];
