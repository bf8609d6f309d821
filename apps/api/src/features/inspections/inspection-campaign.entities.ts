import type { InstitutionKind, SupervisingSection } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { InstitutionEntity } from '../institutions/institution.entity';
import { InspectionTemplateEntity } from './inspection-template.entities';

/** PRV-1: an inspection campaign 排查 [startsAt, endsAt) from a template over a set of institutions. */
@Entity({ name: 'inspection_campaign' })
@Index('inspection_campaign_opened_at_idx', ['openedAt', 'id'])
export class InspectionCampaignEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @ManyToOne(() => InspectionTemplateEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'inspection_campaign_template_id_fkey' })
  template?: InspectionTemplateEntity;

  @Column({ type: 'uuid' })
  templateId: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  /** How the institutions were chosen, as asked (the coverage rows are the institutions covered). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  coveredSection: SupervisingSection | null;

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  coveredKinds: InstitutionKind[];

  @Column({ type: 'uuid' })
  openedByAccountId: string;

  @Column({ type: 'timestamptz' })
  openedAt: Date;
}

/** One institution a campaign covers: its head runs a self-inspection in it. */
@Entity({ name: 'inspection_campaign_institution' })
@Index('inspection_campaign_institution_institution_id_idx', ['institutionId'])
export class InspectionCampaignInstitutionEntity {
  @PrimaryColumn({ type: 'uuid' })
  campaignId: string;

  @PrimaryColumn({ type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => InspectionCampaignEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'campaign_id',
    foreignKeyConstraintName: 'inspection_campaign_institution_campaign_id_fkey',
  })
  campaign?: InspectionCampaignEntity;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'institution_id',
    foreignKeyConstraintName: 'inspection_campaign_institution_institution_id_fkey',
  })
  institution?: InstitutionEntity;
}
