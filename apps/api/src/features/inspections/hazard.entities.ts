import type { HazardAlertKind, HazardStage } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { InstitutionEntity } from '../institutions/institution.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { InspectionEntity } from './inspection.entities';
import { InspectionTemplateItemEntity } from './inspection-template.entities';

/**
 * PRV-1: a hazard 隐患, from a failed item. `stage` and `rectifiedAt` are stored by the commands that change
 * them (the list filters on them); the status is the domain's `hazardStatus` of these columns and now.
 */
@Entity({ name: 'hazard' })
@Index('hazard_inspection_id_item_id_key', ['inspectionId', 'itemId'], { unique: true })
@Index('hazard_institution_id_idx', ['institutionId', 'foundAt', 'id'])
@Index('hazard_found_at_idx', ['foundAt', 'id'])
@Index('hazard_owner_staff_id_idx', ['ownerStaffId'])
export class HazardEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'hazard_institution_id_fkey' })
  institution?: InstitutionEntity;

  @Column({ type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => InspectionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inspection_id', foreignKeyConstraintName: 'hazard_inspection_id_fkey' })
  inspection?: InspectionEntity;

  @Column({ type: 'uuid' })
  inspectionId: string;

  @ManyToOne(() => InspectionTemplateItemEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'hazard_item_id_fkey' })
  item?: InspectionTemplateItemEntity;

  @Column({ type: 'uuid' })
  itemId: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'timestamptz' })
  foundAt: Date;

  @ManyToOne(() => StaffMemberEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_staff_id', foreignKeyConstraintName: 'hazard_owner_staff_id_fkey' })
  owner?: StaffMemberEntity;

  @Column({ type: 'uuid', nullable: true })
  ownerStaffId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ type: 'varchar', length: 24, default: 'AWAITING_RECTIFICATION' })
  stage: HazardStage;

  /** The verified rectification's recorded time (PRV-1). */
  @Column({ type: 'timestamptz', nullable: true })
  rectifiedAt: Date | null;
}

export type RectificationVerification = 'PENDING' | 'VERIFIED' | 'SENT_BACK';

/** PRV-1: what the owner or the head did 整改, and the inspector's verification or send-back. */
@Entity({ name: 'hazard_rectification' })
@Index('hazard_rectification_hazard_id_idx', ['hazardId', 'recordedAt'])
export class HazardRectificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => HazardEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hazard_id', foreignKeyConstraintName: 'hazard_rectification_hazard_id_fkey' })
  hazard?: HazardEntity;

  @Column({ type: 'uuid' })
  hazardId: string;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;

  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  verification: RectificationVerification;

  @Column({ type: 'uuid', nullable: true })
  verifiedByAccountId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  sendBackReason: string | null;
}

/** One overdue alert that ran: the key (hazard, kind, due date) makes it fire exactly once per due date. */
@Entity({ name: 'hazard_alert' })
export class HazardAlertEntity {
  @PrimaryColumn({ type: 'uuid' })
  hazardId: string;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  kind: HazardAlertKind;

  @PrimaryColumn({ type: 'timestamptz' })
  dueAt: Date;

  @ManyToOne(() => HazardEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hazard_id', foreignKeyConstraintName: 'hazard_alert_hazard_id_fkey' })
  hazard?: HazardEntity;

  @Column({ type: 'varchar', length: 16 })
  outcome: 'SENT' | 'SKIPPED';

  @Column({ type: 'timestamptz' })
  firedAt: Date;

  @Column({ type: 'integer' })
  recipientCount: number;
}
