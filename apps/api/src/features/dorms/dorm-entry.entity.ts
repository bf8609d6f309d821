import type { DormRefusal } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InstitutionEntity } from '../institutions/institution.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';

export type DormPurpose = 'DORM_CHECK' | 'OTHER';
export type DormDecision = 'ALLOWED' | 'REFUSED';

/**
 * PRV-4: one attempt at a dormitory door: an entry (ALLOWED, with its exit later) or a refused
 * attempt (REFUSED, with the reason), recorded by the head or dormitory staff.
 */
@Entity({ name: 'dorm_entry' })
@Index('dorm_entry_institution_id_entered_at_id_idx', ['institutionId', 'enteredAt', 'id'])
@Index('dorm_entry_entered_at_id_idx', ['enteredAt', 'id'])
export class DormEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'dorm_entry_institution_id_fkey' })
  institution?: InstitutionEntity;

  @Column({ type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => StaffMemberEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_member_id', foreignKeyConstraintName: 'dorm_entry_staff_member_id_fkey' })
  staffMember?: StaffMemberEntity;

  @Index('dorm_entry_staff_member_id_idx')
  @Column({ type: 'uuid' })
  staffMemberId: string;

  @Column({ type: 'varchar', length: 16 })
  purpose: DormPurpose;

  @Column({ type: 'varchar', length: 200, nullable: true })
  purposeNote: string | null;

  @Column({ type: 'varchar', length: 16 })
  decision: DormDecision;

  @Column({ type: 'varchar', length: 32, nullable: true })
  refusal: DormRefusal | null;

  /** A head teacher's dorm check: the registration PRV-4 requires. */
  @Column({ type: 'boolean', default: false })
  isRegistrationRequired: boolean;

  /** When the person came to the door (the time of recording). */
  @Column({ type: 'timestamptz' })
  enteredAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  exitedAt: Date | null;

  /** isNightEntry under the policy in force when recorded. */
  @Column({ type: 'boolean' })
  isNight: boolean;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'uuid', nullable: true })
  exitRecordedByAccountId: string | null;
}
