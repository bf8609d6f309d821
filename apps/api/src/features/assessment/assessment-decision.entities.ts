import type { Sanction, SanctionFinding, VetoVerdict } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssessmentEntity } from './assessment.entity';

/** ACC-5: the institution's written statement 申辩 on a computed veto (one per assessment). */
@Entity({ name: 'veto_statement' })
@Index('veto_statement_assessment_id_key', ['assessmentId'], { unique: true })
export class VetoStatementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => AssessmentEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'veto_statement_assessment_id_fkey' })
  assessment?: AssessmentEntity;

  @Column({ type: 'uuid' })
  assessmentId: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'uuid' })
  submittedByAccountId: string;

  @Column({ type: 'timestamptz' })
  submittedAt: Date;
}

/** ACC-5: a leader's review; the computed verdict it decided on is kept beside the decision. */
@Entity({ name: 'veto_review' })
@Index('veto_review_assessment_id_key', ['assessmentId'], { unique: true })
export class VetoReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => AssessmentEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'veto_review_assessment_id_fkey' })
  assessment?: AssessmentEntity;

  @Column({ type: 'uuid' })
  assessmentId: string;

  @Column({ type: 'varchar', length: 8 })
  decision: 'CONFIRM' | 'REJECT';

  @Column({ type: 'text' })
  reason: string;

  /** The verdict as computed when the leader decided: grounds and excluded cases. */
  @Column({ type: 'jsonb' })
  verdict: VetoVerdict;

  @Column({ type: 'uuid' })
  reviewedByAccountId: string;

  @Column({ type: 'timestamptz' })
  reviewedAt: Date;
}

/** ACC-2: a sanction 警示/约谈/通报 chosen from `sanctionOptions`, who decided it and when. */
@Entity({ name: 'assessment_sanction' })
@Index('assessment_sanction_circular_year_number_key', ['circularYear', 'circularNumber'], { unique: true })
export class AssessmentSanctionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => AssessmentEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'assessment_sanction_assessment_id_fkey' })
  assessment?: AssessmentEntity;

  @Index('assessment_sanction_assessment_id_idx')
  @Column({ type: 'uuid' })
  assessmentId: string;

  @Column({ type: 'varchar', length: 16 })
  sanction: Sanction;

  /** The ACC-2 findings the options were computed from. */
  @Column({ type: 'varchar', array: true })
  grounds: SanctionFinding[];

  @Column({ type: 'uuid' })
  decidedByAccountId: string;

  @Column({ type: 'timestamptz' })
  decidedAt: Date;

  /** 约谈: when, who attended, the minutes. */
  @Column({ type: 'timestamptz', nullable: true })
  interviewAt: Date | null;

  @Column({ type: 'text', nullable: true })
  interviewAttendees: string | null;

  @Column({ type: 'text', nullable: true })
  interviewMinutes: string | null;

  /** 通报: its number in the year of the 文号 (九龙坡教督〔year〕N号). */
  @Column({ type: 'integer', nullable: true })
  circularYear: number | null;

  @Column({ type: 'integer', nullable: true })
  circularNumber: number | null;
}
