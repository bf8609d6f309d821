import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IntakeEntity } from '../classes/intake.entity';
import { InstitutionEntity } from '../institutions/institution.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';

/** PRV-6: the sexual-abuse-prevention course delivered to some classes of an intake, on a day, by a teacher. */
@Entity({ name: 'course_delivery' })
@Index('course_delivery_institution_id_delivered_at_idx', ['institutionId', 'deliveredAt'])
export class CourseDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'course_delivery_institution_id_fkey' })
  institution?: InstitutionEntity;

  @Column({ type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => IntakeEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'intake_id', foreignKeyConstraintName: 'course_delivery_intake_id_fkey' })
  intake?: IntakeEntity;

  @Index('course_delivery_intake_id_idx')
  @Column({ type: 'uuid' })
  intakeId: string;

  @Column({ type: 'timestamptz' })
  deliveredAt: Date;

  /** The classes of the intake that had the course (school_class ids). */
  @Column({ type: 'uuid', array: true })
  classIds: string[];

  @ManyToOne(() => StaffMemberEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'teacher_staff_id', foreignKeyConstraintName: 'course_delivery_teacher_staff_id_fkey' })
  teacher?: StaffMemberEntity;

  @Column({ type: 'uuid' })
  teacherStaffId: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
