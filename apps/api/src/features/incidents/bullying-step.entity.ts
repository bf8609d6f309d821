import type { BullyingStep } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { encryptedColumn } from '../../shared/crypto/encrypted-column';
import { IncidentEntity } from './incident.entity';

/**
 * PRV-10: one handling step of a bullying case (investigation, finding, measures, follow-up talks)
 * completed, with what was done; the note names children, so it is encrypted like the case's record.
 */
@Entity({ name: 'bullying_step' })
@Index('bullying_step_case_id_step_key', ['caseId', 'step'], { unique: true })
export class BullyingStepEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => IncidentEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'bullying_step_case_id_fkey' })
  incident?: IncidentEntity;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'varchar', length: 24 })
  step: BullyingStep;

  @Column({ type: 'timestamptz' })
  completedAt: Date;

  @Column({ type: 'text', transformer: encryptedColumn('bullying_step.note') })
  note: string;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
