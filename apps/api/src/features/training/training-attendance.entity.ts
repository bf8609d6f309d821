import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { TrainingSessionEntity } from './training-session.entity';

/** PRV-5, PRV-9, PRV-10: one staff member ticked present at one session (unticking deletes the row). */
@Entity({ name: 'training_attendance' })
export class TrainingAttendanceEntity {
  @ManyToOne(() => TrainingSessionEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'training_attendance_session_id_fkey' })
  session?: TrainingSessionEntity;

  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => StaffMemberEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'training_attendance_staff_id_fkey' })
  staff?: StaffMemberEntity;

  @Index('training_attendance_staff_id_idx')
  @PrimaryColumn({ type: 'uuid' })
  staffId: string;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
