import { BullyingDocumentEntity } from './bullying-document.entity';
import { CounsellingFacilityEntity } from './counselling-facility.entity';
import { CourseDeliveryEntity } from './course-delivery.entity';
import { LegalVicePrincipalEntity } from './legal-vice-principal.entity';
import { TeachingPlanEntryEntity } from './teaching-plan-entry.entity';

/** An institution's care records (PRV-5 to PRV-7, PRV-10), listed once for shared/db/entities.ts. */
export const CARE_RECORDS_ENTITIES = [
  LegalVicePrincipalEntity,
  CourseDeliveryEntity,
  TeachingPlanEntryEntity,
  CounsellingFacilityEntity,
  BullyingDocumentEntity,
];
