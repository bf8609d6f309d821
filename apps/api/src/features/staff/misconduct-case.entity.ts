import type { MisconductOutcome, MisconductSeverity } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StaffMemberEntity } from './staff-member.entity';

export type MisconductCaseStatus = 'OPEN' | 'DECIDED';

/** A misconduct case against a staff member (VET-11), with the dates ACC-3 judges refusal or delay by. */
@Entity({ name: 'misconduct_case' })
export class MisconductCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => StaffMemberEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMemberEntity;

  @Index('misconduct_case_staff_id_idx')
  @Column({ type: 'uuid' })
  staffId: string;

  @Index('misconduct_case_institution_id_idx')
  @Column({ type: 'uuid' })
  institutionId: string;

  /** An incident of issue 4, by id; not a foreign key so the two features stay apart. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  incidentId: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: MisconductCaseStatus;

  @Column({ type: 'text' })
  facts: string;

  @Column({ type: 'text', nullable: true })
  investigation: string | null;

  @Column({ type: 'boolean', default: false })
  factsVerified: boolean;

  @Column({ type: 'varchar', length: 16, nullable: true })
  severity: MisconductSeverity | null;

  @Column({ type: 'boolean', default: false })
  involvesCrime: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  outcomes: MisconductOutcome[];

  @Column({ type: 'timestamptz' })
  openedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  openedByAccountId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  proposedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByAccountId: string | null;
}
