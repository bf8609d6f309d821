import { TrainingAttendanceEntity } from './training-attendance.entity';
import { TrainingSessionEntity } from './training-session.entity';

/** Staff training (PRV-5, PRV-9, PRV-10), listed once for shared/db/entities.ts. */
export const TRAINING_ENTITIES = [TrainingSessionEntity, TrainingAttendanceEntity];
