import type { RiskFollowUpOutcome } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { encryptedColumn } from '../../shared/crypto/encrypted-column';
import { RiskSubjectEntity } from './risk-subject.entity';

/** PRV-3: one follow-up of a risk subject. The note may name a person: encrypted at rest. */
@Entity({ name: 'risk_follow_up' })
@Index('risk_follow_up_subject_idx', ['riskSubjectId', 'followedUpAt'])
export class RiskFollowUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => RiskSubjectEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'risk_subject_id', foreignKeyConstraintName: 'risk_follow_up_risk_subject_id_fkey' })
  riskSubject?: RiskSubjectEntity;

  @Column({ type: 'uuid' })
  riskSubjectId: string;

  /** When it was followed up (the visit or call), as the recorder says. */
  @Column({ type: 'timestamptz' })
  followedUpAt: Date;

  @Column({ type: 'varchar', length: 16 })
  outcome: RiskFollowUpOutcome;

  @Column({ type: 'text', transformer: encryptedColumn('risk_follow_up.note') })
  note: string;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
