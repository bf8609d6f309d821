import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InstitutionEntity } from '../institutions/institution.entity';
import { AssessmentPeriodEntity } from './assessment-period.entity';

/** ACC-1: one institution's assessment in a period. The verdict is computed, never stored as typed. */
@Entity({ name: 'assessment' })
@Index('assessment_period_id_institution_id_key', ['periodId', 'institutionId'], { unique: true })
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => AssessmentPeriodEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'assessment_period_id_fkey' })
  period?: AssessmentPeriodEntity;

  @Column({ type: 'uuid' })
  periodId: string;

  @ManyToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'assessment_institution_id_fkey' })
  institution?: InstitutionEntity;

  @Index('assessment_institution_id_idx')
  @Column({ type: 'uuid' })
  institutionId: string;

  /** ACC-5: when the computed verdict first became a veto; the statement window opens then. */
  @Column({ type: 'timestamptz', nullable: true })
  vetoComputedAt: Date | null;
}
