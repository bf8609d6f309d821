import type { InspectionItemGroup, InspectionKind, InspectionResult } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { InstitutionEntity } from '../institutions/institution.entity';
import { InspectionCampaignEntity } from './inspection-campaign.entities';
import { InspectionTemplateEntity, InspectionTemplateItemEntity } from './inspection-template.entities';

/** PRV-1, ORG-3: one inspection of an institution: its self-inspection in a campaign, or an inspector's. */
@Entity({ name: 'inspection' })
@Index('inspection_campaign_id_institution_id_self_key', ['campaignId', 'institutionId'], {
  unique: true,
  where: `"kind" = 'SELF'`,
})
@Index('inspection_institution_id_idx', ['institutionId', 'startedAt'])
export class InspectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => InspectionCampaignEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'inspection_campaign_id_fkey' })
  campaign?: InspectionCampaignEntity;

  @Column({ type: 'uuid', nullable: true })
  campaignId: string | null;

  @ManyToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'inspection_institution_id_fkey' })
  institution?: InstitutionEntity;

  @Column({ type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => InspectionTemplateEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'inspection_template_id_fkey' })
  template?: InspectionTemplateEntity;

  @Column({ type: 'uuid' })
  templateId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: InspectionKind;

  @Column({ type: 'uuid' })
  startedByAccountId: string;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedByAccountId: string | null;

  /**
   * An unannounced inspection after a case: the checklist groups its category touches, shown first
   * (itemGroupsForCategory). The case itself is not linked: the inspection's readers need not see it (REP-7).
   */
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  focusGroups: InspectionItemGroup[];
}

/** One item's result in an inspection (PRV-1): recorded again until the inspection is submitted. */
@Entity({ name: 'inspection_item_result' })
export class InspectionItemResultEntity {
  @PrimaryColumn({ type: 'uuid' })
  inspectionId: string;

  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @ManyToOne(() => InspectionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'inspection_id',
    foreignKeyConstraintName: 'inspection_item_result_inspection_id_fkey',
  })
  inspection?: InspectionEntity;

  @ManyToOne(() => InspectionTemplateItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'inspection_item_result_item_id_fkey' })
  item?: InspectionTemplateItemEntity;

  @Column({ type: 'varchar', length: 16 })
  result: InspectionResult;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
