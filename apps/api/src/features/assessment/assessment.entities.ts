import {
  AssessmentSanctionEntity,
  VetoReviewEntity,
  VetoStatementEntity,
} from './assessment-decision.entities';
import { AssessmentFindingEntity } from './assessment-finding.entity';
import { AssessmentPeriodEntity } from './assessment-period.entity';
import { AssessmentEntity } from './assessment.entity';

/** The assessment feature's tables, listed once for shared/db/entities.ts. */
export const ASSESSMENT_ENTITIES = [
  AssessmentPeriodEntity,
  AssessmentEntity,
  AssessmentFindingEntity,
  VetoStatementEntity,
  VetoReviewEntity,
  AssessmentSanctionEntity,
];
