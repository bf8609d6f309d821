import { HazardAlertEntity, HazardEntity, HazardRectificationEntity } from './hazard.entities';
import {
  InspectionCampaignEntity,
  InspectionCampaignInstitutionEntity,
} from './inspection-campaign.entities';
import { InspectionEntity, InspectionItemResultEntity } from './inspection.entities';
import { InspectionTemplateEntity, InspectionTemplateItemEntity } from './inspection-template.entities';

/** The inspections feature's tables, listed once for shared/db/entities.ts. */
export const INSPECTION_ENTITIES = [
  InspectionTemplateEntity,
  InspectionTemplateItemEntity,
  InspectionCampaignEntity,
  InspectionCampaignInstitutionEntity,
  InspectionEntity,
  InspectionItemResultEntity,
  HazardEntity,
  HazardRectificationEntity,
  HazardAlertEntity,
];
