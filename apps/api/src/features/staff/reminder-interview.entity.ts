import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StaffMemberEntity } from './staff-member.entity';

/** A reminder interview 约谈提示 (VET-10), append-only. */
@Entity({ name: 'reminder_interview' })
// The last interview per member (VET-10) is one step down this index.
@Index('reminder_interview_staff_id_interviewed_at_idx', ['staffId', 'interviewedAt'])
export class ReminderInterviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => StaffMemberEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMemberEntity;

  @Column({ type: 'uuid' })
  staffId: string;

  @Column({ type: 'timestamptz' })
  interviewedAt: Date;

  @Column({ type: 'varchar', length: 60 })
  interviewer: string;

  @Column({ type: 'text' })
  notes: string;

  @Column({ type: 'uuid', nullable: true })
  recordedByAccountId: string | null;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
