import type { HandlingFailure, Impact, SanctionFinding } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IncidentEntity } from '../incidents/incident.entity';
import { AssessmentEntity } from './assessment.entity';

export type FindingSource = 'INSPECT' | 'JOINT_TEAM';

/**
 * ACC-1: a finding of 督导室 or a joint inspection team, with its score contribution; on a case it
 * records ACC-3's handling failures and impacts, which `evaluateVeto` reads with the case's breaches.
 */
@Entity({ name: 'assessment_finding' })
export class AssessmentFindingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => AssessmentEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'assessment_finding_assessment_id_fkey' })
  assessment?: AssessmentEntity;

  @Index('assessment_finding_assessment_id_idx')
  @Column({ type: 'uuid' })
  assessmentId: string;

  @Column({ type: 'varchar', length: 16 })
  source: FindingSource;

  @Column({ type: 'text' })
  text: string;

  /** Points added (positive) or deducted (negative) from the full score. */
  @Column({ type: 'integer', default: 0 })
  points: number;

  @ManyToOne(() => IncidentEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'incident_id', foreignKeyConstraintName: 'assessment_finding_incident_id_fkey' })
  incident?: IncidentEntity;

  @Index('assessment_finding_incident_id_idx')
  @Column({ type: 'uuid', nullable: true })
  incidentId: string | null;

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  failures: HandlingFailure[];

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  impacts: Impact[];

  /** ACC-2: what the finding says about the institution's work (the sanctions follow from these). */
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  sanctionGrounds: SanctionFinding[];

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
