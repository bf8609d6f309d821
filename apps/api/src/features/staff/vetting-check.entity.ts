import type { CheckOutcome } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StaffMemberEntity } from './staff-member.entity';
import type { CheckRecorderCode, VettingCheckKind } from './staff.enums';

/** One recorded check (append-only): the pre-hire checks of VET-1 to VET-5 and in-service re-checks (VET-9). */
@Entity({ name: 'vetting_check' })
// The last check of a kind per member (in-service due dates, VET-9) is one step down this index.
@Index('vetting_check_staff_id_check_checked_at_idx', ['staffId', 'check', 'checkedAt'])
export class VettingCheckEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => StaffMemberEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMemberEntity;

  @Column({ type: 'uuid' })
  staffId: string;

  @Column({ type: 'varchar', length: 40 })
  check: VettingCheckKind;

  @Column({ type: 'varchar', length: 16 })
  outcome: CheckOutcome;

  @Column({ type: 'timestamptz' })
  checkedAt: Date;

  @Column({ type: 'varchar', length: 60 })
  checkedBy: string;

  @Column({ type: 'varchar', length: 100 })
  system: string;

  @Column({ type: 'varchar', length: 60 })
  referenceNumber: string;

  @Column({ type: 'varchar', length: 16 })
  recordedBy: CheckRecorderCode;

  // What the check found about the person's criminal past (VET-6, VET-7); false on rows from before.
  @Column({ type: 'boolean', default: false })
  hasCriminalPunishment: boolean;

  @Column({ type: 'boolean', default: false })
  isDeprivedOfPoliticalRights: boolean;

  @Column({ type: 'boolean', default: false })
  hasIntentionalCrimeImprisonment: boolean;

  @Column({ type: 'uuid', nullable: true })
  recordedByAccountId: string | null;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
