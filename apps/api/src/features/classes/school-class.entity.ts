import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InstitutionEntity } from '../institutions/institution.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { IntakeEntity } from './intake.entity';

/**
 * PRV-6 to PRV-8: a class 班级 of an intake and its head teacher 班主任 (a staff member of the
 * institution): the unit courses are delivered to, lessons are planned for and watched children belong to.
 */
@Entity({ name: 'school_class' })
@Index('school_class_institution_id_name_key', ['institutionId', 'name'], { unique: true })
export class SchoolClassEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'school_class_institution_id_fkey' })
  institution?: InstitutionEntity;

  @Column({ type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => IntakeEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'intake_id', foreignKeyConstraintName: 'school_class_intake_id_fkey' })
  intake?: IntakeEntity;

  @Index('school_class_intake_id_idx')
  @Column({ type: 'uuid' })
  intakeId: string;

  /** e.g. 一年级(2)班, unique in the institution. */
  @Column({ type: 'varchar', length: 40 })
  name: string;

  @ManyToOne(() => StaffMemberEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'head_teacher_staff_id',
    foreignKeyConstraintName: 'school_class_head_teacher_staff_id_fkey',
  })
  headTeacher?: StaffMemberEntity | null;

  @Index('school_class_head_teacher_staff_id_idx')
  @Column({ type: 'uuid', nullable: true })
  headTeacherStaffId: string | null;

  /** A class that has left (graduated, merged) is kept for its records and no longer taught. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
