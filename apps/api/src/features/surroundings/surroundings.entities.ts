import { RiskFollowUpEntity } from './risk-follow-up.entity';
import { RiskSubjectEntity } from './risk-subject.entity';

/** The surroundings feature's tables (PRV-3), listed once for shared/db/entities.ts. */
export const SURROUNDINGS_ENTITIES = [RiskSubjectEntity, RiskFollowUpEntity];
